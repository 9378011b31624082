package io.triad.importing;

import io.triad.domain.validation.Violation;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.DocumentValidator;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Role;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.validation.DocumentValidator.ImportDocument;
import io.triad.domain.validation.DocumentValidator.Ref;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.triad.importing.ImportWriter.Plan;
import io.triad.program.ProgramEntity;
import io.triad.startup.StartupEntity;
import io.triad.startup.StartupService;
import io.triad.student.StudentEntity;
import io.triad.web.ProblemException;
import io.triad.domain.validation.ViolationCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a document all or nothing: validation and owner resolution first (reads only, so the index follower is
 * not held up however long they take), then every row in one short transaction ({@link ImportWriter}).
 */
@ApplicationScoped
public class ImportService {
    /** Reading and resolving a large document takes long; it holds no lock and no transaction id. */
    private static final int PREPARE_TIMEOUT_SECONDS = 3600;

    private final StartupService startups;
    private final DocumentValidator validator;
    private final ImportWriter writer;

    ImportService(StartupService startups, DocumentValidator validator, ImportWriter writer) {
        this.validator = validator;
        this.startups = startups;
        this.writer = writer;
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
        return QuarkusTransaction.joiningExisting().timeout(PREPARE_TIMEOUT_SECONDS).call(() -> resolve(doc, importer));
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
        resolvePrograms(doc.refs().programs(), importer, owners, out);
        resolveStartups(doc.refs().startups(), importer, owners, out);
        resolveStudents(doc.refs().students(), importer, owners, out);
        if (!out.isEmpty()) {
            throw new InvalidInput(out);
        }
        return writer.plan(doc.programs(), doc.startups(), doc.students(), owners);
    }

    private void resolvePrograms(List<Ref> refs, Importer importer, Map<String, Account> owners,
            List<Violation> out) {
        for (int i = 0; i < refs.size(); i++) {
            Ref p = refs.get(i);
            if (p.key() == null) {
                continue;
            }
            Optional<ProgramEntity> existing = ProgramEntity.byKey(p.key());
            if (existing.isPresent() && !importer.operator()
                    && (existing.get().owner == null || !existing.get().owner.id.equals(importer.account().id))) {
                throw ProblemException.forbidden("Program '" + p.key() + "' belongs to another account");
            }
            Account fallback = existing.map(e -> e.owner).orElse(importer.operator()
                    ? importer.defaultProgramOwner() : importer.account());
            owners.put("p:" + p.key(), owner(p.owner(), fallback, Role.PROGRAM_ADMIN, "programs[" + i + "]", importer, out));
        }
    }

    private void resolveStartups(List<Ref> refs, Importer importer, Map<String, Account> owners,
            List<Violation> out) {
        for (int i = 0; i < refs.size(); i++) {
            Ref s = refs.get(i);
            if (s.key() == null) {
                continue;
            }
            String path = "startups[" + i + "]";
            Account fallback = StartupEntity.byKey(s.key()).map(e -> e.owner).orElse(null);
            owners.put("s:" + s.key(), owner(s.owner(), fallback, Role.STARTUP, path, importer, out));
            startups.foreignOpening(s.key(), s.openings()).ifPresent(k -> out.add(Violation.of(
                    path + ".openings[" + s.openings().indexOf(k) + "].key", ViolationCode.FOREIGN_OPENING, k)));
        }
    }

    /** A STUDENT account owns one profile: in the database and within this document. */
    private void resolveStudents(List<Ref> refs, Importer importer, Map<String, Account> owners,
            List<Violation> out) {
        Set<Long> claimed = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            Ref t = refs.get(i);
            if (t.key() == null) {
                continue;
            }
            String path = "students[" + i + "]";
            Account owner = owner(t.owner(), StudentEntity.byKey(t.key()).map(e -> e.owner).orElse(null),
                    Role.STUDENT, path, importer, out);
            boolean ownsAnother = owner != null && (!claimed.add(owner.id)
                    || StudentEntity.ownedBy(owner).filter(o -> !o.key.equals(t.key())).isPresent());
            if (ownsAnother) {
                out.add(Violation.of(path + ".owner", ViolationCode.ONE_PROFILE));
            }
            owners.put("t:" + t.key(), owner);
        }
    }

    /** The owner named by {@code email} (an existing account of the fitting role), else the fallback. */
    private static Account owner(String email, Account fallback, Role role, String path, Importer importer,
            List<Violation> out) {
        if (email == null) {
            return fallback != null && fallback.role == role ? fallback : null;
        }
        Optional<Account> named = Account.byEmail(email).filter(a -> a.role == role);
        if (named.isEmpty()) {
            out.add(Violation.of(path + ".owner", ViolationCode.OWNER_UNKNOWN, role));
            return null;
        }
        if (!importer.operator() && !named.get().id.equals(importer.account().id)) {
            out.add(Violation.of(path + ".owner", ViolationCode.OWNER_FORBIDDEN));
        }
        return named.get();
    }
}
