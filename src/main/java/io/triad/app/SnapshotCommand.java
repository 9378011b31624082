package io.triad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar quarkus-run.jar backup FILE} and {@code restore FILE} ({@link Snapshot}) against the database Triad
 * would use: the one named by QUARKUS_DATASOURCE_JDBC_URL (with _USERNAME and _PASSWORD), else the embedded one in
 * TRIAD_DB_DIR, reached while Triad runs on it (a backup) or started for the command. A restore refuses an embedded
 * database that a running Triad uses: its search index would no longer match the tables.
 */
final class SnapshotCommand {
    private SnapshotCommand() {
    }

    static boolean handles(String... args) {
        return args.length == 2 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; answers the process's exit code. */
    static int run(String command, Path file) {
        boolean backup = command.equals("backup");
        try {
            if (!EmbeddedDatabase.wanted()) {
                try (Connection c = DriverManager.getConnection(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                        System.getenv("QUARKUS_DATASOURCE_USERNAME"), System.getenv("QUARKUS_DATASOURCE_PASSWORD"))) {
                    return report(command, file, backup ? Snapshot.backup(c, file) : Snapshot.restore(c, file));
                }
            }
            Path dir = EmbeddedDatabase.directoryFromEnv();
            Optional<Integer> running = runningPort(dir);
            if (running.isPresent()) {
                if (!backup) {
                    System.err.println("Triad is running on " + dir + ": stop it before restoring");
                    return 2;
                }
                String password = EmbeddedDatabase.passwordFromEnv()
                        .orElse(Files.readString(dir.resolve(ServerPassword.FILE)).strip());
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + running.get()
                        + "/postgres", EmbeddedDatabase.USER, password)) {
                    return report(command, file, Snapshot.backup(c, file));
                }
            }
            try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0, EmbeddedDatabase.passwordFromEnv());
                    Connection c = db.connect()) {
                return report(command, file, backup ? Snapshot.backup(c, file) : Snapshot.restore(c, file));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            System.err.println(command + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** The port of a live embedded server in {@code dir} (its postmaster.pid), if one runs. */
    private static Optional<Integer> runningPort(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
        return alive && lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
    }

    private static int report(String command, Path file, Map<String, Long> counts) {
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%s %s: %d tables, %d rows%n", command.equals("backup") ? "Backed up to" : "Restored from",
                file, counts.size(), rows);
        return 0;
    }
}
