package io.triad.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * For page requests: picks the language (and remembers a chosen one) and, for a browser that has neither a session
 * nor a pre-session cookie yet, issues the pre-session secret the anonymous forms' CSRF token is bound to
 * ({@link Csrf}), so that no form is ever rendered with an empty token.
 */
@ApplicationScoped
class PageFilter {
    static final String LANG = "triad_lang";
    private static final long LANG_MAX_AGE = 365L * 24 * 3600;

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
        if (!isStatic(path) && Csrf.noSecret(rc)) {
            Csrf.issue(rc);
        }
        rc.next();
    }

    /** Style sheets and scripts: the same for everyone, they render no form. */
    private static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    /** ?lang= (remembered in a cookie), then the cookie, then Accept-Language; kept on the routing context. */
    static void chooseLanguage(RoutingContext rc) {
        String chosen = rc.request().getParam("lang");
        String lang;
        if ("en".equals(chosen) || "fr".equals(chosen)) {
            lang = chosen;
            rc.response().addCookie(Cookies.cookie(rc, LANG, lang, false, LANG_MAX_AGE));
        } else {
            String saved = Cookies.value(rc, LANG).orElse(null);
            lang = "en".equals(saved) || "fr".equals(saved) ? saved
                    : fromAcceptLanguage(rc.request().getHeader("Accept-Language"));
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
}
