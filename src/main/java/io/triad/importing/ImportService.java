package io.triad.importing;

import io.triad.domain.validation.Violation;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.DocumentValidator;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.OwnedEntity;
import io.triad.account.Ownership;
import io.triad.domain.Role;
import io.triad.domain.validation.DocumentValidator.ImportDocument;
import io.triad.domain.validation.DocumentValidator.Ref;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.triad.importing.ImportWriter.Plan;
import io.triad.importing.CheckedUpsert.Seen;
import io.triad.program.ProgramEntity;
import io.triad.startup.StartupEntity;
import io.triad.startup.StartupService;
import io.triad.student.StudentEntity;
import io.triad.student.StudentService;
import io.triad.web.ProblemException;
import io.triad.domain.validation.ViolationCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Imports a document all or nothing: validation and owner resolution first (reads only, so the index follower is
 * not held up however long they take), then every row in one short transaction ({@link ImportWriter}).
 */
@ApplicationScoped
public class ImportService {
    /** Reading and resolving a large document takes long; it holds no lock and no transaction id. */
    private static final int PREPARE_TIMEOUT_SECONDS = 3600;

    private final StartupService startups;
    private final StudentService students;
    private final DocumentValidator validator;
    private final ImportWriter writer;
    private final EntityManager em;

    ImportService(StartupService startups, StudentService students, DocumentValidator validator, ImportWriter writer,
            EntityManager em) {
        this.validator = validator;
        this.startups = startups;
        this.students = students;
        this.writer = writer;
        this.em = em;
    }

    public record Counts(int programs, int startups, int openings, int students) {
    }

    /**
     * Who imports: an account (null for start-up files, which act as an operator) and the owner given
     * to new programs that name none (start-up files only).
     */
    public record Importer(Account account, Account defaultProgramOwner) {
        boolean operator() {
            return account == null || account.role == Role.OPERATOR;
        }

        /** Who creates the new entities of a role, for {@link Ownership#owner}: operators give programs the default. */
        Account creator(Role role) {
            if (!operator()) {
                return account;
            }
            return role == Role.PROGRAM_ADMIN ? defaultProgramOwner : null;
        }
    }

    /** Checks the importer's role, validates the whole document and resolves its owners, then writes it. */
    public Counts importDocument(JsonNode body, Importer importer) {
        return write(prepare(body, importer));
    }

    /**
     * Everything before the writes: the importer's role, every violation (thrown together as {@link InvalidInput}),
     * the owners, the rows. In the caller's transaction if it has one (a start-up file's), else in a read-only one.
     */
    Plan prepare(JsonNode body, Importer importer) {
        if (!importer.operator()) {
            if (importer.account().role != Role.PROGRAM_ADMIN) {
                throw ProblemException.forbidden("Only operators and program administrators may import");
            }
            if (nonEmpty(body, "startups") || nonEmpty(body, "students")) {
                throw ProblemException.forbidden("Program administrators may import programs only");
            }
        }
        ImportDocument doc = validator.document(body);
        return QuarkusTransaction.joiningExisting().timeout(PREPARE_TIMEOUT_SECONDS)
                .call(() -> readOnly(doc, importer));
    }

