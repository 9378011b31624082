package io.triad.placement;

import io.triad.db.Sql;
import io.triad.startup.InvitationStandings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Standings from the invitations: never a second live invitation, never one after a decline (WORKFLOW.md). */
@ApplicationScoped
class InvitationStates implements InvitationStandings {
    /** One row per student with an invitation, or one row of nulls after the owner when none has. */
    private static final String STANDINGS = """
            select s.owner_id, o.id as opening, x.key, x.invitation, x.placement from startup s
            left join opening o on o.startup_id = s.id and o.key = ?
            left join lateral (select distinct on (t.key) t.key, i.status as invitation, p.status as placement
                from invitation i join student t on t.id = i.student_id
                left join placement p on p.invitation_id = i.id
                where i.opening_id = o.id and t.key = any(?) order by t.key, i.created_at desc, i.id) x on true
            where s.key = ?""";

    private record Row(Long owner, boolean opening, String student, Standing standing) {
    }

    private final Sql sql;

    InvitationStates(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Standings> of(String startup, String opening, Collection<String> students) {
        List<Row> rows = sql.read(STANDINGS, rs -> new Row(Sql.longOrNull(rs, "owner_id"),
                Sql.longOrNull(rs, "opening") != null, rs.getString("key"),
                standing(rs.getString("invitation"), rs.getString("placement"))), opening,
                students.toArray(String[]::new), startup);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Standing> of = new HashMap<>();
        rows.stream().filter(r -> r.standing() != null).forEach(r -> of.put(r.student(), r.standing()));
        return Optional.of(new Standings(rows.get(0).owner(), rows.get(0).opening(), of));
    }

    /** What the last invitation leaves: {@code null} when the student may be invited again (or has no invitation). */
    private static Standing standing(String invitation, String placement) {
        if ("INVITED".equals(invitation) || "DECLINED".equals(invitation)
                || "ACCEPTED".equals(invitation) && !"CANCELLED".equals(placement)) {
            return Standing.valueOf(invitation);
        }
        return null;
    }
}
