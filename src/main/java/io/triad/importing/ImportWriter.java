package io.triad.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.account.Account;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.importing.CheckedUpsert.Row;
import io.triad.importing.CheckedUpsert.Seen;
import io.triad.importing.ImportService.Counts;
import io.triad.indexing.Change;
import io.triad.indexing.ChangeLog;
import io.triad.program.ProgramEntity;
import io.triad.startup.StartupEntity;
import io.triad.student.StudentEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The short end of an import: rows prepared beforehand (documents serialized, owners resolved, nothing read) are
 * written in one transaction from array parameters, with their change_log rows (the document has no duplicate keys:
 * validation rejects them); programs, startups and students only where they are still as the owner checks saw them
 * ({@link CheckedUpsert}), so no concurrent write can make those checks stale. While it runs the index follower
 * waits (it cannot pass a running transaction), so it holds nothing but writes: a large import no longer keeps
 * everyone's edits out of the matches while it validates and resolves.
 */
@ApplicationScoped
class ImportWriter {
    private static final int WRITE_TIMEOUT_SECONDS = 600;
    // Every statement takes whole columns as arrays: a few round trips per table, however large the import.
    /** Openings the document leaves out of its startup go (their placements with them, as on a page). */
    private static final String LEFT_OUT_OPENINGS = """
            delete from opening o using startup s
            where o.startup_id = s.id and s.key = any(?::text[])
              and not exists (select 1 from unnest(?::text[], ?::text[]) as k(startup_key, opening_key)
                              where k.startup_key = s.key and k.opening_key = o.key)""";
    /** Never moves another startup's opening: that row is not written, and the import fails. */
    private static final String OPENINGS = """
            insert into opening (startup_id, doc)
            select s.id, r.doc::jsonb
            from unnest(?::text[], ?::text[]) as r(startup_key, doc) join startup s on s.key = r.startup_key
            on conflict (key) do update set doc = excluded.doc where opening.startup_id = excluded.startup_id
            returning key""";

    record ProgramRow(String key, Long owner, String doc, Seen seen) implements Row {
    }

    record OpeningRow(String key, String doc) {
    }

    record StartupRow(String key, Long owner, String doc, Seen seen, List<OpeningRow> openings)
            implements Row {
    }

    record StudentRow(String key, Long owner, String doc, Seen seen) implements Row {
    }

    /** An import ready to write: documents as stored (owner left out, openings apart), owners as account ids. */
    record Plan(List<ProgramRow> programs, List<StartupRow> startups, List<StudentRow> students) {
        Counts counts() {
            return new Counts(programs.size(), startups.size(),
                    startups.stream().mapToInt(s -> s.openings().size()).sum(), students.size());
        }
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final ChangeLog changes;
    private final Event<ImportWritten> written;

    ImportWriter(EntityManager em, ObjectMapper json, ChangeLog changes, Event<ImportWritten> written) {
        this.em = em;
        this.json = json;
        this.changes = changes;
        this.written = written;
    }

    /**
     * Serializes the documents as the entities store them; {@code owners} and {@code seen} (absent: not there) by
     * "p:", "s:" or "t:" and key.
     */
    Plan plan(List<ProgramDoc> programs, List<StartupDoc> startups, List<StudentDoc> students,
            Map<String, Account> owners, Map<String, Seen> seen) {
        return new Plan(
                programs.stream().map(p -> new ProgramRow(p.key(), id(owners.get("p:" + p.key())),
                        text(ProgramEntity.stored(p)), seen.getOrDefault("p:" + p.key(), Seen.ABSENT))).toList(),
                startups.stream().map(s -> new StartupRow(s.key(), id(owners.get("s:" + s.key())),
                        text(StartupEntity.stored(s)), seen.getOrDefault("s:" + s.key(), Seen.ABSENT),
                        s.openings().stream().map(o -> new OpeningRow(o.key(), text(o))).toList())).toList(),
                students.stream().map(t -> new StudentRow(t.key(), id(owners.get("t:" + t.key())),
                        text(StudentEntity.stored(t)), seen.getOrDefault("t:" + t.key(), Seen.ABSENT))).toList());
    }

