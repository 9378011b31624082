package io.triad.program;

import io.triad.domain.validation.ViolationCode;
import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.account.Ownership;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.Role;
import io.triad.domain.Scope;
import io.triad.domain.validation.DocumentValidator;
import io.triad.web.ListPage;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.config.TriadConfig;
import jakarta.transaction.Transactional;
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
import java.util.Optional;

@Path("/api/programs")
@Produces(MediaType.APPLICATION_JSON)
class ProgramResource {
    private final ProgramService programs;
    private final ProgramDirectory directory;
    private final DocumentValidator validator;
    private final CurrentAccount current;
    private final SearchIndex index;
    private final TriadConfig config;

    ProgramResource(ProgramService programs, ProgramDirectory directory, DocumentValidator validator,
            CurrentAccount current, SearchIndex index, TriadConfig config) {
        this.index = index;
        this.config = config;
        this.programs = programs;
        this.directory = directory;
        this.validator = validator;
        this.current = current;
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
        return programs.visible(key, current.get()).map(p -> p.doc).orElseThrow(() -> notFound(key));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("key") String key, JsonNode body) {
        Account caller = current.require();
        Ownership.requireRole(caller, Role.PROGRAM_ADMIN);
        ProgramDoc doc = validator.program(body);
        Params.sameKey(key, doc.key());
        if (doc.owner() != null && caller.role != Role.OPERATOR) {
            throw InvalidInput.of("owner", ViolationCode.OWNER_OPERATOR_ONLY);
        }
        Optional<ProgramEntity> existing = ProgramEntity.byKey(key);
        existing.ifPresent(p -> Ownership.requireChange(caller, p.owner, "This program"));
        Account owner = doc.owner() != null
                ? Account.byEmail(doc.owner()).filter(a -> a.role == Role.PROGRAM_ADMIN)
                        .orElseThrow(() -> InvalidInput.of("owner", ViolationCode.OWNER_UNKNOWN, Role.PROGRAM_ADMIN))
                : existing.map(p -> p.owner).orElse(Ownership.ownerOfNew(caller, Role.PROGRAM_ADMIN));
        ProgramEntity saved = programs.save(doc, owner);
        return Response.status(existing.isPresent() ? 200 : 201).entity(saved.doc).build();
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        Account caller = current.require();
        Ownership.requireRole(caller, Role.PROGRAM_ADMIN);
        ProgramEntity program = programs.visible(key, Optional.of(caller)).orElseThrow(() -> notFound(key));
        Ownership.requireChange(caller, program.owner, "This program");
        programs.delete(program);
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/matches")
    @Transactional
    public Page<Placement> programMatches(@PathParam("key") String key, @QueryParam("asOf") String asOf,
            @QueryParam("limit") String limit) {
        Account caller = current.require();
        ProgramEntity program = programs.visible(key, Optional.of(caller))
                .orElseThrow(() -> notFound(key));
        Ownership.requireChange(caller, program.owner, "This program");
        return index.engine().forProgram(key, Params.date(asOf, "asOf", config.today()), Params.limit(limit), caller.role == Role.OPERATOR);
    }

    static ProblemException notFound(String key) {
        return ProblemException.notFound("No program '" + key + "'");
    }
}
