package io.triad.indexing;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.await;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.indexing.OwnOpening.FITS;
import static io.triad.indexing.OwnOpening.student;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.student.StudentService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The follower's lag is visible (health details and a Prometheus gauge), and change_log keeps only rows the follower
 * has not applied yet or applied recently. A transaction left open on purpose holds the follower back: a change
 * committed after it is pending until it ends.
 */
@QuarkusTest
class ChangeLogHygieneTest {
    private static final Pattern LAG = Pattern.compile("^triad_index_lag_seconds(?:\\{[^}]*})? (\\S+)$",
            Pattern.MULTILINE);

    @Inject
    IndexFollower follower;
    @Inject
    StudentService students;
    @Inject
    UserTransaction transaction;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    private OwnOpening own;
    private ExecutorService other;
    /** Metrics are for operators only; created before a test opens its transaction, which would hide it. */
    private String operator;

    @BeforeEach
    void openingOfItsOwn() {
        operator = account(Role.OPERATOR);
        own = new OwnOpening();
        other = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopThread() {
        other.shutdownNow();
    }

    @Test
    void changesHeldBackByAnOlderTransactionShowAsLagInHealthAndMetrics() throws Exception {
        String held = own.key("held");
        transaction.begin();
        try {
            students.save(doc(own.key("holder")), null);
            saveElsewhere(held);
            await("the held-back change shows as lag", () -> searchIndexCheck().path("data")
                    .path("pendingChanges").asLong() >= 1 && searchIndexCheck().path("data").path("lagSeconds").asLong() >= 1);
            assertThat(lagGauge()).isGreaterThanOrEqualTo(1.0);
            assertThat(searchIndexCheck().path("status").asText()).as("lag alone keeps the instance ready").isEqualTo("UP");
            assertThat(own.matched()).doesNotContain(held);
        } finally {
            transaction.rollback();
        }
        await("the follower caught up", () -> own.matched().contains(held)
                && searchIndexCheck().path("data").path("pendingChanges").asLong() == 0);
        assertThat(lagGauge()).isZero();
        assertThat(searchIndexCheck().path("data").path("lastAppliedChangeAt").asText()).isNotBlank();
    }

    @Test
    void pruningDeletesAppliedRowsAndNeverRowsTheFollowerHasNotApplied() throws Exception {
        String first = own.key("first");
        String second = own.key("second");
        jsonAs(account(Role.STUDENT), student(first, FITS)).put("/api/students/" + first).then().statusCode(201);
        Position firstApplied = position(first);
        await("the first change is applied", () -> !firstApplied.isAfter(follower.applied()));
        jsonAs(account(Role.STUDENT), student(second, FITS)).put("/api/students/" + second).then().statusCode(201);

        follower.pruneUpTo(firstApplied);
        assertThat(rows(first)).isZero();
        assertThat(rows(second)).isEqualTo(1);

        String held = own.key("held");
        transaction.begin();
        try {
            students.save(doc(own.key("holder")), null);
            saveElsewhere(held);
            follower.pruneUpTo(new Position(Long.MAX_VALUE, Long.MAX_VALUE));
            assertThat(rows(held)).as("committed but not applied yet").isEqualTo(1);
        } finally {
            transaction.rollback();
        }
        await("the held-back student is matched", () -> own.matched().contains(held));
        assertThat(own.matched()).contains(first, second);
    }

    /** Saves a student in a transaction of its own, on a thread that is not serving a request (so it does not wait). */
    private void saveElsewhere(String key) throws Exception {
        other.submit(() -> students.save(doc(key), null)).get(10, TimeUnit.SECONDS);
    }

    private StudentDoc doc(String key) throws Exception {
        return json.readValue(student(key, FITS), StudentDoc.class);
    }

    private JsonNode searchIndexCheck() {
        JsonNode health = read(given().get("/q/health/ready").then().extract().response());
        for (JsonNode check : health.path("checks")) {
            if ("search-index".equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("No search-index check in " + health);
    }

    private double lagGauge() {
        Matcher m = LAG.matcher(io.triad.TestApi.as(operator).get("/q/metrics").then().statusCode(200).extract()
                .asString());
        assertThat(m.find()).as("the triad_index_lag_seconds gauge").isTrue();
        return Double.parseDouble(m.group(1));
    }

    private Position position(String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select txid::text, id from change_log where key = ? order by txid desc, id desc limit 1")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return Position.of(rs.getString(1), rs.getLong(2));
            }
        }
    }

    private long rows(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from change_log where key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
