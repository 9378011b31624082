package io.triad.app;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * The embedded server's client authentication: every connection, local socket or TCP, proves the password with
 * scram-sha-256; nobody is trusted. A new cluster gets it from initdb. The password is the configured one, or one
 * generated at the first start and kept in {@value #FILE} in the data directory, readable by its owner only. A
 * directory made by an older Triad (zonky's initdb trusts every local user) is converted at its next start.
 */
final class ServerPassword implements AutoCloseable {
    static final String FILE = "triad-db-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String SCRAM = "scram-sha-256";
    private static final String HBA = """
            # Written by Triad: every connection proves the password (scram-sha-256); nothing is trusted.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private final Path data;
    private final String password;
    private final boolean configured;
    private final boolean fresh;
    private final boolean trusting;
    private Path initdbFile;

    private ServerPassword(Path data, String password, boolean configured, boolean fresh, boolean trusting) {
        this.data = data;
        this.password = password;
        this.configured = configured;
        this.fresh = fresh;
        this.trusting = trusting;
    }

    /** Chooses the password before the server starts: the configured one, the kept one, or a new one. */
    static ServerPassword prepare(Path data, Optional<String> configured) throws IOException {
        boolean fresh = !Files.exists(data.resolve("postgresql.conf"));
        boolean trusting = !fresh && trusts(data.resolve("pg_hba.conf"));
        Path file = data.resolve(FILE);
        String password;
        if (configured.isPresent()) {
            password = configured.get();
        } else if (Files.exists(file)) {
            ownerOnly(file);
            password = Files.readString(file).strip();
        } else if (fresh || trusting) {
            password = generate();
        } else {
            throw new IllegalStateException("The embedded PostgreSQL in " + data + " asks for a password and " + file
                    + " is missing: set TRIAD_DB_PASSWORD to it");
        }
        if (password.isEmpty() || password.indexOf('\n') >= 0 || password.indexOf('\r') >= 0) {
            throw new IllegalStateException("The embedded PostgreSQL's password must be one non-empty line");
        }
        return new ServerPassword(data, password, configured.isPresent(), fresh, trusting);
    }

    String password() {
        return password;
    }

    /** Has zonky's initdb ask for the password, and its readiness check give it. */
    EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder) throws IOException {
        builder.setConnectConfig("password", password);
        if (fresh) {
            initdbFile = Files.createTempFile("triad-initdb", ".tmp");
            ownerOnly(initdbFile);
            Files.writeString(initdbFile, password);
            // zonky passes each of these as --key=value after its own "-A trust": initdb keeps the last method given
            builder.setLocaleConfig("auth", SCRAM).setLocaleConfig("pwfile", initdbFile.toString());
            // called right after initdb, before the server starts: the password is kept as soon as the cluster exists
            builder.setDataDirectoryCustomizer(dir -> {
                close();
                if (!configured) {
                    keep();
                }
            });
        }
        return builder;
    }

    /** Converts a trusting directory now that its server runs: the password first, then pg_hba.conf. */
    void finish(int port) throws SQLException, IOException {
        if (!trusting) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                EmbeddedDatabase.USER, password); Statement s = c.createStatement()) {
            // hashed here, so the password itself never reaches the server or its log
            c.unwrap(PGConnection.class).alterUserPassword(EmbeddedDatabase.USER, password.toCharArray(), SCRAM);
            if (!configured) {
                keep();
            }
            Files.writeString(data.resolve("pg_hba.conf"), HBA);
            s.execute("select pg_reload_conf()");
        }
        Log.warnf("The embedded PostgreSQL in %s trusted local connections; it now asks for a password", data);
    }

    private void keep() {
        Path file = data.resolve(FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file);
            ownerOnly(file);
            Files.writeString(file, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database password in " + file, e);
        }
    }

    /** True when a rule of pg_hba.conf lets someone in without a password. */
    static boolean trusts(Path hba) throws IOException {
        return Files.readAllLines(hba).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .anyMatch(line -> line.matches(".*\\s(trust|peer|ident)(\\s.*)?"));
    }

    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Deletes initdb's copy of the password, whether or not the server started. */
    @Override
    public void close() {
        if (initdbFile != null) {
            try {
                Files.deleteIfExists(initdbFile);
                initdbFile = null;
            } catch (IOException e) {
                Log.warnf("Could not delete %s: %s", initdbFile, e.getMessage());
            }
        }
    }
}
