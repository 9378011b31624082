package io.triad.app;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A real PostgreSQL 17 started from Triad (zonky binaries) for laptops, single-node installs and tests. Its files
 * live in one directory and survive restarts. It is as durable as a packaged PostgreSQL: zonky's test defaults
 * ({@code -F}, that is fsync off, and {@code synchronous_commit=off}) are overridden, so an acknowledged commit is
 * on disk. It asks for a password ({@link ServerPassword}), and a start after a crash first clears what the
 * crashed run left behind ({@link LeftoverServer}); PostgreSQL's own recovery then replays the WAL.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    /** Crash recovery replays the WAL before the server accepts connections: give it time on a slow disk. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    private final EmbeddedPostgres postgres;
    private final String password;
    private final ServerWatchdog watchdog;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password, ServerWatchdog watchdog) {
        this.postgres = postgres;
        this.password = password;
        this.watchdog = watchdog;
    }

    /** True when neither the environment nor a system property names a JDBC URL. */
    public static boolean wanted() {
        return isBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL")) && isBlank(System.getProperty(URL_PROPERTY));
    }

    public static Path directoryFromEnv() {
        String dir = System.getenv("TRIAD_DB_DIR");
        return Path.of(isBlank(dir) ? ".triad/db" : dir).toAbsolutePath();
    }

    /** The password an operator chose for the embedded server ({@code TRIAD_DB_PASSWORD}); else Triad keeps its own. */
    public static Optional<String> passwordFromEnv() {
        String password = System.getenv("TRIAD_DB_PASSWORD");
        return isBlank(password) ? Optional.empty() : Optional.of(password);
    }

    /** Starts PostgreSQL on {@code dir} (created when missing) with the password Triad keeps there; port 0: any. */
    public static EmbeddedDatabase start(Path dir, int port) {
        return start(dir, port, Optional.empty());
    }

    /**
     * Starts PostgreSQL on {@code dir}, created when missing. {@code configuredPassword} is the database user's
     * password; without one Triad generates it at the first start and keeps it in {@value ServerPassword#FILE}.
     */
    public static EmbeddedDatabase start(Path dir, int port, Optional<String> configuredPassword) {
        return start(dir, port, configuredPassword, true);
    }

    /**
     * For a database deleted after use (the tests'): fsync and synchronous commits off, as zonky has them, since an
     * operating-system crash may lose what nobody keeps anyway; authentication and crash handling as in production.
     */
    public static EmbeddedDatabase startThrowaway(Path dir) {
        return start(dir, 0, Optional.empty(), false);
    }

    private static EmbeddedDatabase start(Path dir, int port, Optional<String> configuredPassword, boolean durable) {
        Path data = prepared(dir);
        return launch(data, port, auth(data, configuredPassword), durable);
    }

    /**
     * Starts the durable server on another thread and returns at once with its connection: the port is chosen
     * here, and every connection through {@link #quarkusConfig} waits for the server ({@link ServerGate}), so
     * Quarkus boots while initdb and PostgreSQL start (about a second of a first start, half a second of a restart).
     */
    static Background startInBackground(Path dir, Optional<String> configuredPassword) {
        Path data = prepared(dir);
        ServerPassword auth = auth(data, configuredPassword);
        int port = freePort();
        CompletableFuture<EmbeddedDatabase> server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                server.complete(launch(data, port, auth, true));
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
        ServerGate.waitFor(server);
        return new Background(server, quarkusConfig(url(port) + "?socketFactory=" + ServerGate.class.getName(),
                auth.password()));
    }

    /** A server starting on another thread, and how Quarkus connects to it. */
    record Background(CompletableFuture<EmbeddedDatabase> server, Map<String, String> quarkusConfig) {
        /** Stops the server once it has started; one that failed to start was already stopped. */
        void close() {
            try {
                server.join().close();
            } catch (CompletionException e) {
                Log.debug("The embedded PostgreSQL had not started; nothing to stop");
            }
        }
    }

    private static Path prepared(Path dir) {
        Path data = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
            LeftoverServer.clear(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + data + " for the embedded PostgreSQL", e);
        }
        return data;
    }

    private static ServerPassword auth(Path data, Optional<String> configuredPassword) {
        try {
            return ServerPassword.prepare(data, configuredPassword);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedded PostgreSQL's password in " + data, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedDatabase launch(Path data, int port, ServerPassword password, boolean durable) {
        String on = durable ? "on" : "off";
        try (ServerPassword auth = password) {
            Log.infof("Starting the embedded PostgreSQL in %s", data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // stopped by close() once Quarkus is down, not by a hook racing Quarkus's own shutdown
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    // after zonky's -F on the command line, so these win: durability as a packaged server has it
                    .setServerConfig("fsync", on)
                    .setServerConfig("synchronous_commit", on)
                    .setServerConfig("full_page_writes", "on")
                    // the server's own log never shows the rows behind an error (DETAIL lines name values)
                    .setServerConfig("log_error_verbosity", "terse");
            if (LINUX) {
                // a new cluster is made durable with one syncfs, not an fsync per file: 0.6 s instead of 2 s here
                builder.setLocaleConfig("sync-method", "syncfs");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = started(auth.configure(builder), data);
            auth.finish(postgres.getPort());
            return new EmbeddedDatabase(postgres, auth.password(), ServerWatchdog.watch(data));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + data, e);
        }
    }

    /** A server zonky gave up on (a wrong password, a recovery beyond the wait) is stopped, not left running. */
    private static EmbeddedPostgres started(EmbeddedPostgres.Builder builder, Path data) throws IOException {
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            try {
                LeftoverServer.stopAll(data);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    public String jdbcUrl() {
        return url(postgres.getPort());
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** A new connection as the database user: for tests and tools, Triad itself goes through Quarkus. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, password);
    }

    /** The datasource properties that point Quarkus at this server. */
    public Map<String, String> quarkusConfig() {
        return quarkusConfig(jdbcUrl(), password);
    }

    private static Map<String, String> quarkusConfig(String url, String password) {
        return Map.of(URL_PROPERTY, url, "quarkus.datasource.username", USER, "quarkus.datasource.password", password);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A fast shutdown: open transactions roll back, a checkpoint is written, the next start needs no recovery. */
    @Override
    public void close() {
        watchdog.close();
        try {
            postgres.close();
        } catch (IOException e) {
            Log.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
