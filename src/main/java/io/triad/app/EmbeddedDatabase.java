package io.triad.app;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL 17 started in-process (zonky binaries) for laptops and tests. Its files live in
 * one directory and survive restarts unless the caller asks for a fresh one.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** True when neither the environment nor a system property names a JDBC URL. */
    public static boolean wanted() {
        return isBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL")) && isBlank(System.getProperty(URL_PROPERTY));
    }

    public static Path directoryFromEnv() {
        String dir = System.getenv("TRIAD_DB_DIR");
        return Path.of(isBlank(dir) ? ".triad/db" : dir).toAbsolutePath();
    }

    /** Starts PostgreSQL on {@code dir} (created when missing); port 0 picks a free port. */
    public static EmbeddedDatabase start(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            Log.infof("Starting the embedded PostgreSQL in %s", dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The datasource properties that point Quarkus at this server. */
    public Map<String, String> quarkusConfig() {
        return Map.of(URL_PROPERTY, jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            Log.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
