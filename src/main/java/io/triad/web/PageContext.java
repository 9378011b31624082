package io.triad.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.security.identity.SecurityIdentity;
import io.triad.domain.Role;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * What every page needs: the language (?lang=, then the triad_lang cookie, then Accept-Language), the
 * signed-in identity (email and role, for the layout), the CSRF token of the form posts and the current path.
 */
@RequestScoped
public class PageContext {
    private final SecurityIdentity identity;
    private final RoutingContext rc;

    @Inject
    PageContext(SecurityIdentity identity, CurrentVertxRequest request) {
        this(identity, request.getCurrent());
    }

    private PageContext(SecurityIdentity identity, RoutingContext rc) {
        this.identity = identity;
        this.rc = rc;
    }

    /** For a page answered before the request reaches the application (an oversized body): nobody signed in. */
    static PageContext anonymous(RoutingContext rc) {
        return new PageContext(null, rc);
    }

    public String lang() {
        Object chosen = rc.get(PageFilter.LANG);
        return chosen == null ? "en" : chosen.toString();
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    public boolean french() {
        return "fr".equals(lang());
    }

    /** The other language, for the switch. */
    public String otherLang() {
        return french() ? "en" : "fr";
    }

    public String path() {
        return rc.request().path();
    }

    public String csrf() {
        Object token = rc.get(PageFilter.CSRF);
        return token == null ? "" : token.toString();
    }

    /** 403 unless the form carried this request's CSRF token (double-submit cookie). */
    public void checkCsrf(String formToken) {
        Cookie cookie = rc.request().getCookie(PageFilter.CSRF);
        if (cookie == null || formToken == null || !java.security.MessageDigest.isEqual(
                cookie.getValue().getBytes(), formToken.getBytes())) {
            throw ProblemException.forbidden("The form has expired; reload the page and try again");
        }
    }

    public boolean signedIn() {
        return account().isPresent();
    }

    public String email() {
        return account().map(id -> id.getPrincipal().getName()).orElse("");
    }

    /**
     * The signed-in identity. Error pages for unknown paths render on the I/O thread, where the
     * identity cannot be looked up: they show the anonymous layout.
     */
    private Optional<SecurityIdentity> account() {
        if (identity == null || io.vertx.core.Context.isOnEventLoopThread()) {
            return Optional.empty();
        }
        try {
            return identity.isAnonymous() ? Optional.empty() : Optional.of(identity);
        } catch (RuntimeException refused) {
            // Credentials that were refused (wrong, throttled) still get their error page, as nobody signed in.
            return Optional.empty();
        }
    }

    public String role() {
        return account().flatMap(id -> id.getRoles().stream().findFirst()).orElse("");
    }

    public boolean isStartup() {
        return hasRole(Role.STARTUP);
    }

    public boolean isStudent() {
        return hasRole(Role.STUDENT);
    }

    public boolean isProgramAdmin() {
        return hasRole(Role.PROGRAM_ADMIN);
    }

    public boolean isOperator() {
        return hasRole(Role.OPERATOR);
    }

    private boolean hasRole(Role role) {
        return account().map(id -> id.hasRole(role.name())).orElse(false);
    }
}
