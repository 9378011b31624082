package io.triad.web;

import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;

/**
 * Triad's cookies, named and flagged by how the request reached the browser. Over HTTPS (directly, or as a trusted
 * proxy's X-Forwarded-Proto says: quarkus.http.proxy.*) every cookie is {@code Secure} and its name carries the
 * {@code __Host-} prefix, so the browser only accepts it from this host over HTTPS, with {@code Path=/} and no
 * {@code Domain}: neither a sibling subdomain nor a plain-HTTP attacker can plant one (ASVS 5.0 V3.3.1, V3.3.3).
 * Over plain HTTP (a laptop) the bare names are used and read.
 */
public final class Cookies {
    /** The session cookie (account/SessionService); here so that the CSRF token can be derived from it. */
    public static final String SESSION = "triad_session";
    static final String HOST_PREFIX = "__Host-";

    private Cookies() {
    }

    /** True when the browser sent this request over HTTPS, directly or through a trusted proxy. */
    public static boolean secure(RoutingContext rc) {
        return rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().scheme());
    }

    /** The name a cookie has on this request: {@code __Host-} prefixed over HTTPS. */
    public static String name(RoutingContext rc, String base) {
        return secure(rc) ? HOST_PREFIX + base : base;
    }

    /**
     * The cookie's value, when the browser sent it under this request's name and it is not blank. Read from the Cookie
     * header itself: Vert.x's getCookie also answers cookies this response is about to set.
     */
    public static Optional<String> value(RoutingContext rc, String base) {
        String name = name(rc, base);
        for (String header : rc.request().headers().getAll("Cookie")) {
            for (io.netty.handler.codec.http.cookie.Cookie cookie : ServerCookieDecoder.LAX.decodeAll(header)) {
                if (cookie.name().equals(name) && !cookie.value().isBlank()) {
                    return Optional.of(cookie.value());
                }
            }
        }
        return Optional.empty();
    }

    /** A Vert.x cookie for {@code Set-Cookie}; {@code maxAgeSeconds} null: until the browser closes. */
    static Cookie cookie(RoutingContext rc, String base, String value, boolean httpOnly, Long maxAgeSeconds) {
        Cookie cookie = Cookie.cookie(name(rc, base), value).setPath("/").setHttpOnly(httpOnly)
                .setSameSite(CookieSameSite.LAX).setSecure(secure(rc));
        if (maxAgeSeconds != null) {
            cookie.setMaxAge(maxAgeSeconds);
        }
        return cookie;
    }

    /** The same for a JAX-RS response: HttpOnly, SameSite=Lax, {@code maxAgeSeconds} 0 deletes it. */
    static NewCookie newCookie(RoutingContext rc, String base, String value, int maxAgeSeconds) {
        return new NewCookie.Builder(name(rc, base)).value(value).path("/").maxAge(maxAgeSeconds).httpOnly(true)
                .secure(secure(rc)).sameSite(NewCookie.SameSite.LAX).build();
    }
}
