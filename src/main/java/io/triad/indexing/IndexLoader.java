package io.triad.indexing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Reads entities from PostgreSQL (plain JDBC: a rebuild reads every row once) into the engine. */
@ApplicationScoped
class IndexLoader {
    private static final String PROGRAMS = """
            select p.doc::text, (select count(*) from placement a where a.program_id = p.id and a.status = 'APPROVED')
            from program p""";
    private static final String STARTUPS = "select s.id, s.doc::text from startup s";
    private static final String OPENINGS = "select o.doc::text from opening o where o.startup_id = ? order by o.key";
    private static final String STUDENTS = "select doc::text from student";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    IndexLoader(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    int loadAll(MatchEngine engine) throws SQLException {
        engine.startRebuild();
        int n = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(PROGRAMS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    engine.putProgram(read(rs.getString(1), ProgramDoc.class), rs.getLong(2));
                    n++;
                }
            }
            for (StartupDoc s : startups(c, STARTUPS, null)) {
                engine.putStartup(s);
                n++;
            }
            n += loadStudents(c, engine);
            c.commit();
        }
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
                List<String> batch = new ArrayList<>(1000);
                while (rs.next()) {
                    batch.add(rs.getString(1));
                    n++;
                    if (batch.size() == 1000) {
                        pending.add(pool.submit(indexStudents(engine, batch)));
                        batch = new ArrayList<>(1000);
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

    private Runnable indexStudents(MatchEngine engine, List<String> rows) {
        return () -> rows.forEach(row -> engine.addStudent(read(row, StudentDoc.class),
                row.getBytes(StandardCharsets.UTF_8)));
    }

    /** Applies changes named "ENTITY:key" with the entities' current state (gone: removed from the index). */
    void apply(MatchEngine engine, Collection<String> changes) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String change : changes) {
                String entity = change.substring(0, change.indexOf(':'));
                String key = change.substring(change.indexOf(':') + 1);
                switch (entity) {
                    case "PROGRAM" -> one(c, PROGRAMS + " where p.key = ?", key, ProgramDoc.class)
                            .ifPresentOrElse(p -> engine.putProgram(p.doc(), p.approved()), () -> engine.removeProgram(key));
                    case "STARTUP" -> startups(c, STARTUPS + " where s.key = ?", key).stream().findFirst()
                            .ifPresentOrElse(engine::putStartup, () -> engine.removeStartup(key));
                    case "STUDENT" -> one(c, "select doc::text, 0 from student where key = ?", key, StudentDoc.class)
                            .ifPresentOrElse(t -> engine.putStudent(t.doc()), () -> engine.removeStudent(key));
                    default -> throw new IllegalStateException("Unknown change_log entity " + entity);
                }
            }
        }
    }

    private record Row<T>(T doc, long approved) {
    }

    private <T> java.util.Optional<Row<T>> one(Connection c, String sql, String key, Class<T> type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(new Row<>(read(rs.getString(1), type), rs.getLong(2)))
                        : java.util.Optional.empty();
            }
        }
    }

    private List<StartupDoc> startups(Connection c, String sql, String key) throws SQLException {
        List<StartupDoc> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (key != null) {
                ps.setString(1, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs.getString(2), StartupDoc.class).withOpenings(openings(c, rs.getLong(1))));
                }
            }
        }
        return out;
    }

    private List<OpeningDoc> openings(Connection c, long startupId) throws SQLException {
        List<OpeningDoc> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(OPENINGS)) {
            ps.setLong(1, startupId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs.getString(1), OpeningDoc.class));
                }
            }
        }
        return out;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
