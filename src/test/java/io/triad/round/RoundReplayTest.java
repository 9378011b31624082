package io.triad.round;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A round whose stage 2 stops at its work limit replays through the API to the same assignment and funding, even
 * after the configured limit changed: the run froze its limit with its inputs.
 */
@QuarkusTest
class RoundReplayTest {

    @Test
    void aRoundStoppedByItsWorkLimitReplaysToTheSameAssignmentAndFunding() {
        RoundWorld w = new RoundWorld(2);
        // one placement worth 6,000 of wages: the largest grant first (4,000) leaves no room for the two 3,000s that
        // together fund 6,000, so a search stopped before it improves on that first answer is not proven optimal
        String big = w.program("big", "\"flatPerPlacement\": 4000", "");
        String small = w.program("small", "\"flatPerPlacement\": 3000", "");
        String other = w.program("other", "\"flatPerPlacement\": 3000", "");
        String id = w.round(List.of(big, small, other), 31);
        List<String> t = w.students;
        jsonAs(w.accounts.get(0), Map.of("openings", List.of(w.a))).put("/api/rounds/" + id + "/students/" + t.get(0))
                .then().statusCode(200);
        jsonAs(w.accounts.get(1), Map.of("openings", List.of(w.c))).put("/api/rounds/" + id + "/students/" + t.get(1))
                .then().statusCode(200);
        jsonAs(w.founder, Map.of("students", List.of(t.get(0)))).put("/api/rounds/" + id + "/openings/" + w.a)
                .then().statusCode(200);
        jsonAs(w.otherFounder, Map.of("engineOrder", true)).put("/api/rounds/" + id + "/openings/" + w.c)
                .then().statusCode(200);

        QuarkusMock.installMockForType(new Stage2Limits(1e-9, 120), Stage2Limits.class);
        as(w.operator).post("/api/rounds/" + id + "/run").then().statusCode(202);
        Awaitility.await("the round is done").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> read(as(w.operator).get("/api/rounds/" + id).then().extract().response())
                        .get("status").asText().equals("DONE"));

        JsonNode results = read(as(w.operator).get("/api/rounds/" + id + "/results").then().statusCode(200)
                .extract().response());
        assertThat(results.get("items")).hasSize(2);
        BigDecimal committed = BigDecimal.ZERO;
        int approved = 0;
        for (JsonNode item : results.get("items")) {
            JsonNode placement = read(as(w.operator).get("/api/placements/" + item.get("placement").asText())
                    .then().statusCode(200).extract().response());
            for (JsonNode a : placement.get("applications")) {
                if (a.get("status").asText().equals("APPROVED")) {
                    approved++;
                    committed = committed.add(a.get("amount").get("value").decimalValue());
                }
            }
        }
        assertThat(committed).as("the first answer, 4,000 per placement").isEqualByComparingTo("8000");

        // a larger limit configured since would prove 12,000 optimal: the replay must use the run's own
        QuarkusMock.installMockForType(new Stage2Limits(5, 120), Stage2Limits.class);
        for (int i = 0; i < 2; i++) {
            JsonNode replay = read(as(w.operator).post("/api/rounds/" + id + "/replay").then().statusCode(200)
                    .extract().response());
            assertThat(replay.get("equal").asBoolean()).isTrue();
            assertThat(replay.get("seed").asLong()).isEqualTo(31);
            assertThat(replay.get("matched").asInt()).isEqualTo(2);
            assertThat(replay.get("funded").asInt()).isEqualTo(approved).isEqualTo(2);
            assertThat(replay.get("total").get("value").decimalValue()).isEqualByComparingTo(committed);
            assertThat(replay.get("optimal").asBoolean()).isFalse();
            assertThat(replay.get("gap").asDouble()).isEqualTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(replay.get("stop").asText()).isEqualTo("WORK_LIMIT");
            assertThat(replay.get("runStop").asText()).isEqualTo("WORK_LIMIT");
        }
        JsonNode figures = read(as(w.operator).get("/api/rounds/" + id).then().statusCode(200).extract().response())
                .get("figures");
        assertThat(figures.get("optimal").asBoolean()).isFalse();
        assertThat(figures.get("gap").asDouble()).isEqualTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(figures.get("stop").asText()).isEqualTo("WORK_LIMIT");
        String page = io.restassured.RestAssured.given().auth().preemptive().basic(w.operator, io.triad.TestApi.PASSWORD)
                .cookie(io.triad.TestApi.PRE_SESSION, io.triad.TestApi.formToken().cookie()).get("/rounds/" + id)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Solver: best found within its work limit, at most 33.33 % below the optimum.")
                .contains("Round big").doesNotContain(">" + big);
    }
}
