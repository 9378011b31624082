package io.triad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as Triad runs it (ASVS 5.0 V13.3.1, V14.2): durable like a packaged server, no
 * connection without the password, and a start after a crash that clears what the crashed run left behind.
 */
class EmbeddedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void commitsReachTheDiskAndEveryConnectionNeedsThePassword() throws Exception {
        Path data = dir.resolve("db");
        String password;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            password = db.password();
            try (Connection c = db.connect()) {
                assertThat(setting(c, "fsync")).isEqualTo("on");
                assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(c, "full_page_writes")).isEqualTo("on");
                assertThat(setting(c, "password_encryption")).isEqualTo("scram-sha-256");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl() + "?user=postgres").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", password + "x").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThat(ServerPassword.trusts(data.resolve("pg_hba.conf"))).isFalse();
        }
        Path file = data.resolve(ServerPassword.FILE);
        assertThat(Files.readString(file)).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (EmbeddedDatabase again = EmbeddedDatabase.start(data, 0); Connection c = again.connect()) {
            assertThat(again.password()).as("kept across restarts").isEqualTo(password);
        }
    }

    @Test
    void aServerStartedInTheBackgroundIsWaitedForByTheFirstConnection() throws Exception {
        EmbeddedDatabase.Background starting = EmbeddedDatabase.startInBackground(dir.resolve("db"), Optional.empty());
        try {
            Map<String, String> config = starting.quarkusConfig();
            // asked at once, while initdb may still run: the gate holds the connection until the server accepts it
            try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
                assertThat(setting(c, "fsync")).isEqualTo("on");
            }
            assertThat(starting.server()).isCompleted();
            assertThat(config.get("quarkus.datasource.jdbc.url")).endsWith(":" + starting.server().join()
                    .jdbcUrl().replaceFirst(".*:", "") + "?socketFactory=" + ServerGate.class.getName());
        } finally {
            starting.close();
        }
    }

    @Test
    void aConnectionThroughTheGateOfAServerThatDidNotStartSaysWhy() {
        ServerGate.waitFor(CompletableFuture.failedFuture(new IllegalStateException("initdb failed: disk full")));
        try {
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:1/postgres?socketFactory="
                    + ServerGate.class.getName(), "postgres", "x").close())
                    .isInstanceOf(SQLException.class)
                    .hasStackTraceContaining("The embedded PostgreSQL did not start")
                    .hasStackTraceContaining("initdb failed: disk full");
        } finally {
            ServerGate.waitFor(CompletableFuture.completedFuture(null));
        }
    }

    @Test
    void aConfiguredPasswordIsUsedAndNotWrittenDown() throws Exception {
        Path data = dir.resolve("db");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0, Optional.of("chosen by the operator"));
                Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "chosen by the operator")) {
            assertThat(setting(c, "fsync")).isEqualTo("on");
        }
        assertThat(data.resolve(ServerPassword.FILE)).doesNotExist();
        assertThatThrownBy(() -> EmbeddedDatabase.start(data, 0)).hasMessageContaining("TRIAD_DB_PASSWORD");
    }

    @Test
    void aDirectoryThatTrustedLocalUsersGetsAPasswordAndKeepsItsData() throws Exception {
        Path data = dir.resolve("db");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
                Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (v text); insert into kept values ('before')");
        }
        assertThat(ServerPassword.trusts(data.resolve("pg_hba.conf"))).isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0); Connection c = db.connect()) {
            assertThat(query(c, "select v from kept")).isEqualTo("before");
            assertThat(ServerPassword.trusts(data.resolve("pg_hba.conf"))).isFalse();
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "guess").close())
                    .isInstanceOf(SQLException.class);
            assertThat(Files.readString(data.resolve(ServerPassword.FILE))).isEqualTo(db.password());
        }
    }

    @Test
    void aStalePidFileNamingAnUnrelatedLiveProcessIsRemovedAndThatProcessLeftAlone() throws Exception {
        Path data = dir.resolve("db");
        EmbeddedDatabase.start(data, 0).close();
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), unrelated.pid() + "\n" + data + "\n1700000000\n5432\n");
            try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0); Connection c = db.connect()) {
                assertThat(query(c, "select 'up'")).isEqualTo("up");
            }
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void aServerThatOutlivedItsTriadIsShutDownAndItsCommittedDataKept() throws Exception {
        Path data = dir.resolve("db");
        EmbeddedDatabase crashed = EmbeddedDatabase.start(data, 0);
        try (Connection c = crashed.connect(); Statement s = c.createStatement()) {
            s.execute("create table kept (v text); insert into kept values ('committed')");
        }
        long orphan = LeftoverServer.pid(data.resolve("postmaster.pid")).orElseThrow();
        // what a SIGKILL of the JVM leaves: its lock gone with it, its server still running
        Files.delete(data.resolve("epg-lock"));
        ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("").contains(Long.toString(orphan)))
                .forEach(ProcessHandle::destroyForcibly);

        Path real = data.toRealPath();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0); Connection c = db.connect()) {
            assertThat(ProcessHandle.of(orphan).filter(p -> LeftoverServer.serves(p, real))).as("stopped").isEmpty();
            assertThat(query(c, "select v from kept")).isEqualTo("committed");
        }
    }

    @Test
    void aDirectoryInUseByARunningServerIsNotTouched() throws Exception {
        Path data = dir.resolve("db");
        try (EmbeddedDatabase running = EmbeddedDatabase.start(data, 0)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(data, 0)).hasMessageContaining("in use");
            try (Connection c = running.connect()) {
                assertThat(query(c, "select 'still up'")).isEqualTo("still up");
            }
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        return query(c, "show " + name);
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
