package io.triad.placement;

import io.triad.db.Sql;
import io.triad.placement.Views.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;

/** Every state change of invitations, placements and applications (who, when, from, to), and reading it back. */
@ApplicationScoped
class History {
    /** Which of the three the entries are about: the name of its column in workflow_history. */
    enum Of {
        INVITATION("invitation_id"), PLACEMENT("placement_id"), APPLICATION("application_id");

        private final String column;

        Of(String column) {
            this.column = column;
        }
    }

    private final Sql sql;
    private final Event<WorkflowChanged> changed;

    History(Sql sql, Event<WorkflowChanged> changed) {
        this.sql = sql;
        this.changed = changed;
    }

    /** Records one change; {@code from} null for a creation. */
    void record(Of of, UUID id, Actor by, Enum<?> from, Enum<?> to) {
        sql.update("insert into workflow_history (" + of.column + ", by_role, from_status, to_status) values (?, ?, ?, ?)",
                id, by, from == null ? null : from.name(), to);
        fire(of, id, by, from, to);
    }

    /** Records the same change of many. */
    void recordAll(Of of, Collection<UUID> ids, Actor by, Enum<?> from, Enum<?> to) {
        if (!ids.isEmpty()) {
            sql.update("insert into workflow_history (" + of.column + ", by_role, from_status, to_status) "
                    + "select unnest(?::uuid[]), ?, ?, ?", ids.toArray(UUID[]::new), by, from == null ? null : from.name(), to);
            ids.forEach(id -> fire(of, id, by, from, to));
        }
    }

    /** Observers run synchronously, in this transaction: what they write commits or rolls back with the change. */
    private void fire(Of of, UUID id, Actor by, Enum<?> from, Enum<?> to) {
        changed.fire(new WorkflowChanged(WorkflowChanged.Subject.valueOf(of.name()), id, by,
                from == null ? null : from.name(), to.name()));
    }

    /** The entries of each of these, oldest first. */
    Map<UUID, List<HistoryEntry>> of(Of of, Collection<UUID> ids) {
        Map<UUID, List<HistoryEntry>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        sql.list("select " + of.column + " as owner, at, by_role, from_status, to_status from workflow_history where "
                + of.column + " = any(?) order by at, id", rs -> {
                    out.computeIfAbsent(Sql.uuid(rs, "owner"), k -> new ArrayList<>()).add(new HistoryEntry(
                            Sql.instant(rs, "at"), Actor.valueOf(rs.getString("by_role")),
                            rs.getString("from_status"), rs.getString("to_status")));
                    return null;
                }, (Object) ids.toArray(UUID[]::new));
        return out;
    }
}
