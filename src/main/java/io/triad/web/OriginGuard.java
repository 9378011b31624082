package io.triad.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, before anything reads the body or changes anything, what a browser may be tricked into sending
 * (ASVS 5.0 V3.5.1, V3.5.2, V3.5.3):
 * <ul>
 * <li>an API request with a body that is not {@code application/json} (415): a cross-site form or a "simple"
 * fetch cannot send JSON without a CORS preflight, which Triad never grants. A request without a body (approve,
 * accept, delete) needs no Content-Type.</li>
 * <li>an API request carrying the session cookie, and every unsafe page request (the forms, log-in and sign-up
 * included), that a browser marks as coming from elsewhere (403): {@code Sec-Fetch-Site} must be
 * {@code same-origin} or {@code none} (typed in the address bar), {@code Origin} must be this origin; a request with
 * neither header (a script, an old browser) passes, and pages still check their CSRF token. HTTP Basic API requests
 * are exempt: scripts send them, and a browser never attaches them on its own to a forged request.</li>
 * </ul>
 */
@ApplicationScoped
class OriginGuard {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    void register(@Observes Router router) {
        router.route().order(-950).handler(this::check);
    }

    void check(RoutingContext rc) {
        String path = rc.request().path();
        if (!ErrorPages.isPage(path) && path.startsWith("/api")) {
            if (hasBody(rc) && !isJson(rc.request().getHeader("Content-Type"))) {
                refuse(rc, 415, "Unsupported media type",
                        "A request with a body must be sent as Content-Type: application/json; nothing was changed");
                return;
            }
            if (!basic(rc) && Cookies.value(rc, Cookies.SESSION).isPresent() && !sameOrigin(rc)) {
                refuse(rc, 403, "Forbidden", "A request signed in by the session cookie must come from Triad's own "
                        + "pages (Origin, Sec-Fetch-Site); nothing was changed");
                return;
            }
        } else if (ErrorPages.isPage(path) && !SAFE.contains(rc.request().method()) && !sameOrigin(rc)) {
            refuse(rc, 403, "Forbidden", "The form was sent from another site; nothing was changed");
            return;
        }
        rc.next();
    }

    /** Sec-Fetch-Site and Origin, when present, both say the request comes from this origin (or the user). */
    static boolean sameOrigin(RoutingContext rc) {
        String site = rc.request().getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equalsIgnoreCase(site.trim()) && !"none".equalsIgnoreCase(site.trim())) {
            return false;
        }
        String origin = rc.request().getHeader("Origin");
        return origin == null || isOwnOrigin(origin.trim(), rc.request().scheme(), rc.request().authority());
    }

    static boolean isOwnOrigin(String origin, String scheme, HostAndPort authority) {
        if (authority == null || scheme == null) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawUserInfo() == null;
            if (uri.getScheme() == null || uri.getHost() == null || !bare) {
                return false;
            }
            return uri.getScheme().equalsIgnoreCase(scheme)
                    && bare(uri.getHost()).equalsIgnoreCase(bare(authority.host()))
                    && port(uri.getPort(), scheme) == port(authority.port(), scheme);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static int port(int port, String scheme) {
        return port > 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static boolean hasBody(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (rc.request().getHeader("Transfer-Encoding") != null) {
            return true;
        }
        try {
            return length != null && Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** application/json, with or without parameters (charset). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return "application/json".equals(type.toLowerCase(Locale.ROOT));
    }

    private static boolean basic(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** A problem document for the API and for clients that only take JSON, the error page otherwise. */
    private static void refuse(RoutingContext rc, int status, String title, String detail) {
        String path = rc.request().path();
        if (hasBody(rc)) {
            // the body is never read: the connection cannot carry another request after it
            rc.response().putHeader("Connection", "close");
        }
        if (ErrorPages.isPage(path) && !ErrorPages.jsonOnly(rc.request().getHeader("Accept"))) {
            PageFilter.chooseLanguage(rc);
            rc.response().setStatusCode(status).putHeader("Content-Type", ErrorPages.HTML.toString())
                    .end(ErrorPages.render(PageContext.anonymous(rc), status, null,
                            rc.request().getHeader("Referer"), rc.request().getHeader("Host")));
            return;
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(new Problem("about:blank", title, status, detail)));
    }
}
