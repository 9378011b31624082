package io.triad.bench;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the same data in a fresh embedded PostgreSQL 17 with typed columns, a GIN-indexed tsvector and b-tree
 * indexes for the opening-fit filters, queried the way a plain SQL implementation would answer "the best 20 students
 * for this opening, with the programs that fund each". The server is tuned for the comparison (data in memory, no
 * JIT, no fsync), which only helps the baseline.
 */
final class PostgresBaseline implements AutoCloseable {
    /** Load timings in milliseconds. */
    record Load(long copyMs, long indexMs, long analyzeMs, long tableBytes, long indexBytes) {
        long totalMs() {
            return copyMs + indexMs + analyzeMs;
        }
    }

    /** One answer: the top students and, per student, its eligible programs as "program=amount", largest first. */
    record Answer(List<String> students, Map<String, List<String>> programs) {
    }

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Connection c;
    private final BaselineSql sql = new BaselineSql();

    PostgresBaseline(Path dataDir) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        this.dataDir = dataDir;
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "3GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "2GB")
                .setServerConfig("max_parallel_maintenance_workers", "2")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("jit", "off")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setPGStartupWait(java.time.Duration.ofMinutes(2))
                .start();
        c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
        try (Statement s = c.createStatement()) {
            s.execute("set plan_cache_mode = force_custom_plan");
        }
    }

    /** Writes COPY text files for all four tables (not timed: this is the data, not the load). */
    static Map<String, Path> writeCopyFiles(Path dir, List<ProgramDoc> programs, Map<String, Long> approved,
            List<StartupDoc> startups, Path studentsJson) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("programs", write(dir.resolve("programs.copy"), w -> {
            for (ProgramDoc p : programs) {
                w.write(CopyRows.program(p, approved.get(p.key())));
            }
        }));
        files.put("startups", write(dir.resolve("startups.copy"), w -> {
            for (StartupDoc s : startups) {
                w.write(CopyRows.startup(s));
            }
        }));
        files.put("openings", write(dir.resolve("openings.copy"), w -> {
            for (StartupDoc s : startups) {
                for (OpeningDoc o : s.openings()) {
                    w.write(CopyRows.opening(s, o));
                }
            }
        }));
        files.put("students", write(dir.resolve("students.copy"), w -> BenchData.forEachStudent(studentsJson, t -> {
            try {
                w.write(CopyRows.student(t));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })));
        return files;
    }

    private interface Rows {
        void write(BufferedWriter w) throws IOException;
    }

    private static Path write(Path file, Rows rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            rows.write(w);
        }
        return file;
    }

    /** Creates the tables, COPYs the files in, then builds the indexes and statistics: the baseline's reindex. */
    Load load(Map<String, Path> files) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : BaselineSql.SCHEMA) {
                s.execute(ddl);
            }
            long t0 = System.nanoTime();
            for (var e : files.entrySet()) {
                s.execute("copy " + e.getKey() + " (" + BaselineSql.COLUMNS.get(e.getKey()) + ") from '"
                        + e.getValue().toAbsolutePath() + "'");
            }
            long t1 = System.nanoTime();
            for (String ddl : BaselineSql.INDEXES) {
                s.execute(ddl);
            }
            long t2 = System.nanoTime();
            s.execute("analyze");
            long t3 = System.nanoTime();
            long table = 0;
            long index = 0;
            try (ResultSet rs = s.executeQuery("select coalesce(sum(pg_table_size(c.oid)), 0), "
                    + "coalesce(sum(pg_indexes_size(c.oid)), 0) from pg_class c where c.relname in "
                    + "('students', 'programs', 'startups', 'openings')")) {
                rs.next();
                table = rs.getLong(1);
                index = rs.getLong(2);
            }
            return new Load(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), table, index);
        }
    }

    /** The best 20 fitting students whose text matches the opening's (GIN), then their eligible programs. */
    Answer forOpening(String openingKey, java.time.LocalDate asOf, int limit, boolean requireText) throws SQLException {
        BaselineSql.Opening o = opening(openingKey);
        List<String> top = new ArrayList<>(limit);
        try (PreparedStatement ps = c.prepareStatement(sql.rank(o, requireText))) {
            sql.bindRank(ps, o, limit, c);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    top.add(rs.getString(1));
                }
            }
        }
        return new Answer(top, programs(openingKey, asOf, top));
    }

    /** The plan of the ranking query for one opening, with timings and buffers: shows which indexes it uses. */
    String explainRank(String openingKey, int limit) throws SQLException {
        BaselineSql.Opening o = opening(openingKey);
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + sql.rank(o, true))) {
            sql.bindRank(ps, o, limit, c);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    /** The number of students passing the opening-fit rules (verification against the engine's total). */
    long fitCount(String openingKey) throws SQLException {
        BaselineSql.Opening o = opening(openingKey);
        try (PreparedStatement ps = c.prepareStatement(sql.count(o))) {
            sql.bindCount(ps, o, c);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The eligible placement programs with amounts, for the given students of an opening, largest first. */
    Map<String, List<String>> programs(String openingKey, java.time.LocalDate asOf, List<String> students)
            throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        students.forEach(k -> out.put(k, new ArrayList<>()));
        if (students.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(BaselineSql.PROGRAMS)) {
            Array keys = c.createArrayOf("text", students.toArray());
            ps.setArray(1, keys);
            ps.setString(2, openingKey);
            ps.setObject(3, asOf);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.math.BigDecimal amount = rs.getBigDecimal(3);
                    out.get(rs.getString(1)).add(rs.getString(2) + "=" + (amount == null ? "null" : amount.toPlainString()));
                }
            }
        }
        return out;
    }

    Connection connection() {
        return c;
    }

    BaselineSql.Opening opening(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BaselineSql.OPENING)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no opening " + key);
                }
                return BaselineSql.Opening.read(rs);
            }
        }
    }

    /**
     * CPU time (user + system) of the server's processes so far, in nanoseconds: the postmaster's children, which
     * include this connection's backend and any parallel workers. Wall time on a shared machine measures the queue
     * for the CPU as much as the work; this does not. -1 where /proc is missing.
     */
    long serverCpuNanos() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        if (Long.parseLong(f[1]) == postmaster) {
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException e) {
            return -1;
        }
    }

    static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        try {
            c.close();
        } catch (SQLException e) {
            // closing anyway
        }
        postgres.close();
    }
}
