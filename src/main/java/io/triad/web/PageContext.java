package io.triad.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.security.identity.SecurityIdentity;
import io.triad.domain.Role;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.util.Locale;
import java.util.Optional;

/**
 * What every page needs: the language (?lang=, then the triad_lang cookie, then Accept-Language), the
 * signed-in identity (email and role, for the layout), the CSRF token of the form posts and the current path.
 * {@code @TemplateData}: the layout and the pages read it through a resolver generated for all its members; without it,
 * Qute resolved those the layout names by reflection, after trying every other resolver.
 */
@TemplateData
@RequestScoped
public class PageContext {
    private final SecurityIdentity identity;
    private final RoutingContext rc;
    private String csrfSecret;
    private String csrf;

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

    /**
     * The CSRF token of this page's forms, bound to the session (or the pre-session): see {@link Csrf}. Its HMAC is
     * computed once per secret, however many forms the page has. A pre-session secret is issued if PageFilter has not
     * (never empty).
     */
    public String csrf() {
        String secret = Csrf.secret(rc).orElseGet(() -> Csrf.issue(rc));
        if (!secret.equals(csrfSecret)) {
            csrf = Csrf.tokenOf(secret);
            csrfSecret = secret;
        }
        return csrf;
    }

    /** The navigation links of the layout, {@code unread} notifications beside the inbox's: see {@link Navigation}. */
    public RawString navigation(long unread) {
        return Navigation.links(this, unread);
    }

    /** Who is signed in and the language switch, for the layout: see {@link Navigation}. */
    public RawString accountLinks() {
        return Navigation.account(this);
    }

    /**
     * 403 unless the form carried the token bound to the request's session or pre-session cookie (ASVS 5.0 V3.5.1).
     * The one request that needs none carries no Triad cookie and no credentials at all (a script posting the log-in
     * or sign-up form): it has no session to abuse, and a browser forging it from another site is refused by its
     * Origin or Sec-Fetch-Site before it gets here ({@link OriginGuard}).
     */
    public void checkCsrf(String formToken) {
        if (Csrf.matches(rc, formToken) || Csrf.noSecret(rc) && !signedIn() && !hasCredentials()) {
            return;
        }
        throw ProblemException.forbidden("The form has expired; reload the page and try again");
    }

    private boolean hasCredentials() {
        return rc.request().getHeader("Authorization") != null;
    }

    /** The value of one of Triad's cookies, under its name for this request ({@code __Host-} over HTTPS). */
    public Optional<String> cookie(String base) {
        return Cookies.value(rc, base);
    }

    /** A cookie for a page's response, flagged and named for this request (see {@link Cookies}). */
    public NewCookie newCookie(String base, String value, int maxAgeSeconds) {
        return Cookies.newCookie(rc, base, value, maxAgeSeconds);
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
