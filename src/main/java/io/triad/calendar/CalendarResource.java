package io.triad.calendar;

import io.triad.domain.Role;
import io.triad.web.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /calendar/{token}.ics}: the account's deadlines for calendar apps, which subscribe without a session;
 * the secret token is the only credential (an unknown or revoked one is 404, as if nothing were there).
 */
@Path("/calendar")
class CalendarResource {
    private final CalendarTokens tokens;
    private final Deadlines deadlines;
    private final String baseUrl;

    CalendarResource(CalendarTokens tokens, Deadlines deadlines,
            @ConfigProperty(name = "triad.mail.base-url", defaultValue = "http://localhost:8080") String baseUrl) {
        this.tokens = tokens;
        this.deadlines = deadlines;
        this.baseUrl = baseUrl;
    }

    @GET
    @Path("{token}.ics")
    @Produces("text/calendar")
    public Response feed(@PathParam("token") String token) {
        CalendarTokens.Owner owner = tokens.owner(token).orElseThrow(() -> ProblemException.notFound("No such calendar"));
        String ics = CalendarFeed.ics(deadlines.of(owner.account(), Role.valueOf(owner.role())), owner.language(),
                baseUrl);
        return Response.ok(ics, "text/calendar; charset=utf-8").header("Cache-Control", "private, max-age=900")
                .header("Content-Disposition", "inline; filename=\"triad-deadlines.ics\"").build();
    }
}
