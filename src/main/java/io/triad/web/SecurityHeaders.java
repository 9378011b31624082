package io.triad.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The browser-facing headers every response gets, whoever writes it (a page, the API, an error page, the HTTP layer's
 * own refusals), set when its headers are written:
 * <ul>
 * <li>Content-Security-Policy (ASVS 5.0 V3.4.3, V3.4.6): scripts and styles from Triad's own files only, no plugins,
 * no {@code <base>}, forms post to Triad only, no framing. The templates have no inline script, no inline style and
 * no style attribute, and htmx is told not to inject its indicator style (layout.html's htmx-config). Swagger UI,
 * a generated page with an inline script, gets the same policy with inline script and style allowed.</li>
 * <li>Strict-Transport-Security (V3.4.1) whenever the request came over HTTPS, directly or through a trusted proxy
 * (quarkus.http.proxy.*, see README).</li>
 * <li>Cache-Control: no-store (V14.3.2) on every response to a request with credentials (the session cookie or
 * HTTP Basic) and on every page and page redirect (pages carry per-browser form tokens and set cookies).</li>
 * </ul>
 */
@ApplicationScoped
class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI's generated page configures itself in an inline script: the one page that may run one. */
    static final String SWAGGER_UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Router router) {
        // before BodyLimit (-1000) and OriginGuard, so their refusals carry the headers too
        router.route().order(-1100).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String path = rc.request().path();
        boolean secure = Cookies.secure(rc);
        boolean credentials = rc.request().getHeader("Authorization") != null
                || Cookies.value(rc, Cookies.SESSION).isPresent();
        boolean staticFile = path.startsWith("/css/") || path.startsWith("/webjars/");
        boolean page = ErrorPages.isPage(path) && !staticFile;
        boolean swaggerUi = path.startsWith("/q/swagger-ui");
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_CSP : CSP);
            if (secure) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            if (!staticFile && (credentials || page || isHtml(headers.get("Content-Type")))) {
                headers.set("Cache-Control", "no-store");
            }
        });
        rc.next();
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
    }
}
