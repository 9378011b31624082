package io.triad.eligibility;

import io.triad.domain.validation.ViolationCode;
import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.account.Ownership;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.matching.Amount;
import io.triad.matching.CompanyVerdict;
import io.triad.matching.Eligibility;
import io.triad.matching.Failure;
import io.triad.matching.PlacementVerdict;
import io.triad.matching.Privacy;
import io.triad.program.ProgramEntity;
import io.triad.program.ProgramService;
import io.triad.startup.OpeningEntity;
import io.triad.startup.StartupEntity;
import io.triad.startup.StartupService;
import io.triad.student.StudentEntity;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import io.triad.config.TriadConfig;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One verdict, computed from the database (the truth), with every failed rule. */
@Path("/api/eligibility")
@Produces(MediaType.APPLICATION_JSON)
class EligibilityResource {
    private final CurrentAccount current;
    private final ProgramService programs;
    private final StartupService startups;
    private final TriadConfig config;
    private final EntityManager em;

    EligibilityResource(CurrentAccount current, ProgramService programs, StartupService startups, TriadConfig config,
            EntityManager em) {
        this.current = current;
        this.programs = programs;
        this.startups = startups;
        this.config = config;
        this.em = em;
    }

    public record Verdict(boolean eligible, List<Failure> failed, Amount amount,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean enhancedPossible) {
    }

    @GET
    @Transactional
    public Verdict verdict(@QueryParam("program") String programKey, @QueryParam("opening") String openingKey,
            @QueryParam("student") String studentKey, @QueryParam("startup") String startupKey,
            @QueryParam("asOf") String rawAsOf) {
        Account caller = current.require();
        LocalDate asOf = Params.date(rawAsOf, "asOf", config.today());
        if (programKey == null || programKey.isBlank()) {
            throw InvalidInput.of("program", ViolationCode.REQUIRED);
        }
        ProgramEntity program = programs.visible(programKey, Optional.of(caller))
                .orElseThrow(() -> ProblemException.notFound("No program '" + programKey + "'"));
        boolean admin = Ownership.mayChange(caller, program.owner) && caller.role != Role.STUDENT;
        if (startupKey != null && !startupKey.isBlank()) {
            StartupEntity startup = StartupEntity.byKey(startupKey)
                    .orElseThrow(() -> ProblemException.notFound("No startup '" + startupKey + "'"));
            if (!admin && !Ownership.mayChange(caller, startup.owner)) {
                throw ProblemException.forbidden("This startup belongs to another account");
            }
            CompanyVerdict v = Eligibility.company(program.doc, startups.view(startup), asOf);
            return new Verdict(v.eligible(), v.failed(), v.eligible() ? v.amount() : null, null);
        }
        if (openingKey == null || studentKey == null) {
            throw InvalidInput.of("opening", ViolationCode.PARTIES_REQUIRED);
        }
        OpeningEntity opening = OpeningEntity.byKey(openingKey)
                .orElseThrow(() -> ProblemException.notFound("No opening '" + openingKey + "'"));
        StudentEntity student = StudentEntity.byKey(studentKey)
                .orElseThrow(() -> ProblemException.notFound("No student '" + studentKey + "'"));
        boolean isStudent = student.owner != null && student.owner.id.equals(caller.id);
        boolean founder = opening.startup.owner != null && opening.startup.owner.id.equals(caller.id);
        if (!admin && !isStudent && !founder) {
            throw ProblemException.forbidden("Only the parties to this placement may ask");
        }
        boolean privileged = caller.role == Role.OPERATOR || isStudent;
        return placement(program, opening, student.doc, asOf, privileged);
    }

    private Verdict placement(ProgramEntity program, OpeningEntity opening, StudentDoc student, LocalDate asOf,
            boolean privileged) {
        long approved = ((Number) em.createNativeQuery(
                "select count(*) from placement where program_id = ?1 and status = 'APPROVED'")
                .setParameter(1, program.id).getSingleResult()).longValue();
        PlacementVerdict v = Eligibility.eligibility(program.doc, approved, startups.view(opening.startup),
                opening.doc, student, asOf, Privacy.mayUseEnhanced(student, privileged));
        List<Failure> failed = new ArrayList<>();
        if (Eligibility.hasStarted(opening.doc, asOf)) {
            failed.add(Failure.of("opening.startDate", Failure.Kind.AT_LEAST, asOf, opening.doc.startDate()));
        }
        v.failed().forEach(f -> failed.add(Privacy.visible(f, privileged)));
        boolean eligible = failed.isEmpty();
        return new Verdict(eligible, failed, eligible ? v.amount() : null,
                eligible && v.enhancedPossible() ? Boolean.TRUE : null);
    }
}