    /**
     * Writes the plan in the caller's transaction (a start-up file's, with its applied_import row), or in one of its
     * own with a long timeout; all of it or nothing. A timeout can only be set where a transaction begins, hence the
     * programmatic form rather than an annotation that would refuse to join.
     */
    Counts write(Plan plan) {
        return QuarkusTransaction.joiningExisting().timeout(WRITE_TIMEOUT_SECONDS).call(() -> writeRows(plan));
    }

    private Counts writeRows(Plan plan) {
        em.unwrap(Session.class).doWork(c -> {
            programs(c, plan.programs());
            startups(c, plan.startups());
            students(c, plan.students());
        });
        written.fire(written(plan));
        List<Change> changed = new ArrayList<>();
        plan.programs().forEach(p -> changed.add(Change.program(p.key())));
        plan.startups().forEach(s -> changed.add(Change.startup(s.key())));
        plan.students().forEach(t -> changed.add(Change.student(t.key())));
        changes.changed(changed);
        return plan.counts();
    }

    /** Where each program, startup and opening of the plan is in the document, for the features' violations. */
    private static ImportWritten written(Plan plan) {
        Map<String, String> programs = new java.util.LinkedHashMap<>();
        Map<String, String> startups = new java.util.LinkedHashMap<>();
        Map<String, String> openings = new java.util.LinkedHashMap<>();
        for (int i = 0; i < plan.programs().size(); i++) {
            programs.put(plan.programs().get(i).key(), "programs[" + i + "]");
        }
        for (int i = 0; i < plan.startups().size(); i++) {
            StartupRow s = plan.startups().get(i);
            startups.put(s.key(), "startups[" + i + "]");
            for (int j = 0; j < s.openings().size(); j++) {
                openings.put(s.openings().get(j).key(), "startups[" + i + "].openings[" + j + "]");
            }
        }
        return new ImportWritten(programs, startups, openings);
    }

    private static void programs(Connection c, List<ProgramRow> rows) throws SQLException {
        CheckedUpsert.write(c, "program", rows);
    }

    private static void startups(Connection c, List<StartupRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        CheckedUpsert.write(c, "startup", rows);
        List<String[]> openings = new ArrayList<>(); // startup key, opening key, doc, path
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < rows.get(i).openings().size(); j++) {
                OpeningRow o = rows.get(i).openings().get(j);
                openings.add(new String[] {rows.get(i).key(), o.key(), o.doc(),
                        "startups[" + i + "].openings[" + j + "].key"});
            }
        }
        execute(c, LEFT_OUT_OPENINGS, texts(c, rows, StartupRow::key), texts(c, openings, o -> o[0]),
                texts(c, openings, o -> o[1]));
        Set<String> written = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(OPENINGS)) {
            ps.setArray(1, texts(c, openings, o -> o[0]));
            ps.setArray(2, texts(c, openings, o -> o[2]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    written.add(rs.getString(1));
                }
            }
        }
        for (String[] o : openings) {
            if (!written.contains(o[1])) {
                throw InvalidInput.of(o[3], ViolationCode.FOREIGN_OPENING, o[1]);
            }
        }
    }

    private static void students(Connection c, List<StudentRow> rows) throws SQLException {
        CheckedUpsert.write(c, "student", rows);
    }

    static void execute(Connection c, String sql, Array... columns) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < columns.length; i++) {
                ps.setArray(i + 1, columns[i]);
            }
            ps.executeUpdate();
        }
    }

    static <T> Array texts(Connection c, List<T> rows, Function<T, String> column) throws SQLException {
        return c.createArrayOf("text", rows.stream().map(column).toArray(String[]::new));
    }

    static <T> Array owners(Connection c, List<T> rows, Function<T, Long> column) throws SQLException {
        return c.createArrayOf("int8", rows.stream().map(column).toArray(Long[]::new));
    }

    private static Long id(Account owner) {
        return owner == null ? null : owner.id;
    }

    private String text(Object doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
