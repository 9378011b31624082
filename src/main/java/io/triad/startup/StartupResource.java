package io.triad.startup;

import io.triad.domain.validation.ViolationCode;
import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.account.Ownership;
import io.triad.domain.OpeningDoc;
import io.triad.domain.Role;
import io.triad.domain.StartupDoc;
import io.triad.domain.validation.DocumentValidator;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.CompanyPrograms;
import io.triad.config.TriadConfig;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

@Path("/api/startups")
@Produces(MediaType.APPLICATION_JSON)
class StartupResource {
    private final StartupService startups;
    private final DocumentValidator validator;
    private final CurrentAccount current;
    private final SearchIndex index;
    private final TriadConfig config;

    StartupResource(StartupService startups, DocumentValidator validator, CurrentAccount current,
            SearchIndex index, TriadConfig config) {
        this.index = index;
        this.config = config;
        this.startups = startups;
        this.validator = validator;
        this.current = current;
    }

    @GET
    @Path("{key}")
    public StartupDoc get(@PathParam("key") String key) {
        return startups.view(owned(key));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("key") String key, JsonNode body) {
        Account caller = current.require();
        Ownership.requireRole(caller, Role.STARTUP);
        StartupDoc doc = validator.startup(body);
        Params.sameKey(key, doc.key());
        if (doc.owner() != null) {
            throw InvalidInput.of("owner", ViolationCode.OWNER_IMPORT_ONLY);
        }
        Optional<StartupEntity> existing = StartupEntity.byKey(key);
        existing.ifPresent(s -> Ownership.requireChange(caller, s.owner, "This startup"));
        startups.foreignOpening(key, doc.openings().stream().map(OpeningDoc::key).toList()).ifPresent(k -> {
            throw InvalidInput.of("openings", ViolationCode.OPENING_KEY_TAKEN, k);
        });
        StartupEntity saved = startups.save(doc,
                existing.map(s -> s.owner).orElse(Ownership.ownerOfNew(caller, Role.STARTUP)));
        return Response.status(existing.isPresent() ? 200 : 201).entity(startups.view(saved)).build();
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        startups.delete(owned(key));
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/programs")
    @Transactional
    public CompanyPrograms startupPrograms(@PathParam("key") String key, @QueryParam("asOf") String asOf) {
        StartupEntity startup = owned(key);
        return index.engine().companyPrograms(startups.view(startup), Params.date(asOf, "asOf", config.today()));
    }

    /** The startup when the caller owns it or is an operator: 401 anonymous, 404 unknown, 403 otherwise. */
    private StartupEntity owned(String key) {
        Account caller = current.require();
        StartupEntity startup = StartupEntity.byKey(key)
                .orElseThrow(() -> ProblemException.notFound("No startup '" + key + "'"));
        Ownership.requireChange(caller, startup.owner, "This startup");
        return startup;
    }
}
