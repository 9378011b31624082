package io.triad.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.config.TriadConfig;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.Scope;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.web.ListPage;
import io.triad.web.Params;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/programs")
@Produces(MediaType.APPLICATION_JSON)
class ProgramResource {
    private final ProgramService programs;
    private final ProgramDirectory directory;
    private final CurrentAccount current;
    private final TriadConfig config;

    ProgramResource(ProgramService programs, ProgramDirectory directory, CurrentAccount current, TriadConfig config) {
        this.programs = programs;
        this.directory = directory;
        this.current = current;
        this.config = config;
    }

    @GET
    public ListPage<ProgramDoc> list(@QueryParam("q") String q, @QueryParam("region") String region,
            @QueryParam("kind") String kind, @QueryParam("scope") String scope, @QueryParam("openOn") String openOn,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ProgramDirectory.Query query = new ProgramDirectory.Query(q,
                region == null || region.isBlank() ? null : region.trim(),
                Params.enumValue(kind, "kind", ProgramKind.class), Params.enumValue(scope, "scope", Scope.class),
                Params.date(openOn, "openOn", null));
        int pageSize = Params.integer(size, "size", 20, 1, 1000);
        int pageIndex = Params.integer(page, "page", 0, 0, Integer.MAX_VALUE / 1000);
        return ListPage.of(directory.search(query), pageIndex * pageSize, pageSize);
    }

    @GET
    @Path("{key}")
    public ProgramDoc get(@PathParam("key") String key) {
        return programs.get(key, current.get());
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("key") String key, JsonNode body) {
        return programs.put(key, body, current.require()).response();
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        programs.delete(key, current.require());
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/matches")
    public Page<Placement> programMatches(@PathParam("key") String key, @QueryParam("asOf") String asOf,
            @QueryParam("limit") String limit) {
        Account caller = current.require();
        return programs.matches(key, Params.date(asOf, "asOf", config.today()), Params.limit(limit), caller);
    }
}
