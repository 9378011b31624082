package io.triad.web;

import io.triad.app.EmbeddedDatabase;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.triad.TempTree;
import io.triad.domain.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A configured JDBC URL means an external server: the application migrates and uses exactly that database, with
 * its own name and credentials. The "external" server is a separately started PostgreSQL with its own directory,
 * port, database and login role; the global test database is not started for this profile.
 */
@QuarkusTest
@TestProfile(ExternalPostgresTest.External.class)
class ExternalPostgresTest {
    static final String DATABASE = "triad_external";
    static final String USER = "triad_app";
    static final String PASSWORD = "app-password-1";

    public static class External implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExternalServer.class));
        }
    }

    public static class ExternalServer implements QuarkusTestResourceLifecycleManager {
        private Path directory;
        private EmbeddedDatabase server;

        @Override
        public Map<String, String> start() {
            directory = TempTree.create("triad-external-db");
            server = EmbeddedDatabase.start(directory, 0);
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                s.execute("create role " + USER + " login password '" + PASSWORD + "'");
                s.execute("create database " + DATABASE + " owner " + USER);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Matcher port = Pattern.compile("//[^:/]+:(\\d+)/").matcher(server.jdbcUrl());
            if (!port.find()) {
                throw new IllegalStateException("No port in " + server.jdbcUrl());
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port.group(1) + "/" + DATABASE,
                    "quarkus.datasource.username", USER, "quarkus.datasource.password", PASSWORD);
        }

        @Override
        public void stop() {
            if (server != null) {
                server.close();
            }
            TempTree.delete(directory);
        }
    }

    @Test
    void dataWrittenThroughTheApiLandsInTheConfiguredServer() throws SQLException {
        String key = "external-" + UUID.randomUUID().toString().substring(0, 8);
        String operator = account(Role.OPERATOR);
        jsonAs(operator, """
                {"key": "%s", "name": "Stored externally", "kind": "GRANT", "scope": "COMPANY",
                 "intake": {"deadline": "2028-12-31"}, "funding": {"currency": "CAD", "maxAmount": 1000}}""".formatted(key))
                .put("/api/programs/" + key).then().statusCode(201);
        given().get("/api/programs/" + key).then().statusCode(200).body("name", equalTo("Stored externally"));

        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        assertThat(url).endsWith("/" + DATABASE);
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD)) {
            assertThat(single(c, "select current_database() || ' ' || current_user", null)).isEqualTo(DATABASE + " " + USER);
            assertThat(single(c, "select max(version) from flyway_schema_history where success", null)).isNotBlank();
            assertThat(single(c, "select doc->>'name' from program where key = ?", key)).isEqualTo("Stored externally");
            assertThat(single(c, "select role from account where email = ?", operator)).isEqualTo("OPERATOR");
            assertThat(single(c, "select entity from change_log where key = ?", key)).isEqualTo("PROGRAM");
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static String single(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a row for %s", sql).isTrue();
                return rs.getString(1);
            }
        }
    }
}
