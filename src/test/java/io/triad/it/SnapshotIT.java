package io.triad.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore on one machine, as README documents them: {@code java -jar quarkus-run.jar backup FILE} while
 * Triad runs on its embedded database, the database wiped, {@code restore FILE} into a fresh one, and Triad started
 * again finds the same matches after rebuilding its index.
 */
class SnapshotIT {
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
    void aBackupRestoredIntoAWipedDatabaseGivesTheSameMatches() throws Exception {
        db = TestDatabase.embeddedIn("snapshot");
        triad = TriadProcess.start("snapshot", db, Map.of());
        TriadClient operator = TriadClient.operator(triad);
        assertThat(operator.postAsync("/api/import", CrashDocs.largeImport("snap", 50)).get().statusCode()).isEqualTo(200);
        String before = matches(operator);
        assertThat(TriadClient.json(before).get("items")).hasSize(50);
        Path backup = TriadProcess.WORK.resolve("snapshot-backup.zip");
        Files.deleteIfExists(backup);

        assertThat(command("backup", backup)).as("backup while Triad runs").isZero();
        triad.stop();
        wipe(db.directory());
        triad = triad.restart();
        assertThat(TriadClient.operator(triad).get("/api/openings/snap-op/matches").statusCode())
                .as("the wiped database has no opening").isEqualTo(404);
        triad.stop();

        assertThat(command("restore", backup)).isZero();
        triad = triad.restart();
        assertThat(matches(TriadClient.operator(triad))).isEqualTo(before);
        JsonNode programs = TriadClient.operator(triad).read("/api/programs?q=Imported&size=100");
        assertThat(programs.toString()).contains("snap-program");
    }

    private static String matches(TriadClient client) throws Exception {
        return client.read("/api/openings/snap-op/matches?limit=1000&asOf=" + CrashDocs.AS_OF).toString();
    }

    /** Runs the packaged jar's {@code backup} or {@code restore} against the test's embedded database directory. */
    private int command(String command, Path file) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("triad.jar")).toAbsolutePath().toString(), command, file.toString())
                .directory(TriadProcess.WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(TriadProcess.WORK.resolve("logs").resolve("snapshot-" + command + ".log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TRIAD_"));
        builder.environment().putAll(db.environment());
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within 3 minutes");
        }
        return process.exitValue();
    }

    private static void wipe(Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        assertThat(directory).doesNotExist();
    }

}
