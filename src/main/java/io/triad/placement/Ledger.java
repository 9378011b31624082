package io.triad.placement;

import io.triad.db.Sql;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StudentDoc;
import io.triad.indexing.Change;
import io.triad.indexing.ChangeLog;
import io.triad.matching.Amount;
import io.triad.matching.Failure;
import io.triad.matching.FundingCalculator;
import io.triad.matching.Privacy;
import io.triad.placement.History.Of;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Capacity, budget, wages and stacking, decided in the database so that no concurrency and no number of Triad
 * instances can overbook: whoever changes what a program has approved first locks the placement row, then the
 * program row ({@code select … for update}, always in that order, so two deciders never wait on each other), and only
 * then counts; the locks hold until the short transaction commits, so the next decider's count sees this one's
 * outcome. Nothing is counted in Java and written later outside the locks.
 */
@ApplicationScoped
class Ledger {
    /** A program's approved applications and the sum of their recorded amounts (a null amount counts as 0). */
    record Totals(long approved, BigDecimal committed) {
    }

    private record Held(BigDecimal amount, boolean stackable) {
    }

    private record Waiting(UUID id, BigDecimal amount) {
    }

    private final Sql sql;
    private final Docs docs;
    private final History history;
    private final ChangeLog changes;

    Ledger(Sql sql, Docs docs, History history, ChangeLog changes) {
        this.sql = sql;
        this.docs = docs;
        this.history = history;
        this.changes = changes;
    }

    /** Locks the placement's row for the rest of the transaction; empty when it is gone. */
    Optional<PlacementRow> lockPlacement(UUID id) {
        return sql.one(PlacementRow.SELECT + " where p.id = ? for update of p", PlacementRow::of, id);
    }

    /** Locks the program's row for the rest of the transaction and reads its document as stored. */
    ProgramDoc lockedProgram(long programId) {
        return docs.lockProgram(programId);
    }

    Totals totals(long programId) {
        return sql.one("select count(*), coalesce(sum(amount), 0) from application where program_id = ? "
                + "and status = 'APPROVED'", rs -> new Totals(rs.getLong(1), rs.getBigDecimal(2)), programId).orElseThrow();
    }

    /**
     * Approves a pending application, or waitlists it when afterwards the program's approved applications would exceed
     * its capacity or their amounts its budget; 409 (nothing changes) when it is no longer pending, or when its amount
     * would take the placement's approved amounts past its wages or break {@code stackable}.
     */
    ApplicationStatus approve(ApplicationRow application, Actor by) {
        PlacementRow placement = lockPlacement(application.placementId()).orElseThrow(() -> Parties.notFound("application"));
        ProgramDoc program = docs.lockProgram(application.programId());
        ApplicationStatus now = status(application.id());
        if (now != ApplicationStatus.PENDING) {
            throw ProblemException.conflict("Only a pending application can be approved; this one is " + now);
        }
        Amount amount = amount(program, placement);
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount.value();
        checkPlacement(placement, program, value);
        Totals totals = totals(application.programId());
        boolean fits = (program.capacity() == null || totals.approved() + 1 <= program.capacity())
                && (budget(program) == null || totals.committed().add(value).compareTo(budget(program)) <= 0);
        ApplicationStatus to = fits ? ApplicationStatus.APPROVED : ApplicationStatus.WAITLISTED;
        if (sql.update("update application set status = ?, amount = ? where id = ? and status = 'PENDING'", to,
                amount == null ? null : amount.value(), application.id()) == 0) {
            throw ProblemException.conflict("The application changed meanwhile; nothing was changed");
        }
        history.record(Of.APPLICATION, application.id(), by, ApplicationStatus.PENDING, to);
        if (fits) {
            approvedChanged(List.of(application.programId()));
        }
        return to;
    }

    /**
     * The DATA.md funding amount for the placement's copied terms; the enhanced rate only when the student shares it
     * (API.md's privacy: what is recorded is shown to the startup and the administrator).
     */
    Amount amount(ProgramDoc program, PlacementRow placement) {
        StudentDoc student = docs.student(placement.studentId());
        boolean enhanced = student != null && FundingCalculator.qualifiesForEnhanced(program.funding(), student)
                && Privacy.mayUseEnhanced(student, false);
        return FundingCalculator.placementAmount(program.funding(), placement.terms(null), enhanced);
    }

