package io.triad.student;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.AccountErased;
import io.triad.account.OwnedKeys;
import io.triad.account.OwnedRows;
import io.triad.account.Ownership;
import io.triad.account.Upsert;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.indexing.Change;
import io.triad.domain.validation.DocumentValidator;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.indexing.ChangeLog;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import io.triad.people.StudentView;
import io.triad.web.ProblemException;
import io.triad.web.Saved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Student profiles: the API's reads and writes with their rules, "one profile per student account", and every
 * write (recorded in the change log the search index follows). A profile the caller may not see is 404, never 403:
 * the caller must not learn it exists.
 */
@ApplicationScoped
public class StudentService implements OwnedKeys {
    private final ChangeLog changes;
    private final DocumentValidator validator;
    private final StudentAccess access;
    private final SearchIndex index;
    private final OwnedRows rows;
    private final Event<StudentRemoving> removing;

    StudentService(ChangeLog changes, DocumentValidator validator, StudentAccess access, SearchIndex index,
            OwnedRows rows, Event<StudentRemoving> removing) {
        this.changes = changes;
        this.validator = validator;
        this.access = access;
        this.index = index;
        this.rows = rows;
        this.removing = removing;
    }

    /** The whole profile to its owner and operators; the redacted view to a startup it fits; else 404. */
    @Transactional
    public Object get(String key, Account caller) {
        StudentEntity student = StudentEntity.byKey(key).orElseThrow(() -> notFound(key));
        if (Ownership.mayChange(caller, student.owner)) {
            return student.doc;
        }
        if (caller.role == Role.STARTUP) {
            boolean accepted = access.acceptedAnInvitationOf(caller, student.id);
            if (accepted || access.fitsAnOpeningOf(caller, student.doc)) {
                return StudentView.of(student.doc, accepted);
            }
        }
        throw notFound(key);
    }

    /**
     * API.md's {@code PUT /api/students/{key}}: STUDENT accounts (one profile each: a second is 409) and operators;
     * the creator owns a new profile; owners are named by imports only.
     */
    @Transactional
    public Saved<StudentDoc> put(String key, JsonNode body, Account caller) {
        Ownership.requireRole(caller, Role.STUDENT);
        StudentDoc doc = validator.student(body);
        Upsert.requireSameKey(key, doc.key());
        if (doc.owner() != null) {
            throw InvalidInput.of("owner", ViolationCode.OWNER_IMPORT_ONLY);
        }
        Upsert<StudentEntity> upsert = rows.claim(StudentEntity.class, key,
                () -> new OwnedRows.NewRow(StudentEntity.stored(doc), firstOwner(caller, key)));
        if (upsert.existing().filter(s -> !Ownership.mayChange(caller, s.owner)).isPresent()) {
            throw notFound(key);
        }
        return upsert.saved(save(doc, upsert.owner(null, caller, Role.STUDENT)).doc);
    }

    /**
     * Who owns a profile {@code caller} creates: itself (409 when it has one already; the database's
     * student_one_per_owner refuses a second that races this check), or nobody for an operator.
     */
    private Account firstOwner(Account caller, String key) {
        Account owner = Ownership.owner(null, Optional.empty(), caller, Role.STUDENT);
        if (ownsAnother(owner, key)) {
            throw ProblemException.conflict("This account already has a student profile");
        }
        return owner;
    }

    @Transactional
    public void delete(String key, Account caller) {
        delete(changeable(rows.lock(StudentEntity.class, key), key, caller));
    }

    /** The openings that fit the student on {@code asOf}, best first; its owner and operators only. */
    @Transactional
    public Page<OpeningForStudent> matches(String key, LocalDate asOf, int limit, Account caller) {
        return index.engine().forStudent(changeable(key, caller).doc, asOf, limit);
    }

    /** The profile a student account owns: one at most (the database's student_one_per_owner holds it too). */
    @Transactional
    public Optional<StudentEntity> profileOf(Account owner) {
        return owner == null ? Optional.empty() : StudentEntity.ownedBy(owner);
    }

    /** As {@link #profileOf}, the row locked until the transaction ends: what a form then saves is still the owner's. */
    @Transactional
    public Optional<StudentEntity> lockProfileOf(Account owner) {
        return owner == null ? Optional.empty()
                : StudentEntity.<StudentEntity>find("owner", owner).withLock(LockModeType.PESSIMISTIC_WRITE)
                        .firstResultOptional();
    }

    /** Whether {@code owner} already owns a profile under another key, so that one more would be a second. */
    @Transactional
    public boolean ownsAnother(Account owner, String key) {
        return profileOf(owner).filter(p -> !p.key.equals(key)).isPresent();
    }

    @Transactional
    public StudentEntity save(StudentDoc doc, Account owner) {
        StudentEntity student = StudentEntity.byKey(doc.key()).orElseGet(StudentEntity::new);
        student.apply(doc);
        student.owner = owner;
        student.persist();
        changes.changed(Change.student(doc.key()));
        return student;
    }

    @Transactional
    public void delete(StudentEntity student) {
        removing.fire(new StudentRemoving(student.id));
        changes.changed(Change.student(student.key));
        student.delete();
    }

    /** An erased account's profile goes with it, in its transaction. */
    @Transactional(TxType.MANDATORY)
    void onAccountErased(@Observes AccountErased erased) {
        StudentEntity.<StudentEntity>list("owner.id", erased.accountId()).forEach(this::delete);
    }

    @Override
    public Kind kind() {
        return Kind.STUDENTS;
    }

    @Override
    @Transactional
    public List<String> keysOwnedBy(Account owner) {
        return profileOf(owner).stream().map(s -> s.key).toList();
    }

    /** A profile its owner or an operator asks for, else 404. */
    private static StudentEntity changeable(String key, Account caller) {
        return changeable(StudentEntity.byKey(key), key, caller);
    }

    private static StudentEntity changeable(Optional<StudentEntity> found, String key, Account caller) {
        return found.filter(s -> Ownership.mayChange(caller, s.owner)).orElseThrow(() -> notFound(key));
    }

    private static ProblemException notFound(String key) {
        return ProblemException.notFound("No student '" + key + "' visible to this account");
    }
}
