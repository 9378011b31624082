package io.triad.it;

import static org.awaitility.Awaitility.await;

import io.triad.TempTree;
import io.triad.app.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL of an {@code *IT}, in a fresh directory under {@code target/it/}. Either the test starts it and any
 * number of {@link TriadProcess}es share it ({@link #start}), or each Triad started on it runs its own embedded
 * server in that directory, its {@code TRIAD_DB_DIR} ({@link #embeddedIn}), as a single-node install does; the test
 * then reaches that server through the files Triad keeps there (port in {@code postmaster.pid}, password in
 * {@code triad-db-password}).
 */
public final class TestDatabase implements AutoCloseable {
    private final Path directory;
    private final EmbeddedDatabase server;

    private TestDatabase(Path directory, EmbeddedDatabase server) {
        this.directory = directory;
        this.server = server;
    }

    /** A server started by the test, for Triads given its JDBC URL and credentials. */
    public static TestDatabase start(String name) {
        Path directory = fresh(name);
        return new TestDatabase(directory, EmbeddedDatabase.startThrowaway(directory));
    }

    /** A TRIAD_DB_DIR: every Triad started on it starts (or recovers) the embedded server itself. */
    public static TestDatabase embeddedIn(String name) {
        return new TestDatabase(fresh(name), null);
    }

    /** The variables that point a Triad at this database. */
    public Map<String, String> environment() {
        if (server == null) {
            return Map.of("TRIAD_DB_DIR", directory.toString());
        }
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", server.jdbcUrl(), "QUARKUS_DATASOURCE_USERNAME", server.username(),
                "QUARKUS_DATASOURCE_PASSWORD", server.password());
    }

    public Path directory() {
        return directory;
    }

    /** A new connection as the database owner; for an embedded one, while a Triad's server runs there. */
    public Connection connect() throws SQLException {
        if (server != null) {
            return server.connect();
        }
        try {
            List<String> pid = Files.readAllLines(directory.resolve("postmaster.pid"));
            String password = Files.readString(directory.resolve("triad-db-password")).strip();
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres",
                    "postgres", password);
        } catch (IOException e) {
            throw new SQLException("No embedded server running in " + directory, e);
        }
    }

    /** The pid of the embedded server running in the directory, if one does. */
    public Optional<ProcessHandle> embeddedServer() {
        try {
            long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::servesDirectory);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** SIGKILL to the embedded server and every process of it: the database crashes with Triad. */
    public void killEmbeddedServer() {
        List<ProcessHandle> processes = ProcessHandle.allProcesses().filter(this::servesDirectory).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        await("the embedded server's processes die").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30))
                .until(() -> processes.stream().noneMatch(this::servesDirectory));
    }

    /** Stops what a killed Triad may have left running here, so no server outlives the test. */
    @Override
    public void close() {
        if (server != null) {
            server.close();
            return;
        }
        embeddedServer().ifPresent(postmaster -> {
            signal(postmaster, "INT");
            await("the embedded server stops").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60))
                    .until(() -> !servesDirectory(postmaster));
        });
    }

    /** A PostgreSQL process working in this directory (the server and its children chdir there). */
    private boolean servesDirectory(ProcessHandle process) {
        try {
            boolean postgres = process.info().command().map(c -> Path.of(c).getFileName().toString())
                    .filter(n -> n.startsWith("postgres")).isPresent();
            return postgres && process.isAlive() && Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()),
                    "cwd")).equals(directory.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path fresh(String name) {
        Path directory = TriadProcess.WORK.resolve(name + "-db").toAbsolutePath();
        try {
            if (Files.exists(directory)) {
                new TestDatabase(directory, null).close(); // a server an earlier, aborted run left there
                TempTree.delete(directory);
            }
            Files.createDirectories(directory.getParent());
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
