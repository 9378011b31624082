package io.triad.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.it.EditWriters.Kind;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Data safety (ASVS 5.0 V14.2.7, V16.5.2): Triad with its embedded PostgreSQL is killed with SIGKILL during a large
 * import and during concurrent edits, restarted on the same directory, and must hold every acknowledged write, no
 * half import, and an index equal to the database. Trials vary the kill: the JVM alone (its watchdog then stops the
 * database), the JVM with every process it started (the database lives on: the next start must stop it), and
 * everything including the database (a stale postmaster.pid and WAL replay). {@code -Dcrash.trials=N} (default 3)
 * trials per scenario.
 */
class CrashRecoveryIT {
    private static final int TRIALS = Integer.getInteger("crash.trials", 3);
    private static final int STUDENTS = 4000;
    /** An import's rows: its students, program, startup and opening. */
    private static final int IMPORT_ROWS = STUDENTS + 3;

    enum Crash { JVM_ONLY, PROCESS_TREE, WITH_DATABASE }

    /** When an import is killed, as seen in the database: its student rows being written, its outbox rows, its commit. */
    enum Moment {
        WRITING_STUDENTS("select count(*) from pg_stat_activity where backend_xid is not null and state = 'active'"
                + " and query ilike 'insert into student%unnest%'"),
        WRITING_CHANGE_LOG("select count(*) from pg_stat_activity where backend_xid is not null and state = 'active'"
                + " and query ilike '%insert into change_log%'"),
        COMMITTED("select count(*) from student where key = ?");

        final String sql;

        Moment(String sql) {
            this.sql = sql;
        }
    }

    private TestDatabase db;
    private TriadProcess triad;

    @AfterEach
    void noProcessOutlivesTheTest() {
        if (triad != null && triad.isAlive()) {
            triad.kill();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aLargeImportKilledMidwayIsWhollyThereOrNotAtAllAndAcknowledgedOnesStay() throws Exception {
        db = TestDatabase.embeddedIn("crash-import");
        triad = TriadProcess.start("crash-import", db, Map.of());
        List<String> present = new ArrayList<>();
        for (int t = 0; t < TRIALS; t++) {
            String prefix = "imp" + t;
            Moment moment = Moment.values()[t % 3];
            Crash crash = Crash.values()[(2 - t % 3 + t / 3) % 3];
            CompletableFuture<HttpResponse<String>> answer = TriadClient.operator(triad)
                    .postAsync("/api/import", CrashDocs.largeImport(prefix, STUDENTS));
            boolean answeredFirst = awaitMoment(moment, prefix, answer);
            crash(crash);
            boolean acknowledged = answer.isDone() && !answer.isCompletedExceptionally()
                    && answer.get().statusCode() == 200;
            triad = triad.restart();

            int rows = importedRows(prefix);
            System.out.printf("import trial %d: kill %s at %s (%s), acknowledged %s, %d of %d rows after the restart%n",
                    t, crash, moment, answeredFirst ? "answered first" : "in progress", acknowledged, rows, IMPORT_ROWS);
            assertThat(rows).as("all or nothing of import %s", prefix).isIn(0, IMPORT_ROWS);
            if (acknowledged || moment == Moment.COMMITTED) {
                assertThat(rows).as("import %s was acknowledged or committed", prefix).isEqualTo(IMPORT_ROWS);
            } else {
                assertThat(rows).as("import %s was killed before its commit", prefix).isZero();
            }
            if (rows > 0) {
                present.add(prefix);
            }
            int students = studentsStored();
            for (String earlier : present) {
                assertThat(importedRows(earlier)).as("import %s, present before", earlier).isEqualTo(IMPORT_ROWS);
                // every student stored fits every opening here: the index must count them all
                assertThat(matchTotal(earlier + "-op")).as("students the index holds").isEqualTo(students);
            }
            if (rows == 0) {
                assertThat(TriadClient.operator(triad).get("/api/openings/" + prefix + "-op/matches").statusCode())
                        .as("nothing of import %s in the index", prefix).isEqualTo(404);
            }
            assertWritesReachTheIndex("later-" + prefix);
        }
        stopCleanly();
    }

    @Test
    void concurrentEditsAcknowledgedBeforeAKillSurviveItWithTheirContent() throws Exception {
        db = TestDatabase.embeddedIn("crash-edits");
        triad = TriadProcess.start("crash-edits", db, Map.of());
        assertThat(TriadClient.operator(triad).put("/api/startups/edits-base",
                CrashDocs.startup("edits-base", "edits-op", "Base")).statusCode()).isEqualTo(201);
        EditWriters writers = new EditWriters("edit", 2, 3);
        int acknowledged = 0;
        for (int t = 0; t < TRIALS; t++) {
            Crash crash = Crash.values()[(t + 1) % 3];
            EditWriters.Round round = writers.start(TriadClient.operator(triad));
            int killAt = 30 + 25 * t;
            await("writes acknowledged before the kill").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5))
                    .until(() -> round.acks() >= killAt);
            crash(crash);
            round.stop();
            acknowledged += round.acks();
            triad = triad.restart();

            try (Connection c = db.connect()) {
                List<String> lost = writers.lost(c);
                System.out.printf("edit trial %d: kill %s after %d acknowledged writes (%d in all, %d keys), lost %d%n",
                        t, crash, round.acks(), acknowledged, writers.acknowledgedKeys(), lost.size());
                assertThat(lost).as("acknowledged writes missing after the restart").isEmpty();
                assertThat(writers.unexpectedAnswers()).as("answers other than 2xx").isEmpty();
                assertIndexEqualsDatabase(writers, c);
            }
            assertWritesReachTheIndex("later-edits-" + t);
        }
        stopCleanly();
    }

