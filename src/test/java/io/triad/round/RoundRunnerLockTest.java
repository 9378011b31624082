package io.triad.round;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.account.Account;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A round runs on one instance only: while another database session (another Triad) holds the round's advisory lock,
 * a runner leaves the round alone, and once it is free the run completes, each pair written once.
 */
@QuarkusTest
class RoundRunnerLockTest {
    @Inject
    RoundService rounds;
    @Inject
    RoundRunner runner;
    @Inject
    DataSource dataSource;

    @Test
    void leavesARoundToTheInstanceHoldingItsLock() throws Exception {
        RoundWorld w = new RoundWorld(2);
        String id = w.round(List.of(), 5);
        for (int i = 0; i < 2; i++) {
            jsonAs(w.accounts.get(i), Map.of("openings", List.of(w.a))).put("/api/rounds/" + id + "/students/"
                    + w.students.get(i)).then().statusCode(200);
        }
        jsonAs(w.founder, Map.of("engineOrder", true)).put("/api/rounds/" + id + "/openings/" + w.a).then().statusCode(200);
        UUID round = UUID.fromString(id);
        Account operator = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account>find("email", w.operator).firstResult());
        try (Connection other = dataSource.getConnection()) {
            assertThat(RoundRunner.advisory(other, "select pg_try_advisory_lock(?)", round)).isTrue();
            rounds.close(id, operator);
            runner.runLocked(round);
            runner.runLocked(round);
            var now = read(as(w.operator).get("/api/rounds/" + id).then().statusCode(200).extract().response());
            assertThat(now.get("status").asText()).isEqualTo("RUNNING");
            assertThat(now.get("progress").asDouble()).isZero();
            assertThat(RoundRunner.advisory(other, "select pg_advisory_unlock(?)", round)).isTrue();
        }
        runner.runLocked(round);
        Awaitility.await("the round is done").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> read(as(w.operator).get("/api/rounds/" + id).then().extract().response())
                        .get("status").asText().equals("DONE"));
        var results = read(as(w.operator).get("/api/rounds/" + id + "/results").then().statusCode(200).extract().response());
        assertThat(results.get("items")).hasSize(1);
        String opening = results.get("items").get(0).get("opening").asText();
        assertThat(read(as(w.operator).get("/api/placements?opening=" + opening + "&limit=100").then().statusCode(200)
                .extract().response()).get("items")).hasSize(1);
    }
}
