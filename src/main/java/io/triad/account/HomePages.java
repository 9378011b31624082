package io.triad.account;

import io.triad.domain.validation.ViolationCode;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.Violation;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The landing page, log-in and sign-up pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class HomePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageContext ctx, boolean deleted);

        static native TemplateInstance login(PageContext ctx, String error, String next, String email);

        static native TemplateInstance signup(PageContext ctx, List<Violation> errors, String email, String role);
    }

    private final PageContext ctx;
    private final AccountService accounts;
    private final SessionService sessions;

    HomePages(PageContext ctx, AccountService accounts, SessionService sessions) {
        this.ctx = ctx;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GET
    public TemplateInstance home(@QueryParam("deleted") String deleted) {
        return Pages.localized(Templates.home(ctx, deleted != null && !ctx.signedIn()), ctx);
    }

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("next") String next) {
        String known = "credentials".equals(error) || "throttled".equals(error) ? error : null;
        return Pages.localized(Templates.login(ctx, known, isSafeNext(next) ? next : "", ""), ctx);
    }

    @GET
    @Path("signup")
    public TemplateInstance signup(@QueryParam("role") String role) {
        return Pages.localized(Templates.signup(ctx, List.of(), "", role == null ? "" : role), ctx);
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createAccount(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("role") String role, @FormParam("_csrf") String csrf, @Context HttpServerRequest http) {
        ctx.checkCsrf(csrf);
        try {
            var account = accounts.signUp(new AccountService.SignUp(email, password, role, ctx.lang()),
                    Identities.clientAddress(http));
            ctx.cookie(SessionService.COOKIE).ifPresent(sessions::close);
            return Response.seeOther(URI.create(SignupRedirect.after(account.role)))
                    .cookie(sessionCookie(sessions.open(account), sessions.maxAgeSeconds())).build();
        } catch (InvalidInput e) {
            return signupAgain(400, e.violations(), email, role);
        } catch (ProblemException e) {
            Violation why = e.status() == 429 ? Violation.of("form", ViolationCode.THROTTLED)
                    : Violation.of("email", ViolationCode.EMAIL_TAKEN);
            return signupAgain(e.status() == 429 ? 429 : 400, List.of(why), email, role);
        }
    }

    private Response signupAgain(int status, List<Violation> errors, String email, String role) {
        return Response.status(status).entity(Pages.localized(Templates.signup(ctx, errors, email == null ? "" : email,
                role == null ? "" : role), ctx)).build();
    }

    /**
     * Log-in: a new session token every time, and the session the browser had ends (ASVS 5.0 V7.2.4).
     * Too many failures answer this page again with 429 and Retry-After.
     */
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logIn(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("next") String next, @FormParam("_csrf") String csrf, @Context HttpServerRequest http) {
        ctx.checkCsrf(csrf);
        Optional<Account> account;
        try {
            account = accounts.verify(email == null ? "" : email, password, Identities.clientAddress(http));
        } catch (LoginThrottledException e) {
            Response.ResponseBuilder again = Response.status(429).entity(Pages.localized(Templates.login(ctx,
                    "throttled", next == null ? "" : next, email == null ? "" : email), ctx));
            e.headers().forEach(again::header);
            return again.build();
        }
        if (account.isEmpty()) {
            return Pages.redirect("/login?error=credentials");
        }
        ctx.cookie(SessionService.COOKIE).ifPresent(sessions::close);
        return Response.seeOther(URI.create(safeNext(next)))
                .cookie(sessionCookie(sessions.open(account.get()), sessions.maxAgeSeconds())).build();
    }

    /**
     * Ends the session everywhere (its row is deleted) and clears the cookie (ASVS 5.0 V7.4.1). A POST form with the
     * session's CSRF token, so that no other site can sign anyone out.
     */
    @POST
    @Path("logout")
    public Response logOut(@FormParam("_csrf") String csrf) {
        ctx.checkCsrf(csrf);
        ctx.cookie(SessionService.COOKIE).ifPresent(sessions::close);
        return Response.seeOther(URI.create("/")).cookie(sessionCookie("", 0)).build();
    }

    /** Only local paths, so the log-in cannot send anyone elsewhere (OWASP ASVS 5.0 V3.7.2); else the account's home. */
    static String safeNext(String next) {
        return isSafeNext(next) ? next : "/home";
    }

    /**
     * A path on this site, as our own log-in links write it (percent-encoded): one leading slash, visible ASCII only
     * (no control character can reach the Location header), no backslash (browsers read it as a slash, so "/\evil" is
     * "//evil"), no dot segment (which the browser would resolve: our links never hold one), no scheme or authority once parsed.
     */
    static boolean isSafeNext(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || !next.chars().allMatch(c -> c > 0x20 && c < 0x7F)
                || next.toLowerCase(java.util.Locale.ROOT).contains("%2e")
                || next.matches("(?s).*/\\.{1,2}([/?#].*)?")) {
            return false;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** HttpOnly, SameSite=Lax; Secure and {@code __Host-} prefixed over HTTPS (web/Cookies). */
    private NewCookie sessionCookie(String value, int maxAge) {
        return ctx.newCookie(SessionService.COOKIE, value, maxAge);
    }

    /** Where a new account starts. */
    static final class SignupRedirect {
        private SignupRedirect() {
        }

        static String after(io.triad.domain.Role role) {
            return switch (role) {
                case STARTUP -> "/startups";
                case STUDENT -> "/student";
                case PROGRAM_ADMIN, OPERATOR -> "/admin/programs";
            };
        }
    }
}
