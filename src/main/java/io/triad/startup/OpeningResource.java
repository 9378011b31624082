package io.triad.startup;

import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.config.TriadConfig;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.StudentForOpening;
import io.triad.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Ranked students for an opening, for its startup's owner and operators. */
@Path("/api/openings")
@Produces(MediaType.APPLICATION_JSON)
class OpeningResource {
    /** As Quarkus REST labels the API's other JSON answers. */
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private final StartupService startups;
    private final CurrentAccount current;
    private final TriadConfig config;

    OpeningResource(StartupService startups, CurrentAccount current, TriadConfig config) {
        this.startups = startups;
        this.current = current;
        this.config = config;
    }

    /** The answer's shape, for the OpenAPI document: the body is written once per engine generation (below). */
    record RankedStudents(List<StudentForOpening> items, long total) {
    }

    /** The ranking as JSON written once per engine generation and asked (OpeningRankings), not once per request. */
    @GET
    @Path("{key}/matches")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RankedStudents.class)))
    public Response matches(@PathParam("key") String key, @QueryParam("asOf") String asOf,
            @QueryParam("limit") String limit, @QueryParam("funded") String funded, @QueryParam("sort") String sort) {
        Account caller = current.require();
        MatchOrder order = MatchOrder.parse(sort).orElseThrow(() -> InvalidInput.of("sort", ViolationCode.SORT));
        return Response.ok(startups.openingMatchesJson(key, Params.date(asOf, "asOf", config.today()),
                Params.limit(limit), Params.bool(funded, "funded"), order, caller), JSON).build();
    }
}