    /**
     * Resolves without flushing before each query. Resolving reads only, so there is nothing to flush, but every row
     * it reads stays in the persistence context and Hibernate's flush before a query checks each of them: a read per
     * row made the whole document quadratic. Re-importing 100,000 known students (a changed start-up file) had not
     * finished after 20 minutes. A transaction that writes later still flushes when it commits.
     */
    private Plan readOnly(ImportDocument doc, Importer importer) {
        Session session = em.unwrap(Session.class);
        FlushMode before = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            return resolve(doc, importer);
        } finally {
            session.setHibernateFlushMode(before);
        }
    }

    /** Writes a prepared import in one transaction: the caller's, or a short one of its own. */
    Counts write(Plan plan) {
        return writer.write(plan);
    }

    private static boolean nonEmpty(JsonNode body, String array) {
        JsonNode node = body == null ? null : body.get(array);
        return node != null && !node.isNull() && !(node.isArray() && node.isEmpty());
    }

    private Plan resolve(ImportDocument doc, Importer importer) {
        List<Violation> out = new ArrayList<>(doc.violations());
        Map<String, Account> owners = new HashMap<>();
        Map<String, Seen> seen = new HashMap<>();
        resolvePrograms(doc.refs().programs(), importer, owners, seen, out);
        resolveStartups(doc.refs().startups(), importer, owners, seen, out);
        resolveStudents(doc.refs().students(), importer, owners, seen, out);
        if (!out.isEmpty()) {
            throw new InvalidInput(out);
        }
        return writer.plan(doc.programs(), doc.startups(), doc.students(), owners, seen);
    }

    /**
     * Another administrator's program stops the whole import as its {@code PUT} would: 404 when the importer may not
     * know it exists (a draft, a closed one), else 403.
     */
    private void resolvePrograms(List<Ref> refs, Importer importer, Map<String, Account> owners,
            Map<String, Seen> seen, List<Violation> out) {
        for (int i = 0; i < refs.size(); i++) {
            Ref p = refs.get(i);
            if (p.key() == null) {
                continue;
            }
            Optional<ProgramEntity> existing = ProgramEntity.byKey(p.key());
            if (existing.isPresent() && !importer.operator()
                    && !Ownership.mayChange(importer.account(), existing.get().owner)) {
                if (!existing.get().visibleTo(Optional.of(importer.account()))) {
                    throw ProblemException.notFound("No program '" + p.key() + "'; nothing was imported");
                }
                throw ProblemException.forbidden("Program '" + p.key() + "' belongs to another account");
            }
            seen.put("p:" + p.key(), Seen.of(existing));
            String path = "programs[" + i + "]";
            owners.put("p:" + p.key(), owner(p.owner(), existing, Role.PROGRAM_ADMIN, path, importer, out));
        }
    }

    private void resolveStartups(List<Ref> refs, Importer importer, Map<String, Account> owners,
            Map<String, Seen> seen, List<Violation> out) {
        for (int i = 0; i < refs.size(); i++) {
            Ref s = refs.get(i);
            if (s.key() == null) {
                continue;
            }
            String path = "startups[" + i + "]";
            Optional<StartupEntity> existing = StartupEntity.byKey(s.key());
            seen.put("s:" + s.key(), Seen.of(existing));
            owners.put("s:" + s.key(), owner(s.owner(), existing, Role.STARTUP, path, importer, out));
            startups.foreignOpening(s.key(), s.openings()).ifPresent(k -> out.add(Violation.of(
                    path + ".openings[" + s.openings().indexOf(k) + "].key", ViolationCode.FOREIGN_OPENING, k)));
        }
    }

    /** A STUDENT account owns one profile: in the database and within this document. */
    private void resolveStudents(List<Ref> refs, Importer importer, Map<String, Account> owners,
            Map<String, Seen> seen, List<Violation> out) {
        Set<Long> claimed = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            Ref t = refs.get(i);
            if (t.key() == null) {
                continue;
            }
            String path = "students[" + i + "]";
            Optional<StudentEntity> existing = StudentEntity.byKey(t.key());
            seen.put("t:" + t.key(), Seen.of(existing));
            Account owner = owner(t.owner(), existing, Role.STUDENT, path, importer, out);
            boolean ownsAnother = owner != null && (!claimed.add(owner.id) || students.ownsAnother(owner, t.key()));
            if (ownsAnother) {
                out.add(Violation.of(path + ".owner", ViolationCode.ONE_PROFILE));
            }
            owners.put("t:" + t.key(), owner);
        }
    }

    /**
     * The owner of an imported entity by {@link Ownership#owner}: the account {@code email} names (one of the role;
     * a program administrator may name only itself), else as for any save.
     */
    private static Account owner(String email, Optional<? extends OwnedEntity> existing, Role role, String path,
            Importer importer, List<Violation> out) {
        Account named = null;
        if (email != null) {
            Optional<Account> found = Ownership.named(email, role);
            if (found.isEmpty()) {
                out.add(Violation.of(path + ".owner", ViolationCode.OWNER_UNKNOWN, role));
                return null;
            }
            if (!importer.operator() && !found.get().id.equals(importer.account().id)) {
                out.add(Violation.of(path + ".owner", ViolationCode.OWNER_FORBIDDEN));
            }
            named = found.get();
        }
        return Ownership.owner(named, existing, importer.creator(role), role);
    }
}
