package io.triad.placement;

import io.triad.db.Sql;
import io.triad.startup.InvitationStandings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Standings from the invitations: never a second live invitation, never one after a decline (WORKFLOW.md). */
@ApplicationScoped
class InvitationStates implements InvitationStandings {

    private final Sql sql;

    InvitationStates(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, Standing> of(String opening, Collection<String> students) {
        Map<String, Standing> out = new HashMap<>();
        if (students.isEmpty()) {
            return out;
        }
        sql.read("""
                select distinct on (t.key) t.key, i.status, p.status from invitation i
                join opening o on o.id = i.opening_id join student t on t.id = i.student_id
                left join placement p on p.invitation_id = i.id
                where o.key = ? and t.key = any(?) order by t.key, i.created_at desc, i.id""", rs -> {
                    String status = rs.getString(2);
                    boolean cancelled = "CANCELLED".equals(rs.getString(3));
                    if (status.equals("INVITED") || status.equals("DECLINED")
                            || status.equals("ACCEPTED") && !cancelled) {
                        out.put(rs.getString(1), Standing.valueOf(status));
                    }
                    return null;
                }, opening, students.toArray(String[]::new));
        return out;
    }
}
