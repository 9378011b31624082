package io.triad.account;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Form log-in and log-out for the pages: a server-side session behind an HttpOnly, SameSite cookie. */
@Path("/login")
class LoginResource {
    private final AccountService accounts;
    private final SessionService sessions;

    LoginResource(AccountService accounts, SessionService sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("next") String next) {
        Account account;
        try {
            account = accounts.verify(email == null ? "" : email, password).orElse(null);
        } catch (LoginThrottledException e) {
            return Response.seeOther(URI.create("/login?error=throttled")).build();
        }
        if (account == null) {
            return Response.seeOther(URI.create("/login?error=credentials")).build();
        }
        return Response.seeOther(URI.create(safeNext(next)))
                .cookie(cookie(sessions.open(account), sessions.maxAgeSeconds())).build();
    }

    /** Ends the session everywhere (the row is deleted) and clears the cookie. */
    @Path("/logout")
    static class Logout {
        private final SessionService sessions;

        Logout(SessionService sessions) {
            this.sessions = sessions;
        }

        @POST
        public Response logout(@CookieParam(SessionService.COOKIE) String token) {
            if (token != null) {
                sessions.close(token);
            }
            return Response.seeOther(URI.create("/")).cookie(cookie("", 0)).build();
        }
    }

    /** Only local paths, so the log-in form cannot be used to redirect elsewhere. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(SessionService.COOKIE).value(value).path("/").maxAge(maxAge)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }
}
