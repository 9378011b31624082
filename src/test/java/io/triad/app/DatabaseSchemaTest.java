package io.triad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.program.ProgramEntity;
import io.triad.program.ProgramService;
import io.triad.startup.OpeningEntity;
import io.triad.startup.StartupEntity;
import io.triad.startup.StartupService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the database itself guarantees (V2), whatever the application does: columns derived from doc,
 * enumerations checked, one account per email whatever its case. Each SQL test rolls its writes back,
 * so the shared test database and its index never see them.
 */
@QuarkusTest
class DatabaseSchemaTest {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    private static final String GENERATED_ALWAYS = "428C9";

    @Inject
    DataSource dataSource;

    @Inject
    ProgramService programs;

    @Inject
    StartupService startups;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void refusesAnEmailThatDiffersOnlyInCase() throws SQLException {
        String local = "case-" + UUID.randomUUID();
        inRolledBackTransaction(c -> {
            insertAccount(c, local + "@x.org");
            assertThatThrownBy(() -> insertAccount(c, local.toUpperCase() + "@X.org"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(UNIQUE_VIOLATION);
        });
    }

    @Test
    void derivesProgramColumnsFromTheDocumentAndFollowsItsChanges() throws SQLException {
        String key = "derived-" + UUID.randomUUID();
        inRolledBackTransaction(c -> {
            update(c, "insert into program (doc) values (?::jsonb)", programJson(key, "First name", "DRAFT", "GRANT", "COMPANY"));
            assertThat(row(c, "select key, name, status, kind, scope from program where key = ?", key))
                    .containsExactly(key, "First name", "DRAFT", "GRANT", "COMPANY");

            update(c, "update program set doc = ?::jsonb where key = '" + key + "'",
                    programJson(key, "Second name", "PUBLISHED", "LOAN", "PLACEMENT"));
            assertThat(row(c, "select key, name, status, kind, scope from program where key = ?", key))
                    .containsExactly(key, "Second name", "PUBLISHED", "LOAN", "PLACEMENT");
        });
    }

    @Test
    void refusesWritingADerivedColumn() throws SQLException {
        String key = "written-" + UUID.randomUUID();
        inRolledBackTransaction(c -> {
            update(c, "insert into startup (doc) values (?::jsonb)", "{\"key\": \"" + key + "\", \"name\": \"Acme\"}");
            assertThatThrownBy(() -> update(c, "update startup set name = 'Not Acme' where key = ?", key))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(GENERATED_ALWAYS);
        });
    }

    @Test
    void refusesProgramEnumerationsOutsideDataMd() throws SQLException {
        List<String> refused = List.of(
                programJson("bad-status-" + UUID.randomUUID(), "Bad", "ARCHIVED", "GRANT", "COMPANY"),
                programJson("bad-kind-" + UUID.randomUUID(), "Bad", "DRAFT", "GIFT", "COMPANY"),
                programJson("bad-scope-" + UUID.randomUUID(), "Bad", "DRAFT", "GRANT", "NATION"));
        for (String doc : refused) {
            inRolledBackTransaction(c -> assertThatThrownBy(() -> update(c, "insert into program (doc) values (?::jsonb)", doc))
                    .as(doc)
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(CHECK_VIOLATION));
        }
    }

    @Test
    void keepsKeysUniqueAfterDerivingThem() throws SQLException {
        String key = "twice-" + UUID.randomUUID();
        String doc = "{\"key\": \"" + key + "\", \"name\": \"Twice\"}";
        inRolledBackTransaction(c -> {
            update(c, "insert into student (doc) values (?::jsonb)", doc);
            assertThatThrownBy(() -> update(c, "insert into student (doc) values (?::jsonb)", doc))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo(UNIQUE_VIOLATION);
        });
    }

    @Test
    void savedEntitiesReadTheirDerivedColumnsBack() throws Exception {
        String key = "entity-" + UUID.randomUUID();
        ProgramDoc draft = json.readValue(programJson(key, "Draft name", "DRAFT", "GRANT", "COMPANY"), ProgramDoc.class);
        StartupDoc startup = json.readValue("""
                {"key": "%s", "name": "Startup name", "openings": [{"key": "%s-opening", "title": "Engineer"}]}"""
                .formatted(key, key), StartupDoc.class);
        QuarkusTransaction.begin();
        try {
            ProgramEntity created = programs.save(draft, null);
            assertThat(List.of(created.key, created.name)).containsExactly(key, "Draft name");
            assertThat(List.of(created.status, created.kind, created.scope))
                    .containsExactly(ProgramStatus.DRAFT, ProgramKind.GRANT, Scope.COMPANY);

            ProgramEntity replaced = programs.save(draft.withStatus(ProgramStatus.CLOSED), null);
            em.flush();
            assertThat(replaced.status).isEqualTo(ProgramStatus.CLOSED);

            StartupEntity saved = startups.save(startup, null);
            assertThat(saved.name).isEqualTo("Startup name");
            assertThat(OpeningEntity.ofStartup(saved)).extracting(o -> o.key).containsExactly(key + "-opening");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static String programJson(String key, String name, String status, String kind, String scope) {
        return """
                {"key": "%s", "name": "%s", "status": "%s", "kind": "%s", "scope": "%s"}"""
                .formatted(key, name, status, kind, scope);
    }

    private static void insertAccount(Connection c, String email) throws SQLException {
        update(c, "insert into account (email, password_hash, role) values (?, 'not-a-hash', 'STUDENT')", email);
    }

    private static void update(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            ps.executeUpdate();
        }
    }

    private static List<String> row(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a row for %s", sql).isTrue();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getString(i));
                }
                return values;
            }
        }
    }

    /** Runs {@code work} on one connection; a failed statement leaves the transaction aborted, so each test uses one. */
    private void inRolledBackTransaction(SqlWork work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
            } finally {
                c.rollback();
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }
}
