package io.triad.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.matching.Amount;
import io.triad.matching.CompanyVerdict;
import io.triad.matching.Eligibility;
import io.triad.matching.Failure;
import io.triad.matching.PlacementVerdict;
import io.triad.program.ProgramEntity;
import io.triad.program.ProgramService;
import io.triad.startup.OpeningEntity;
import io.triad.startup.StartupEntity;
import io.triad.startup.StartupService;
import io.triad.student.StudentAccess;
import io.triad.student.StudentEntity;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One verdict, computed from the database (the truth), with every failed rule, for the parties API.md lets ask:
 * operators, the program's administrator, the startup's owner and the student.
 */
@ApplicationScoped
class EligibilityService {
    private final ProgramService programs;
    private final StartupService startups;
    private final StudentAccess students;
    private final EntityManager em;

    EligibilityService(ProgramService programs, StartupService startups, StudentAccess students, EntityManager em) {
        this.programs = programs;
        this.startups = startups;
        this.students = students;
        this.em = em;
    }

    /** {@code enhancedPossible} and {@code conditional}: true or absent, as on a match item (API.md Privacy). */
    public record Verdict(boolean eligible, List<Failure> failed, Amount amount,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean enhancedPossible,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conditional) {
    }

    /** What one asks: a program and either a startup (company programs) or an opening and a student. */
    record Question(String program, String startup, String opening, String student, LocalDate asOf) {
    }

    @Transactional
    Verdict verdict(Question q, Account caller) {
        ProgramEntity program = programs.visible(q.program(), Optional.of(caller))
                .orElseThrow(() -> ProblemException.notFound("No program '" + q.program() + "'"));
        boolean admin = Ownership.mayChange(caller, program.owner) && caller.role != Role.STUDENT;
        if (q.startup() != null && !q.startup().isBlank()) {
            return company(program, q.startup(), q.asOf(), admin, caller);
        }
        if (q.opening() == null || q.student() == null) {
            throw InvalidInput.of("opening", ViolationCode.PARTIES_REQUIRED);
        }
        OpeningEntity opening = OpeningEntity.byKey(q.opening())
                .orElseThrow(() -> ProblemException.notFound("No opening '" + q.opening() + "'"));
        Supplier<ProblemException> noStudent = () -> ProblemException.notFound("No student '" + q.student() + "'");
        StudentEntity student = StudentEntity.byKey(q.student()).orElseThrow(noStudent);
        boolean isStudent = student.owner != null && student.owner.id.equals(caller.id);
        boolean founder = opening.startup.owner != null && opening.startup.owner.id.equals(caller.id);
        if (!admin && !isStudent && !founder) {
            throw ProblemException.forbidden("Only the parties to this placement may ask");
        }
        if (founder && !admin && !isStudent && !students.fitsAnOpeningOf(caller, student.doc)) {
            // a student the startup may not know exists, as for GET /api/students/{key}
            throw noStudent.get();
        }
        boolean privileged = caller.role == Role.OPERATOR || isStudent;
        return placement(program, opening, student.doc, q.asOf(), privileged);
    }

    private Verdict company(ProgramEntity program, String startupKey, LocalDate asOf, boolean admin, Account caller) {
        StartupEntity startup = StartupEntity.byKey(startupKey)
                .orElseThrow(() -> ProblemException.notFound("No startup '" + startupKey + "'"));
        if (!admin && !Ownership.mayChange(caller, startup.owner)) {
            throw ProblemException.forbidden("This startup belongs to another account");
        }
        CompanyVerdict v = Eligibility.company(program.doc, startups.view(startup), asOf);
        return new Verdict(v.eligible(), v.failed(), v.eligible() ? v.amount() : null, null, null);
    }

    private Verdict placement(ProgramEntity program, OpeningEntity opening, StudentDoc student, LocalDate asOf,
            boolean privileged) {
        long approved = ((Number) em.createNativeQuery(
                "select count(*) from application where program_id = ?1 and status = 'APPROVED'")
                .setParameter(1, program.id).getSingleResult()).longValue();
        PlacementVerdict v = Eligibility.eligibility(program.doc, approved, startups.view(opening.startup),
                opening.doc, student, asOf, privileged);
        List<Failure> failed = new ArrayList<>();
        if (Eligibility.hasStarted(opening.doc, asOf)) {
            failed.add(Failure.of("opening.startDate", Failure.Kind.AT_LEAST, asOf, opening.doc.startDate()));
        }
        failed.addAll(v.failed());
        boolean eligible = failed.isEmpty();
        return new Verdict(eligible, failed, eligible ? v.amount() : null,
                eligible && v.enhancedPossible() ? Boolean.TRUE : null, v.conditional() ? Boolean.TRUE : null);
    }
}
