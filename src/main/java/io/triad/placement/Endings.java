package io.triad.placement;

import io.triad.db.Sql;
import io.triad.placement.History.Of;
import io.triad.config.TriadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Placements that end: cancelled by a party (its live applications are withdrawn), or removed with their student,
 * opening or startup (deleted, except an active placement that has started and holds approved applications: that
 * stays as an anonymous commitment, no student or startup attached, still counted against capacity and budget).
 * Either way the programs whose approvals went release their room.
 */
@ApplicationScoped
class Endings {
    private record Held(UUID id, long programId, ApplicationStatus status) {
    }

    private final Sql sql;
    private final Ledger ledger;
    private final History history;
    private final TriadConfig config;

    Endings(Sql sql, Ledger ledger, History history, TriadConfig config) {
        this.sql = sql;
        this.ledger = ledger;
        this.history = history;
        this.config = config;
    }

    /** Cancels a locked, active placement that has not started; its live applications are withdrawn by {@code by}. */
    void cancel(PlacementRow placement, Actor by) {
        sql.update("update placement set status = 'CANCELLED' where id = ? and status = 'ACTIVE'", placement.id());
        history.record(Of.PLACEMENT, placement.id(), by, PlacementStatus.ACTIVE, PlacementStatus.CANCELLED);
        List<Held> live = live(placement.id());
        sql.update("update application set status = 'WITHDRAWN' where placement_id = ? and status in "
                + ApplicationStatus.LIVE_SQL, placement.id());
        live.forEach(a -> history.record(Of.APPLICATION, a.id(), by, a.status(), ApplicationStatus.WITHDRAWN));
        ledger.releaseAll(live.stream().filter(a -> a.status() == ApplicationStatus.APPROVED).map(Held::programId).toList());
    }

    /** Ends the placements whose student, opening or startup is going (ids in any order). */
    void remove(List<UUID> placementIds) {
        LocalDate today = config.today();
        List<Long> released = new ArrayList<>();
        for (UUID id : new TreeSet<>(placementIds)) {
            PlacementRow placement = ledger.lockPlacement(id).orElse(null);
            if (placement == null) {
                continue;
            }
            List<Held> live = live(id);
            boolean commitment = placement.status() == PlacementStatus.ACTIVE && placement.started(today)
                    && live.stream().anyMatch(a -> a.status() == ApplicationStatus.APPROVED);
            if (commitment) {
                sql.update("delete from application where placement_id = ? and status <> 'APPROVED'", id);
                sql.update("update placement set opening_id = null, startup_id = null, student_id = null, "
                        + "invitation_id = null where id = ?", id);
            } else {
                live.stream().filter(a -> a.status() == ApplicationStatus.APPROVED).forEach(a -> released.add(a.programId()));
                sql.update("delete from placement where id = ?", id);
            }
        }
        ledger.releaseAll(released);
    }

    private List<Held> live(UUID placement) {
        return sql.list("select id, program_id, status from application where placement_id = ? and status in "
                + ApplicationStatus.LIVE_SQL + " order by applied_at, id", rs -> new Held(Sql.uuid(rs, "id"),
                rs.getLong("program_id"), ApplicationStatus.valueOf(rs.getString("status"))), placement);
    }
}
