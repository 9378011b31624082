package io.triad.placement;

import io.triad.db.Sql;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * An application as stored, with its program's key and owner, its placement's currency (its amount's) and, while
 * waitlisted, its position among the program's waitlisted applications (by appliedAt, ties by id).
 */
record ApplicationRow(UUID id, UUID placementId, long programId, String program, Long programOwner,
        ApplicationStatus status, Instant appliedAt, BigDecimal amount, String currency, String reason,
        String verdict, Long waitlistPosition) {

    /** The columns {@link #of} reads; add a where clause. */
    static final String SELECT = """
            select a.id, a.placement_id, a.program_id, g.key as program_key, g.owner_id as program_owner, a.status,
              a.applied_at, a.amount, p.currency, a.reason, a.verdict::text as verdict,
              case when a.status = 'WAITLISTED' then (select count(*) from application w
                where w.program_id = a.program_id and w.status = 'WAITLISTED'
                  and (w.applied_at, w.id) <= (a.applied_at, a.id)) end as position
            from application a join program g on g.id = a.program_id join placement p on p.id = a.placement_id
            """;

    static ApplicationRow of(ResultSet rs) throws SQLException {
        return new ApplicationRow(Sql.uuid(rs, "id"), Sql.uuid(rs, "placement_id"), rs.getLong("program_id"),
                rs.getString("program_key"), Sql.longOrNull(rs, "program_owner"),
                ApplicationStatus.valueOf(rs.getString("status")), Sql.instant(rs, "applied_at"),
                rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("reason"), rs.getString("verdict"),
                Sql.longOrNull(rs, "position"));
    }
}
