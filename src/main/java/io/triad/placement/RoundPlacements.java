package io.triad.placement;

import io.triad.db.Sql;
import io.triad.domain.OpeningDoc;
import io.triad.placement.History.Of;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The way a matching round turns its decisions into the workflow's records: the same row locks and bounds as an
 * accepted invitation (the opening's row locked while its active placements are counted against {@code positions})
 * and as an approval ({@link Ledger}: placement, then program rows locked, capacity, budget, wages and stacking
 * counted under them). A placement made here has no invitation and carries its round's id.
 */
@ApplicationScoped
public class RoundPlacements {
    /** What became of one matched pair: the placement (empty when the opening had no position left) and its applications. */
    public record Placed(Optional<UUID> placement, List<UUID> applications, List<String> approved) {
    }

    private final Sql sql;
    private final Docs docs;
    private final Ledger ledger;
    private final History history;
    private final ApplicationService applications;
    private final Programs programs;

    RoundPlacements(Sql sql, Docs docs, Ledger ledger, History history, ApplicationService applications,
            Programs programs) {
        this.sql = sql;
        this.docs = docs;
        this.ledger = ledger;
        this.history = history;
        this.applications = applications;
        this.programs = programs;
    }

    /**
     * Places the student in the opening for the round and applies for and approves each program (in the given order,
     * which should be the programs' id order, the lock order), in one transaction. A program the placement may not
     * apply to is skipped; an approval that no longer fits is waitlisted exactly as an administrator's would be.
     */
    @Transactional
    public Placed place(UUID round, String openingKey, String studentKey, List<String> programKeys) {
        Optional<UUID> placement = createPlacement(round, openingKey, studentKey);
        if (placement.isEmpty()) {
            return new Placed(Optional.empty(), List.of(), List.of());
        }
        PlacementRow locked = ledger.lockPlacement(placement.get()).orElseThrow();
        List<UUID> made = new ArrayList<>();
        List<String> approved = new ArrayList<>();
        for (String key : programKeys) {
            Optional<Programs.At> program = programs.byKey(key);
            if (program.isEmpty() || !applications.mayApply(locked, program.get().doc())) {
                continue;
            }
            UUID id = sql.one("insert into application (placement_id, program_id, status, verdict) "
                    + "values (?, ?, 'PENDING', ?::jsonb) returning id", rs -> Sql.uuid(rs, "id"), locked.id(),
                    program.get().id(), docs.verdictJson(Verdicts.of(program.get().doc(), List.of()))).orElseThrow();
            history.record(Of.APPLICATION, id, Actor.SYSTEM, null, ApplicationStatus.PENDING);
            made.add(id);
            try {
                if (ledger.approve(applications.find(id), Actor.SYSTEM) == ApplicationStatus.APPROVED) {
                    approved.add(key);
                }
            } catch (WorkflowConflict e) {
                // the wages or stacking bound: the application stays pending, as after an administrator's attempt
            }
        }
        return new Placed(placement, made, approved);
    }

    /** The placement, under the opening's row lock; empty when every position is taken or the pair is placed. */
    private Optional<UUID> createPlacement(UUID round, String openingKey, String studentKey) {
        record Opening(long id, long startupId, String doc) {
        }
        Optional<Opening> opening = sql.one("select id, startup_id, doc::text from opening where key = ? for update",
                rs -> new Opening(rs.getLong(1), rs.getLong(2), rs.getString(3)), openingKey);
        Optional<Long> student = sql.one("select id from student where key = ?", rs -> rs.getLong(1), studentKey);
        if (opening.isEmpty() || student.isEmpty()) {
            return Optional.empty();
        }
        OpeningDoc doc = docs.opening(opening.get().id());
        long active = sql.count("select count(*) from placement where opening_id = ? and status = 'ACTIVE'",
                opening.get().id());
        long already = sql.count("select count(*) from placement where opening_id = ? and student_id = ? "
                + "and status = 'ACTIVE'", opening.get().id(), student.get());
        if (active >= doc.positions() || already > 0 || doc.hourlyWage() == null || doc.hoursPerWeek() == null) {
            return Optional.empty();
        }
        UUID id = sql.one("""
                insert into placement (opening_id, startup_id, student_id, round_id, status, start_date, weeks,
                  hours_per_week, hourly_wage, currency)
                values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?) returning id""", rs -> Sql.uuid(rs, "id"),
                opening.get().id(), opening.get().startupId(), student.get(), round, doc.startDate(), doc.weeks(),
                doc.hoursPerWeek(), doc.hourlyWage(), doc.currency()).orElseThrow();
        history.record(Of.PLACEMENT, id, Actor.SYSTEM, null, PlacementStatus.ACTIVE);
        return Optional.of(id);
    }

    /** The placement the round already made for this pair (a run resumed after a crash skips it). */
    @Transactional
    public Optional<Placed> existing(UUID round, String openingKey, String studentKey) {
        return sql.one("select p.id from placement p join opening o on o.id = p.opening_id join student t on "
                + "t.id = p.student_id where p.round_id = ? and o.key = ? and t.key = ?", rs -> Sql.uuid(rs, "id"),
                round, openingKey, studentKey).map(id -> new Placed(Optional.of(id),
                        sql.list("select id from application where placement_id = ? order by applied_at, id",
                                rs -> Sql.uuid(rs, "id"), id),
                        sql.list("select g.key from application a join program g on g.id = a.program_id where "
                                + "a.placement_id = ? and a.status = 'APPROVED' order by g.id", rs -> rs.getString(1), id)));
    }
}
