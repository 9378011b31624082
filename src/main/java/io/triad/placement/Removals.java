package io.triad.placement;

import io.triad.db.Sql;
import io.triad.account.AccountErased;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.program.ProgramChanging;
import io.triad.startup.OpeningsChanging;
import io.triad.student.StudentRemoving;
import io.triad.web.ProblemException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the workflow does when programs, openings, students or accounts change under it (WORKFLOW.md), in the
 * transaction of the change: it may refuse it (409 or 400, nothing changed) or follow it.
 */
@ApplicationScoped
class Removals {
    private record Held(long id, String key, int active) {
    }

    private final Sql sql;
    private final Ledger ledger;
    private final Endings endings;

    Removals(Sql sql, Ledger ledger, Endings endings) {
        this.sql = sql;
        this.ledger = ledger;
        this.endings = endings;
    }

    /**
     * Deleting a program with live applications is 409 (its ended ones go with it). Replacing one: its currency stays
     * while it has approved applications; raising its capacity or budget releases waitlisted applications.
     */
    @Transactional(TxType.MANDATORY)
    void onProgramChanging(@Observes ProgramChanging change) {
        if (change.after() == null) {
            if (sql.count("select count(*) from application where program_id = ? and status in "
                    + ApplicationStatus.LIVE_SQL, change.id()) > 0) {
                throw ProblemException.conflict("This program has live applications; refuse them or wait until "
                        + "they are withdrawn before deleting it");
            }
            sql.update("delete from application where program_id = ?", change.id());
            return;
        }
        ProgramDoc before = ledger.lockedProgram(change.id());
        String was = currency(before);
        if (!Objects.equals(was, currency(change.after())) && ledger.totals(change.id()).approved() > 0) {
            throw InvalidInput.of("funding.currency", ViolationCode.CURRENCY_LOCKED, was);
        }
        if (raised(before.capacity(), change.after().capacity())
                || raised(Ledger.budget(before), Ledger.budget(change.after()))) {
            ledger.release(change.id(), change.after());
        }
    }

    /**
     * A startup's openings become {@code openings}: fewer positions than an opening's active placements is 400 (the
     * opening's row is locked, as accepting does, so no acceptance slips in between); the placements of openings that
     * go end as an erasure ends them.
     */
    @Transactional(TxType.MANDATORY)
    void onOpeningsChanging(@Observes OpeningsChanging change) {
        Map<String, Held> held = new HashMap<>();
        sql.list("""
                select o.id, o.key, (select count(*) from placement p where p.opening_id = o.id and p.status = 'ACTIVE')
                from opening o where o.startup_id = ? order by o.id for update of o""",
                rs -> held.put(rs.getString(2), new Held(rs.getLong(1), rs.getString(2), rs.getInt(3))),
                change.startupId());
        List<OpeningDoc> kept = change.openings();
        for (int i = 0; i < kept.size(); i++) {
            Held h = held.remove(kept.get(i).key());
            if (h != null && kept.get(i).positions() < h.active()) {
                throw InvalidInput.of("openings[" + i + "].positions", ViolationCode.POSITIONS_BELOW_PLACEMENTS,
                        h.active());
            }
        }
        Long[] gone = held.values().stream().map(Held::id).toArray(Long[]::new);
        endings.remove(sql.list("select id from placement where startup_id = ? and (opening_id is null "
                + "or opening_id = any(?))", rs -> Sql.uuid(rs, "id"), change.startupId(), gone));
    }

    /** A student profile goes: its placements end (invitations go with the row). */
    @Transactional(TxType.MANDATORY)
    void onStudentRemoving(@Observes StudentRemoving removing) {
        endings.remove(sql.list("select id from placement where student_id = ?", rs -> Sql.uuid(rs, "id"),
                removing.studentId()));
    }

    /**
     * An erased program administrator's programs with live applications pass to the operators (nobody owns them)
     * before the program feature deletes the account's programs; this runs first, by its priority.
     */
    @Transactional(TxType.MANDATORY)
    void onAccountErased(@Observes @Priority(Interceptor.Priority.APPLICATION) AccountErased erased) {
        sql.update("update program g set owner_id = null where owner_id = ? and exists (select 1 from application a "
                + "where a.program_id = g.id and a.status in " + ApplicationStatus.LIVE_SQL + ")", erased.accountId());
    }

    private static String currency(ProgramDoc program) {
        return program == null || program.funding() == null ? null : program.funding().currency();
    }

    private static boolean raised(Number before, Number after) {
        if (before == null) {
            return false;
        }
        return after == null || new BigDecimal(after.toString()).compareTo(new BigDecimal(before.toString())) > 0;
    }
}