    /** Waits until the import is visibly at {@code moment} (or answered first); true when it was answered first. */
    private boolean awaitMoment(Moment moment, String prefix,
            CompletableFuture<HttpResponse<String>> answer) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(moment.sql)) {
            if (moment == Moment.COMMITTED) {
                ps.setString(1, prefix + "-s" + (STUDENTS - 1));
            }
            await("import " + prefix + " at " + moment).atMost(Duration.ofMinutes(5)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(2)).until(() -> answer.isDone() || count(ps) > 0);
            return answer.isDone() && count(ps) == 0;
        }
    }

    private void crash(Crash crash) {
        switch (crash) {
            case JVM_ONLY -> {
                triad.killJvmOnly();
                await("the watchdog stops the database of the killed JVM").atMost(Duration.ofSeconds(60))
                        .until(() -> db.embeddedServer().isEmpty());
            }
            case PROCESS_TREE -> {
                triad.kill();
                assertThat(db.embeddedServer()).as("the database outlives the killed processes").isPresent();
            }
            case WITH_DATABASE -> {
                triad.kill();
                db.killEmbeddedServer();
                assertThat(db.directory().resolve("postmaster.pid")).as("the stale pid file").exists();
            }
        }
    }

    /** Students in the opening's matches (read from the index) are exactly those stored in a fitting version. */
    private void assertIndexEqualsDatabase(EditWriters writers, Connection c) throws Exception {
        Set<String> fitting = new TreeSet<>();
        writers.stored(c, Kind.STUDENT).forEach((key, version) -> {
            if (version % 2 == 1) {
                fitting.add(key);
            }
        });
        JsonNode matches = TriadClient.operator(triad).read("/api/openings/edits-op/matches?limit=1000&asOf=" + CrashDocs.AS_OF);
        Set<String> matched = new TreeSet<>();
        matches.get("items").forEach(item -> matched.add(item.get("student").asText()));
        matched.removeIf(key -> !key.startsWith("edit-student-"));
        assertThat(matched).as("students matched (index) against students stored (database)").isEqualTo(fitting);
        for (Map.Entry<String, Integer> program : writers.stored(c, Kind.PROGRAM).entrySet()) {
            JsonNode found = TriadClient.operator(triad).read("/api/programs?size=1000&q=rev" + program.getValue());
            assertThat(StreamSupport.stream(found.get("items").spliterator(), false).map(p -> p.get("key").asText()))
                    .as("program %s found by its stored version in the index", program.getKey()).contains(program.getKey());
        }
    }

    /**
     * After the restart the follower applies new writes: a student reaches the matches of a new opening for masters
     * (the only master here, so no tie with thousands of others keeps it out of the first page).
     */
    private void assertWritesReachTheIndex(String name) throws Exception {
        TriadClient operator = TriadClient.operator(triad);
        String startup = name, opening = name + "-op", student = name + "-student";
        assertThat(operator.put("/api/startups/" + startup, CrashDocs.startup(startup, opening, "Later")
                .replace("\"skills\"", "\"levels\": [\"MASTER\"], \"skills\"")).statusCode()).isEqualTo(201);
        assertThat(operator.put("/api/students/" + student, CrashDocs.student(student, "Later", CrashDocs.FITS)
                .replace("COLLEGE", "MASTER")).statusCode()).isEqualTo(201);
        await("a write after the restart reaches the index").atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode items = operator.read("/api/openings/" + opening + "/matches?limit=1000&asOf=" + CrashDocs.AS_OF).get("items");
            return StreamSupport.stream(items.spliterator(), false).anyMatch(i -> i.get("student").asText().equals(student));
        });
    }

    /** An orderly stop leaves no server and no pid file behind. */
    private void stopCleanly() {
        triad.stop();
        assertThat(db.embeddedServer()).as("the database stopped with Triad").isEmpty();
        assertThat(db.directory().resolve("postmaster.pid")).doesNotExist();
    }

    private int matchTotal(String opening) throws Exception {
        return TriadClient.operator(triad).read("/api/openings/" + URLEncoder.encode(opening, StandardCharsets.UTF_8)
                + "/matches?limit=1&asOf=" + CrashDocs.AS_OF).get("total").asInt();
    }

    /** Rows of one import in the database: its students, program, startup and opening. */
    private int importedRows(String prefix) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("""
                select (select count(*) from student where key like ?) + (select count(*) from program where key like ?)
                     + (select count(*) from startup where key like ?) + (select count(*) from opening where key like ?)""")) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, prefix + "-%");
            }
            return count(ps);
        }
    }

    private int studentsStored() throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("select count(*) from student")) {
            return count(ps);
        }
    }

    private static int count(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
