package io.triad.startup;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.config.TriadConfig;
import io.triad.domain.StartupDoc;
import io.triad.matching.MatchResults.CompanyPrograms;
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

@Path("/api/startups")
@Produces(MediaType.APPLICATION_JSON)
class StartupResource {
    private final StartupService startups;
    private final CurrentAccount current;
    private final TriadConfig config;

    StartupResource(StartupService startups, CurrentAccount current, TriadConfig config) {
        this.startups = startups;
        this.current = current;
        this.config = config;
    }

    @GET
    @Path("{key}")
    public StartupDoc get(@PathParam("key") String key) {
        return startups.get(key, current.require());
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("key") String key, JsonNode body) {
        return startups.put(key, body, current.require()).response();
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        startups.delete(key, current.require());
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/programs")
    public CompanyPrograms startupPrograms(@PathParam("key") String key, @QueryParam("asOf") String asOf) {
        Account caller = current.require();
        return startups.programs(key, Params.date(asOf, "asOf", config.today()), caller);
    }
}
