package io.triad.placement;

import io.triad.db.Sql;
import io.triad.domain.OpeningDoc;
import io.triad.domain.WorkMode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A placement as stored: the terms copied from its opening when it was accepted, and its parties (null once erased:
 * an anonymous commitment keeps neither startup nor student).
 */
record PlacementRow(UUID id, PlacementStatus status, Long openingId, String opening, Long startupId, String startup,
        Long startupOwner, Long studentId, String student, Long studentOwner, LocalDate startDate, int weeks,
        BigDecimal hoursPerWeek, BigDecimal hourlyWage, String currency, Instant createdAt, UUID round) {

    /** The columns {@link #of} reads; add a where clause. */
    static final String SELECT = """
            select p.id, p.status, p.opening_id, o.key as opening_key, p.startup_id, s.key as startup_key,
              s.owner_id as startup_owner, p.student_id, t.key as student_key, t.owner_id as student_owner,
              p.start_date, p.weeks, p.hours_per_week, p.hourly_wage, p.currency, p.created_at, p.round_id
            from placement p left join opening o on o.id = p.opening_id left join startup s on s.id = p.startup_id
              left join student t on t.id = p.student_id
            """;

    static PlacementRow of(ResultSet rs) throws SQLException {
        return new PlacementRow(Sql.uuid(rs, "id"), PlacementStatus.valueOf(rs.getString("status")),
                Sql.longOrNull(rs, "opening_id"), rs.getString("opening_key"), Sql.longOrNull(rs, "startup_id"),
                rs.getString("startup_key"), Sql.longOrNull(rs, "startup_owner"), Sql.longOrNull(rs, "student_id"),
                rs.getString("student_key"), Sql.longOrNull(rs, "student_owner"),
                rs.getObject("start_date", LocalDate.class), rs.getInt("weeks"), rs.getBigDecimal("hours_per_week"),
                rs.getBigDecimal("hourly_wage"), rs.getString("currency"), Sql.instant(rs, "created_at"),
                Sql.uuid(rs, "round_id"));
    }

    /** Gross wages {@code W = hourlyWage * hoursPerWeek * weeks} (DATA.md), unrounded. */
    BigDecimal wages() {
        return hourlyWage.multiply(hoursPerWeek).multiply(BigDecimal.valueOf(weeks));
    }

    /** A placement has started on its start date: cancelling and withdrawing approvals stop then. */
    boolean started(LocalDate today) {
        return !today.isBefore(startDate);
    }

    /**
     * The opening as the rules and the funding amount see it for this placement: {@code live} (its current document,
     * for levels and fields; null when the opening is gone) with the copied terms.
     */
    OpeningDoc terms(OpeningDoc live) {
        OpeningDoc o = live != null ? live : new OpeningDoc(opening, "", null, List.of(), null, null, startDate,
                weeks, hoursPerWeek, hourlyWage, WorkMode.ONSITE, 1, null, currency);
        return new OpeningDoc(o.key(), o.title(), o.description(), o.skills(), o.levels(), o.fields(), startDate,
                weeks, hoursPerWeek, hourlyWage, o.workMode(), o.positions(), o.language(), currency);
    }
}