    private void checkPlacement(PlacementRow placement, ProgramDoc program, BigDecimal value) {
        List<Held> held = sql.list("""
                select a.amount, coalesce((g.doc->'funding'->>'stackable')::boolean, true) as stackable
                from application a join program g on g.id = a.program_id
                where a.placement_id = ? and a.status = 'APPROVED'""",
                rs -> new Held(rs.getBigDecimal(1), rs.getBoolean(2)), placement.id());
        BigDecimal total = held.stream().map(h -> h.amount() == null ? BigDecimal.ZERO : h.amount())
                .reduce(value, BigDecimal::add);
        BigDecimal wages = new Amount(placement.wages(), placement.currency()).value();
        if (total.compareTo(wages) > 0) {
            throw WorkflowConflict.of("The placement's approved amounts would exceed its wages",
                    Failure.of("placement.wages", Failure.Kind.AT_MOST, wages, total));
        }
        boolean stackable = program.funding() == null || !Boolean.FALSE.equals(program.funding().stackable());
        if (!held.isEmpty() && (!stackable || held.stream().anyMatch(h -> !h.stackable()))) {
            throw WorkflowConflict.of("A program that does not stack with others would share this placement",
                    Failure.of("funding.stackable", Failure.Kind.IS, true, false));
        }
    }

    /**
     * Room was released (an approval withdrawn or ended, capacity or budget raised): waitlisted applications return to
     * PENDING in appliedAt order while they would fit, nothing reserved for them; each return is a SYSTEM history
     * entry the administrator sees. {@code terms}: the program as it will be (a replacement not yet written), else null.
     */
    void release(long programId, ProgramDoc terms) {
        ProgramDoc current = docs.lockProgram(programId);
        ProgramDoc program = terms != null ? terms : current;
        if (program == null) {
            return;
        }
        Totals totals = totals(programId);
        long room = program.capacity() == null ? Long.MAX_VALUE : program.capacity() - totals.approved();
        BigDecimal money = budget(program) == null ? null : budget(program).subtract(totals.committed());
        List<UUID> back = new ArrayList<>();
        for (Waiting w : sql.list("select id, amount from application where program_id = ? and status = 'WAITLISTED' "
                + "order by applied_at, id", rs -> new Waiting(Sql.uuid(rs, "id"), rs.getBigDecimal("amount")), programId)) {
            BigDecimal value = w.amount() == null ? BigDecimal.ZERO : w.amount();
            if (room < 1 || (money != null && value.compareTo(money) > 0)) {
                break;
            }
            room--;
            money = money == null ? null : money.subtract(value);
            back.add(w.id());
        }
        if (!back.isEmpty()) {
            sql.update("update application set status = 'PENDING' where id = any(?) and status = 'WAITLISTED'",
                    (Object) back.toArray(UUID[]::new));
            history.recordAll(Of.APPLICATION, back, Actor.SYSTEM, ApplicationStatus.WAITLISTED, ApplicationStatus.PENDING);
        }
    }

    /** Releases each program (in id order, as the lock order wants) and tells the index their counts changed. */
    void releaseAll(Collection<Long> programIds) {
        List<Long> sorted = programIds.stream().distinct().sorted().toList();
        sorted.forEach(id -> release(id, null));
        approvedChanged(sorted);
    }

    /** The engine's capacity rule counts approved applications: their programs are re-read by the index. */
    void approvedChanged(Collection<Long> programIds) {
        if (!programIds.isEmpty()) {
            changes.changed(sql.list("select key from program where id = any(?)", rs -> Change.program(rs.getString(1)),
                    (Object) programIds.toArray(Long[]::new)));
        }
    }

    ApplicationStatus status(UUID application) {
        return sql.one("select status from application where id = ?", rs -> ApplicationStatus.valueOf(rs.getString(1)),
                application).orElseThrow(() -> Parties.notFound("application"));
    }

    static BigDecimal budget(ProgramDoc program) {
        return program.funding() == null ? null : program.funding().budget();
    }
}
