package io.triad.placement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Rows the concurrency tests start from, written straight into the database: hundreds of placements, pending
 * applications and open invitations in one statement each. What the tests measure, the decisions, goes through the API.
 */
final class Seeds {
    private final DataSource db;

    Seeds(DataSource db) {
        this.db = db;
    }

    /** {@code n} active placements of the opening (no student: many per opening) each with a pending application. */
    List<String> pendingApplications(String opening, String program, int n) throws SQLException {
        return ids("""
                with p as (insert into placement (opening_id, startup_id, status, start_date, weeks, hours_per_week,
                    hourly_wage, currency)
                  select o.id, o.startup_id, 'ACTIVE', (o.doc->>'startDate')::date, 10, 30, 20, 'CAD'
                  from opening o, generate_series(1, ?) where o.key = ? returning id)
                insert into application (placement_id, program_id, status, verdict, applied_at)
                select p.id, g.id, 'PENDING', '[]'::jsonb, clock_timestamp() from p, program g where g.key = ?
                returning id""", n, opening, program);
    }

    /** A new opening of the startup with {@code positions}, and an open invitation to it for each student. */
    List<String> invitations(String startup, String opening, int positions, List<String> students) throws SQLException {
        update("""
                insert into opening (startup_id, doc) select s.id, ?::jsonb from startup s where s.key = ?""",
                World.openingJson(opening, positions), startup);
        return ids("""
                insert into invitation (opening_id, student_id, status)
                select o.id, t.id, 'INVITED' from opening o, student t where o.key = ? and t.key = any(?)
                returning id""", opening, students.toArray(String[]::new));
    }

    long count(String sql, Object... params) throws SQLException {
        return Long.parseLong(ids(sql, params).get(0));
    }

    void update(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            ps.executeUpdate();
        }
    }

    /** The first column of every row, as text. */
    List<String> ids(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof String[] texts) {
                ps.setArray(i + 1, c.createArrayOf("text", texts));
            } else {
                ps.setObject(i + 1, params[i]);
            }
        }
        return ps;
    }
}
