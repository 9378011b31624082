package io.triad.bench;

import io.triad.bench.EnginePaths.OpeningPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline's answers to the other paths, written the way a plain SQL implementation would: the funded filter
 * and the money orders aggregate {@link BaselineSql#PROGRAMS} over every fitting student and sort on the result; a
 * program's matches join its eligible openings with their fitting, eligible students; a student's matches rank the
 * fitting openings by text; the program search is PostgreSQL's full-text search.
 */
final class BaselinePaths {
    /** PROGRAMS over the students of a {@code fit} CTE instead of a key list, unordered. */
    private static final String PAID = replace(replace(replace(BaselineSql.PROGRAMS,
            "from (select ?::text[] as keys, ?::text as opening, ?::date as as_of) a\ncross join students t",
            "from (select ?::text as opening, ?::date as as_of) a\ncross join fit f join students t on t.key = f.key"),
            "where t.key = any(a.keys) and o.key", "where o.key"),
            "\norder by t.key, amount desc nulls last, p.key", "");

    private static final String OPENING_FITS = " and (o.levels is null or t.level = any(o.levels))"
            + " and (o.fields is null or t.field = any(o.fields)) and t.available_from <= o.start_date"
            + " and (t.available_until is null or t.available_until >= o.start_date + 7 * o.weeks - 1)"
            + " and (cardinality(t.work_modes) = 0 or o.work_mode = any(t.work_modes))";

    /** A program's placements: PROGRAMS for one program over every opening and student, ranked by text. */
    private static final String PROGRAM_MATCHES = replace(replace(replace(replace(BaselineSql.PROGRAMS,
            "select t.key, p.key,", "select o.key, t.key, ts_rank(t.tsv, oq.q) as r, count(*) over (), "),
            "from (select ?::text[] as keys, ?::text as opening, ?::date as as_of) a\ncross join students t\n"
                    + "cross join openings o",
            "from (select ?::text as program, ?::date as as_of) a\ncross join openings o\n"
                    + "cross join lateral (select to_tsquery('simple', coalesce(string_agg(quote_literal(w), ' | '), "
                    + "'')) as q from unnest(tsvector_to_array(to_tsvector('english', immutable_join(o.skills) "
                    + "|| ' ' || o.title))) w) oq\ncross join students t"),
            "where t.key = any(a.keys) and o.key = a.opening and p.status",
            "where p.key = a.program and o.start_date >= a.as_of" + OPENING_FITS + " and p.status"),
            "\norder by t.key, amount desc nulls last, p.key", "\norder by r desc, o.key, t.key limit ?");

    private BaselinePaths() {
    }

    private static String replace(String in, String from, String to) {
        if (!in.contains(from)) {
            throw new IllegalStateException("baseline SQL changed: no " + from);
        }
        return in.replace(from, to);
    }

    /** The answer for an opening path, as the engine's {@link EnginePaths.Summary}: total, and the page's money. */
    static EnginePaths.Summary opening(PostgresBaseline pg, OpeningPath path, String openingKey, LocalDate asOf,
            int limit) throws SQLException {
        BaselineSql.Opening o = pg.opening(openingKey);
        Connection c = pg.connection();
        String rank = o.query() == null ? "0::real" : "ts_rank(t.tsv, q)";
        String money = switch (path) {
            case FUNDED -> "null::numeric";
            case AMOUNT -> "m.largest";
            case TOTAL -> "round(least(m.stacked, (select wage * hours * weeks from openings where key = ?)), 2)";
        };
        String sql = "with fit as materialized (select t.key, " + rank + " as r from students t"
                + (o.query() == null ? "" : ", cast(? as tsquery) q") + " where" + BaselineSql.fitWhere(o) + "),\n"
                + "paid(key, program, amount) as (" + PAID + "),\n"
                + "m as (select key, max(amount) as largest, sum(amount) as stacked from paid group by key)\n"
                + "select f.key, " + money + " as money, count(*) over () from fit f "
                + (path == OpeningPath.FUNDED ? "join" : "left join") + " m on m.key = f.key\n"
                + "order by money desc nulls last, f.r desc, f.key limit ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (o.query() != null) {
                ps.setString(i++, o.query());
            }
            i = BaselineSql.bindFit(ps, o, i, c);
            ps.setString(i++, openingKey);
            ps.setObject(i++, asOf);
            if (path == OpeningPath.TOTAL) {
                ps.setString(i++, openingKey);
            }
            ps.setInt(i, limit);
            long total = 0;
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong(3);
                    java.math.BigDecimal v = rs.getBigDecimal(2);
                    values.add(v == null ? "null" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
                }
            }
            return new EnginePaths.Summary(total, path == OpeningPath.FUNDED ? List.of() : values);
        }
    }

    /** A program's matches (total), or -1 when the statement ran past {@code timeoutMs}. */
    static long programMatches(PostgresBaseline pg, String programKey, LocalDate asOf, int limit, long timeoutMs)
            throws SQLException {
        Connection c = pg.connection();
        try (Statement s = c.createStatement()) {
            s.execute("set statement_timeout = " + timeoutMs);
        }
        try (PreparedStatement ps = c.prepareStatement(PROGRAM_MATCHES)) {
            ps.setString(1, programKey);
            ps.setObject(2, asOf);
            ps.setInt(3, limit);
            long total = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong(4);
                }
            }
            return total;
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState())) {
                return -1;
            }
            throw e;
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("set statement_timeout = 0");
            }
        }
    }

    /** A student's fitting openings not yet started, best text match first: the total. */
    static long studentMatches(PostgresBaseline pg, String studentKey, LocalDate asOf, int limit) throws SQLException {
        String sql = "select o.key, ts_rank(o.tsv, sq.q) as r, count(*) over () from students t\n"
                + "cross join lateral (select to_tsquery('simple', coalesce(string_agg(quote_literal(w), ' | '), "
                + "'')) as q from unnest(tsvector_to_array(t.tsv)) w) sq\n"
                + "join openings o on o.start_date >= ?" + OPENING_FITS + "\n"
                + "where t.key = ? order by r desc, o.key limit ?";
        try (PreparedStatement ps = pg.connection().prepareStatement(sql)) {
            ps.setObject(1, asOf);
            ps.setString(2, studentKey);
            ps.setInt(3, limit);
            long total = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong(3);
                }
            }
            return total;
        }
    }

    /** Adds what the student and program-search paths need: a text vector on openings, and the programs' text. */
    static void addSearchTables(PostgresBaseline pg, List<io.triad.domain.ProgramDoc> programs) throws SQLException {
        Connection c = pg.connection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table openings add column tsv tsvector generated always as "
                    + "(to_tsvector('english', immutable_join(skills) || ' ' || title)) stored");
            s.execute("create index openings_tsv on openings using gin (tsv)");
            s.execute("create index openings_start on openings (start_date)");
            s.execute("create table program_texts (key text collate \"C\" primary key, body text not null, "
                    + "tsv tsvector generated always as (to_tsvector('english', body)) stored)");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into program_texts (key, body) values (?, ?)")) {
            for (io.triad.domain.ProgramDoc p : programs) {
                ps.setString(1, p.key());
                ps.setString(2, String.join("\n", p.name(), p.agency(), p.summary(), p.kind().name()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("create index program_texts_tsv on program_texts using gin (tsv)");
            s.execute("analyze");
        }
    }

    /** The program search: keys by rank, ties by key, at most 50. */
    static List<String> searchPrograms(PostgresBaseline pg, String text) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = pg.connection().prepareStatement("select key from program_texts, "
                + "websearch_to_tsquery('english', ?) q where tsv @@ q order by ts_rank(tsv, q) desc, key limit 50")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }
    /** The other opening paths on the first {@code bench.baselineSample} openings, with their agreement. */
    static Map<String, Object> measureOpeningPaths(PostgresBaseline pg, List<String> keys, List<String> warmup,
            Map<EnginePaths.OpeningPath, Map<String, Object>> pathAnswers) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (EnginePaths.OpeningPath path : EnginePaths.OpeningPath.values()) {
            Map<String, Object> answers = new LinkedHashMap<>();
            Timing.Measured m = Timing.time(warmup, keys,
                    key -> opening(pg, path, key, MatchBenchmark.AS_OF, EnginePaths.LIMIT), answers);
            int mismatches = 0;
            List<String> examples = new ArrayList<>();
            for (var a : answers.entrySet()) {
                Object engine = pathAnswers.get(path).get(a.getKey());
                if (!a.getValue().equals(engine)) {
                    mismatches++;
                    if (examples.size() < 3) {
                        examples.add(a.getKey() + ": engine " + engine + " baseline " + a.getValue());
                    }
                }
            }
            Map<String, Object> r = new LinkedHashMap<>(m.asMap());
            r.put("agreement", BenchReport.map("openings", answers.size(), "mismatches", mismatches, "examples", examples));
            MatchBenchmark.log("baseline %s: %s", path.label, r);
            out.put(path.label, r);
        }
        return out;
    }

    /** A program's matches in plain SQL, on three programs, each given 20 s. */
    static Map<String, Object> measureProgramMatches(PostgresBaseline pg, Map<String, Object> programAnswers)
            throws Exception {
        List<String> keys = new ArrayList<>(programAnswers.keySet()).subList(0, Math.min(3, programAnswers.size()));
        List<Long> ms = new ArrayList<>();
        List<String> agreement = new ArrayList<>();
        for (String key : keys) {
            long t = System.nanoTime();
            long total = programMatches(pg, key, MatchBenchmark.AS_OF, EnginePaths.LIMIT, 20_000);
            ms.add((System.nanoTime() - t) / 1_000_000);
            agreement.add(key + ": engine " + programAnswers.get(key) + " baseline "
                    + (total < 0 ? "timed out" : total));
        }
        Map<String, Object> r = BenchReport.map("programs", keys.size(), "latencyMs", ms, "timeoutMs", 20_000,
                "totals", agreement);
        MatchBenchmark.log("baseline programs/{key}/matches: %s", r);
        return r;
    }
}
