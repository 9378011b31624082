package io.triad.placement;

import io.triad.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An invitation as stored, with its opening, startup and student (keys and owners) and the placement it led to. */
record InvitationRow(UUID id, InvitationStatus stored, String message, Instant createdAt, long openingId, String opening,
        LocalDate startDate, long startupId, String startup, Long startupOwner, long studentId, String student,
        Long studentOwner, UUID placement) {

    /** The columns {@link #of} reads; add a where clause. */
    static final String SELECT = """
            select i.id, i.status, i.message, i.created_at, i.opening_id, o.key as opening_key,
              (o.doc->>'startDate')::date as start_date, s.id as startup_id, s.key as startup_key,
              s.owner_id as startup_owner, t.id as student_id, t.key as student_key, t.owner_id as student_owner,
              (select p.id from placement p where p.invitation_id = i.id order by p.created_at desc, p.id limit 1)
                as placement_id
            from invitation i join opening o on o.id = i.opening_id join startup s on s.id = o.startup_id
              join student t on t.id = i.student_id
            """;

    /** The status as WORKFLOW.md reads it: an invitation still open once today is after the start date is expired. */
    static final String STATUS_SQL =
            "(case when i.status = 'INVITED' and (o.doc->>'startDate')::date < ? then 'EXPIRED' else i.status end)";

    static InvitationRow of(ResultSet rs) throws SQLException {
        return new InvitationRow(Sql.uuid(rs, "id"), InvitationStatus.valueOf(rs.getString("status")),
                rs.getString("message"), Sql.instant(rs, "created_at"), rs.getLong("opening_id"),
                rs.getString("opening_key"), rs.getObject("start_date", LocalDate.class), rs.getLong("startup_id"),
                rs.getString("startup_key"), Sql.longOrNull(rs, "startup_owner"), rs.getLong("student_id"),
                rs.getString("student_key"), Sql.longOrNull(rs, "student_owner"), Sql.uuid(rs, "placement_id"));
    }

    InvitationStatus status(LocalDate today) {
        return stored == InvitationStatus.INVITED && today.isAfter(startDate) ? InvitationStatus.EXPIRED : stored;
    }
}
