package io.triad.student;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.config.TriadConfig;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
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

@Path("/api/students")
@Produces(MediaType.APPLICATION_JSON)
class StudentResource {
    private final StudentService students;
    private final CurrentAccount current;
    private final TriadConfig config;

    StudentResource(StudentService students, CurrentAccount current, TriadConfig config) {
        this.students = students;
        this.current = current;
        this.config = config;
    }

    /** The whole profile to its owner and operators; the redacted view to a startup it fits; else 404. */
    @GET
    @Path("{key}")
    public Object get(@PathParam("key") String key) {
        return students.get(key, current.require());
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("key") String key, JsonNode body) {
        return students.put(key, body, current.require()).response();
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        students.delete(key, current.require());
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/matches")
    public Page<OpeningForStudent> studentMatches(@PathParam("key") String key, @QueryParam("asOf") String asOf,
            @QueryParam("limit") String limit) {
        Account caller = current.require();
        return students.matches(key, Params.date(asOf, "asOf", config.today()), Params.limit(limit), caller);
    }
}
