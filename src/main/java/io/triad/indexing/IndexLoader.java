package io.triad.indexing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.indexing.Change.Entity;
import io.triad.matching.MatchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads entities from PostgreSQL (plain JDBC on the follower's connection: a rebuild reads every row once) into the
 * engine. Each row's JSON is parsed once; a student's bytes go to the engine as PostgreSQL sent them (UTF-8, the
 * driver's encoding), never decoded to a String.
 */
@ApplicationScoped
class IndexLoader {
    /** With the program's approved applications: DATA.md's capacity counts them (WORKFLOW.md). */
    private static final String PROGRAMS = """
            select p.key, p.doc::text,
              (select count(*) from application a where a.program_id = p.id and a.status = 'APPROVED')
            from program p""";
    /** Each startup whole, its openings in key order put in by PostgreSQL: one query for all startups. */
    private static final String STARTUPS = """
            select s.key, (s.doc || jsonb_build_object('openings', coalesce(
              (select jsonb_agg(o.doc order by o.key) from opening o where o.startup_id = s.id), '[]'::jsonb)))::text
            from startup s""";
    private static final String STUDENTS = "select s.key, s.doc::text from student s";
    private static final int STUDENT_BATCH = 1000;

    private final ObjectMapper json;

    IndexLoader(ObjectMapper json) {
        this.json = json;
    }

    /** Replaces everything in the engine with what {@code c} reads (in one snapshot when it is a transaction). */
    int loadAll(Connection c, MatchEngine engine) throws SQLException {
        engine.startRebuild();
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(PROGRAMS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                engine.putProgram(read(rs.getString(2), ProgramDoc.class), rs.getLong(3));
                n++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(STARTUPS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                engine.putStartup(read(rs.getString(2), StartupDoc.class));
                n++;
            }
        }
        n += loadStudents(c, engine);
        engine.finishRebuild();
        return n;
    }

    /**
     * Students in batches on every core: parsing and analysis dominate a rebuild, and the IndexWriter
     * takes documents from several threads.
     */
    private int loadStudents(Connection c, MatchEngine engine) throws SQLException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> pending = new ArrayList<>();
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(STUDENTS)) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                List<byte[]> batch = new ArrayList<>(STUDENT_BATCH);
                while (rs.next()) {
                    batch.add(rs.getBytes(2));
                    n++;
                    if (batch.size() == STUDENT_BATCH) {
                        pending.add(pool.submit(indexStudents(engine, batch)));
                        batch = new ArrayList<>(STUDENT_BATCH);
                        if (pending.size() > threads * 4) {
                            pending.remove(0).get(); // keep only a few batches in memory
                        }
                    }
                }
                pending.add(pool.submit(indexStudents(engine, batch)));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing students", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Indexing students failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return n;
    }

    private Runnable indexStudents(MatchEngine engine, List<byte[]> rows) {
        return () -> rows.forEach(row -> engine.addStudent(read(row, StudentDoc.class), row));
    }

    /**
     * Applies the changes with the entities' current state (gone: removed from the index), reading each kind of
     * entity in one query.
     */
    void apply(Connection c, MatchEngine engine, Collection<Change> changes) throws SQLException {
        Map<Entity, Set<String>> keys = new EnumMap<>(Entity.class);
        changes.forEach(change -> keys.computeIfAbsent(change.entity(), e -> new LinkedHashSet<>()).add(change.key()));
        for (Map.Entry<Entity, Set<String>> entry : keys.entrySet()) {
            Set<String> missing = new HashSet<>(entry.getValue());
            switch (entry.getKey()) {
                case PROGRAM -> forEachRow(c, PROGRAMS + " where p.key = any(?)", missing, rs -> engine.putProgram(
                        read(rs.getString(2), ProgramDoc.class), rs.getLong(3)));
                case STARTUP -> forEachRow(c, STARTUPS + " where s.key = any(?)", missing, rs -> engine.putStartup(
                        read(rs.getString(2), StartupDoc.class)));
                case STUDENT -> putStudents(c, engine, missing);
            }
            for (String gone : missing) {
                switch (entry.getKey()) {
                    case PROGRAM -> engine.removeProgram(gone);
                    case STARTUP -> engine.removeStartup(gone);
                    case STUDENT -> engine.removeStudent(gone);
                }
            }
        }
    }

    /**
     * Reads the students, then parses and indexes them on every core: after a large import the follower has
     * thousands to apply, and everyone's later changes wait behind them.
     */
    private void putStudents(Connection c, MatchEngine engine, Set<String> keys) throws SQLException {
        List<byte[]> rows = new ArrayList<>();
        forEachRow(c, STUDENTS + " where s.key = any(?)", keys, rs -> rows.add(rs.getBytes(2)));
        (rows.size() < STUDENT_BATCH ? rows.stream() : rows.parallelStream())
                .forEach(row -> engine.putStudent(read(row, StudentDoc.class), row));
    }

    @FunctionalInterface
    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs {@code action} on each row whose key (column 1) is in {@code keys}, removing the keys found. */
    private static void forEachRow(Connection c, String sql, Set<String> keys, RowAction action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", keys.toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.remove(rs.getString(1));
                    action.accept(rs);
                }
            }
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(byte[] bytes, Class<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
