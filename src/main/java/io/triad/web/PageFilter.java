package io.triad.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/** For page requests: picks the language (and remembers a chosen one) and hands out the CSRF cookie. */
@ApplicationScoped
class PageFilter {
    static final String LANG = "triad_lang";
    static final String CSRF = "triad_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    void register(@Observes Router router) {
        router.route().order(-900).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String path = rc.request().path();
        if (path.startsWith("/api") || path.startsWith("/q/")) {
            rc.next();
            return;
        }
        chooseLanguage(rc);
        Cookie csrf = rc.request().getCookie(CSRF);
        String token = csrf == null ? newToken() : csrf.getValue();
        if (csrf == null) {
            rc.response().addCookie(cookie(CSRF, token, true));
        }
        rc.put(CSRF, token);
        rc.next();
    }

    /** ?lang= (remembered in a cookie), then the cookie, then Accept-Language; kept on the routing context. */
    static void chooseLanguage(RoutingContext rc) {
        String chosen = rc.request().getParam("lang");
        String lang;
        if ("en".equals(chosen) || "fr".equals(chosen)) {
            lang = chosen;
            rc.response().addCookie(cookie(LANG, lang, false));
        } else {
            Cookie saved = rc.request().getCookie(LANG);
            lang = saved != null && ("en".equals(saved.getValue()) || "fr".equals(saved.getValue()))
                    ? saved.getValue() : fromAcceptLanguage(rc.request().getHeader("Accept-Language"));
        }
        rc.put(LANG, lang);
    }

    /** French when French is preferred to English in Accept-Language. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("fr")) {
                    return "fr";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        } catch (IllegalArgumentException e) {
            return "en";
        }
        return "en";
    }

    private static Cookie cookie(String name, String value, boolean httpOnly) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(httpOnly).setSameSite(CookieSameSite.LAX)
                .setMaxAge(365L * 24 * 3600);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
