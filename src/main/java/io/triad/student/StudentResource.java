package io.triad.student;

import io.triad.domain.validation.ViolationCode;
import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.account.Ownership;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.domain.validation.DocumentValidator;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
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

@Path("/api/students")
@Produces(MediaType.APPLICATION_JSON)
class StudentResource {
    private final StudentService students;
    private final StudentAccess access;
    private final DocumentValidator validator;
    private final CurrentAccount current;
    private final SearchIndex index;
    private final TriadConfig config;

    StudentResource(StudentService students, StudentAccess access, DocumentValidator validator,
            CurrentAccount current, SearchIndex index, TriadConfig config) {
        this.index = index;
        this.config = config;
        this.students = students;
        this.access = access;
        this.validator = validator;
        this.current = current;
    }

    /** The whole profile to its owner and operators; the redacted view to a startup it fits; else 404. */
    @GET
    @Path("{key}")
    public Object get(@PathParam("key") String key) {
        Account caller = current.require();
        StudentEntity student = StudentEntity.byKey(key).orElseThrow(() -> notFound(key));
        if (Ownership.mayChange(caller, student.owner)) {
            return student.doc;
        }
        if (caller.role == Role.STARTUP && access.fitsAnOpeningOf(caller, student.doc)) {
            return StudentView.of(student.doc);
        }
        throw notFound(key);
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("key") String key, JsonNode body) {
        Account caller = current.require();
        Ownership.requireRole(caller, Role.STUDENT);
        StudentDoc doc = validator.student(body);
        Params.sameKey(key, doc.key());
        if (doc.owner() != null) {
            throw InvalidInput.of("owner", ViolationCode.OWNER_IMPORT_ONLY);
        }
        Optional<StudentEntity> existing = StudentEntity.byKey(key);
        if (existing.isPresent() && !Ownership.mayChange(caller, existing.get().owner)) {
            throw notFound(key);
        }
        if (existing.isEmpty() && caller.role == Role.STUDENT && StudentEntity.ownedBy(caller).isPresent()) {
            throw ProblemException.conflict("This account already has a student profile");
        }
        StudentEntity saved = students.save(doc,
                existing.map(s -> s.owner).orElse(Ownership.ownerOfNew(caller, Role.STUDENT)));
        return Response.status(existing.isPresent() ? 200 : 201).entity(saved.doc).build();
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        Account caller = current.require();
        StudentEntity student = StudentEntity.byKey(key)
                .filter(s -> Ownership.mayChange(caller, s.owner))
                .orElseThrow(() -> notFound(key));
        students.delete(student);
        return Response.noContent().build();
    }

    @GET
    @Path("{key}/matches")
    @Transactional
    public Page<OpeningForStudent> studentMatches(@PathParam("key") String key, @QueryParam("asOf") String asOf,
            @QueryParam("limit") String limit) {
        Account caller = current.require();
        StudentEntity student = StudentEntity.byKey(key).filter(s -> Ownership.mayChange(caller, s.owner))
                .orElseThrow(() -> notFound(key));
        return index.engine().forStudent(student.doc, Params.date(asOf, "asOf", config.today()), Params.limit(limit));
    }

    private static ProblemException notFound(String key) {
        return ProblemException.notFound("No student '" + key + "' visible to this account");
    }
}
