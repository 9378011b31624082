package io.triad.round;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** WORKFLOW.md's matching rounds through the API: shapes, problem details, who may do what, and a whole run. */
@QuarkusTest
class RoundApiTest {

    @Test
    void createsAnOpenRoundOnlyForOperators() {
        RoundWorld w = new RoundWorld(1);
        JsonNode round = read(jsonAs(w.operator, Map.of("name", "Fall", "openings", List.of(w.a, w.c),
                "closesOn", "2090-01-31", "seed", 7)).post("/api/rounds").then().statusCode(201).extract().response());
        assertThat(round.get("status").asText()).isEqualTo("OPEN");
        assertThat(round.get("progress").asDouble()).isZero();
        assertThat(round.get("seed").asLong()).isEqualTo(7);
        assertThat(TestApi.texts(round.get("openings"), null)).containsExactly(w.a, w.c);
        jsonAs(w.founder, Map.of("name", "Fall", "openings", List.of(w.a), "closesOn", "2090-01-31"))
                .post("/api/rounds").then().statusCode(403).contentType("application/problem+json");
        jsonAs(w.operator, Map.of("name", "Fall", "openings", List.of("rw-nope-" + w.s), "closesOn", "2090-01-31"))
                .post("/api/rounds").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("openings[0]"));
        jsonAs(w.operator, Map.of("name", "Fall", "openings", List.of(w.a), "closesOn", "soon"))
                .post("/api/rounds").then().statusCode(400).contentType("application/problem+json");
        jsonAs(w.operator, Map.of("openings", List.of(w.a), "closesOn", "2090-01-31"))
                .post("/api/rounds").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void showsARoundToItsPartiesOnly() {
        RoundWorld w = new RoundWorld(1);
        String id = w.round(List.of(), 1);
        as(w.operator).get("/api/rounds/" + id).then().statusCode(200).body("name", containsString("Spring"));
        as(w.founder).get("/api/rounds/" + id).then().statusCode(200).body("status", org.hamcrest.Matchers.is("OPEN"))
                .body("seed", org.hamcrest.Matchers.nullValue());
        as(w.otherFounder).get("/api/rounds/" + id).then().statusCode(200);
        as(w.accounts.get(0)).get("/api/rounds/" + id).then().statusCode(200);
        as(w.outsider).get("/api/rounds/" + id).then().statusCode(404).contentType("application/problem+json");
        as(w.admin).get("/api/rounds/" + id).then().statusCode(404);
        as(TestApi.account(Role.STARTUP)).get("/api/rounds/" + id).then().statusCode(404);
        as(w.operator).get("/api/rounds/not-a-uuid").then().statusCode(404);
        as(w.operator).get("/api/rounds/" + java.util.UUID.randomUUID()).then().statusCode(404);
        as(w.founder).post("/api/rounds/" + id + "/run").then().statusCode(403);
        as(w.outsider).post("/api/rounds/" + id + "/run").then().statusCode(404);
        as(w.founder).post("/api/rounds/" + id + "/replay").then().statusCode(403);
        as(w.accounts.get(0)).get("/api/rounds/" + id + "/results").then().statusCode(409);
    }

    @Test
    void rejectsBadRankingsWithProblemDetails() {
        RoundWorld w = new RoundWorld(2);
        String id = w.round(List.of(), 1);
        String student = "/api/rounds/" + id + "/students/" + w.students.get(0);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("rw-x" + i);
        }
        for (Object body : List.of(Map.of("openings", many), Map.of("openings", List.of(w.a, w.a)),
                Map.of("openings", List.of("rw-elsewhere-" + w.s)), Map.of("other", 1))) {
            jsonAs(w.accounts.get(0), body).put(student).then().statusCode(400).contentType("application/problem+json");
        }
        String opening = "/api/rounds/" + id + "/openings/" + w.a;
        for (Object body : List.of(Map.of("students", List.of(w.students.get(0)), "engineOrder", true), Map.of(),
                Map.of("students", List.of("rw-out-" + w.s)), Map.of("engineOrder", false))) {
            jsonAs(w.founder, body).put(opening).then().statusCode(400).contentType("application/problem+json");
        }
        jsonAs(w.accounts.get(0), Map.of("openings", List.of(w.b, w.a))).put(student).then().statusCode(200)
                .body("openings", org.hamcrest.Matchers.contains(w.b, w.a));
        jsonAs(w.founder, Map.of("engineOrder", true)).put(opening).then().statusCode(200)
                .body("engineOrder", org.hamcrest.Matchers.is(true));
    }

    @Test
    void letsOnlyTheStudentAndTheOpeningsStartupRank() {
        RoundWorld w = new RoundWorld(2);
        String id = w.round(List.of(), 1);
        Map<String, Object> openings = Map.of("openings", List.of(w.a));
        String student = "/api/rounds/" + id + "/students/" + w.students.get(0);
        jsonAs(w.accounts.get(1), openings).put(student).then().statusCode(403);
        jsonAs(w.operator, openings).put(student).then().statusCode(403);
        jsonAs(w.founder, openings).put(student).then().statusCode(403);
        jsonAs(w.outsider, openings).put(student).then().statusCode(404);
        jsonAs(w.admin, openings).put(student).then().statusCode(404);
        Map<String, Object> students = Map.of("students", List.of(w.students.get(0)));
        String opening = "/api/rounds/" + id + "/openings/" + w.a;
        jsonAs(w.otherFounder, students).put(opening).then().statusCode(403);
        jsonAs(w.accounts.get(0), students).put(opening).then().statusCode(403);
        jsonAs(w.outsider, students).put(opening).then().statusCode(404);
        jsonAs(w.operator, students).put(opening).then().statusCode(200);
        jsonAs(w.founder, students).put("/api/rounds/" + id + "/openings/rw-none-" + w.s).then().statusCode(404);
    }

    @Test
    void runsOnceAndWritesAStableFundedResultThatReplays() {
        RoundWorld w = new RoundWorld(5);
        String flat = w.program("flat", "\"flatPerPlacement\": 1000", "\"capacity\": 2");
        String half = w.program("half", "\"wagePercent\": 50, \"capPerPlacement\": 2500, \"budget\": 5000, "
                + "\"stackable\": false", "");
        String id = w.round(List.of(flat, half), 99);
        List<List<String>> lists = List.of(List.of(w.a, w.b, w.c), List.of(w.a, w.c), List.of(w.b, w.a), List.of(w.c),
                List.of(w.a, w.b));
        for (int i = 0; i < 5; i++) {
            jsonAs(w.accounts.get(i), Map.of("openings", lists.get(i)))
                    .put("/api/rounds/" + id + "/students/" + w.students.get(i)).then().statusCode(200);
        }
        List<String> t = w.students;
        jsonAs(w.founder, Map.of("students", List.of(t.get(4), t.get(0), t.get(1), t.get(2))))
                .put("/api/rounds/" + id + "/openings/" + w.a).then().statusCode(200);
        jsonAs(w.founder, Map.of("engineOrder", true)).put("/api/rounds/" + id + "/openings/" + w.b).then().statusCode(200);
        jsonAs(w.otherFounder, Map.of("students", List.of(t.get(1), t.get(3), t.get(0))))
                .put("/api/rounds/" + id + "/openings/" + w.c).then().statusCode(200);

        as(w.operator).post("/api/rounds/" + id + "/run").then().statusCode(202).body("status",
                org.hamcrest.Matchers.oneOf("RUNNING", "DONE"));
        as(w.operator).post("/api/rounds/" + id + "/run").then().statusCode(409).contentType("application/problem+json");
        Awaitility.await("the round is done").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> read(as(w.operator).get("/api/rounds/" + id).then().extract().response())
                        .get("status").asText().equals("DONE"));

        JsonNode results = read(as(w.operator).get("/api/rounds/" + id + "/results").then().statusCode(200).extract().response());
        assertThat(results.get("seed").asLong()).isEqualTo(99);
        Map<String, String> matched = new java.util.HashMap<>();
        Map<String, Integer> choice = new java.util.HashMap<>();
        results.get("items").forEach(i -> {
            matched.put(i.get("student").asText(), i.get("opening").asText());
            choice.put(i.get("student").asText(), i.get("choice").asInt());
        });
        // t4 is a's first; t1, refused by a, is c's first; t0 and t2 fill b's two positions; t3 ranked only c
        assertThat(matched).isEqualTo(Map.of(t.get(4), w.a, t.get(1), w.c, t.get(0), w.b, t.get(2), w.b));
        assertThat(choice).isEqualTo(Map.of(t.get(4), 1, t.get(1), 2, t.get(0), 2, t.get(2), 1));
        assertThat(TestApi.texts(results.get("unmatched"), null)).containsExactly(t.get(3));

        // funding: two placements with the non-stackable 2,500 (its whole budget), two with the flat 1,000 (capacity 2)
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode item : results.get("items")) {
            JsonNode placement = read(as(w.operator).get("/api/placements/" + item.get("placement").asText())
                    .then().statusCode(200).extract().response());
            assertThat(placement.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(placement.get("round").asText()).isEqualTo(id);
            assertThat(placement.get("student").asText()).isEqualTo(item.get("student").asText());
            List<JsonNode> approved = new ArrayList<>();
            placement.get("applications").forEach(a -> {
                if (a.get("status").asText().equals("APPROVED")) {
                    approved.add(a);
                }
            });
            assertThat(approved).hasSize(1);
            assertThat(item.get("applications").size()).isEqualTo(1);
            total = total.add(approved.get(0).get("amount").get("value").decimalValue());
        }
        assertThat(total).isEqualByComparingTo("7000");
        JsonNode uptake = read(as(w.admin).get("/api/programs/" + half + "/uptake").then().statusCode(200).extract().response());
        assertThat(uptake.get("committed").get("value").decimalValue()).isEqualByComparingTo("5000");
        uptake = read(as(w.admin).get("/api/programs/" + flat + "/uptake").then().statusCode(200).extract().response());
        assertThat(uptake.get("approved").asInt()).isEqualTo(2);

        JsonNode round = read(as(w.operator).get("/api/rounds/" + id).then().statusCode(200).extract().response());
        assertThat(round.get("figures").get("matchRate").asDouble()).isEqualTo(0.8);
        assertThat(round.get("figures").get("choices").get("1").asInt()).isEqualTo(2);
        assertThat(round.get("figures").get("choices").get("2").asInt()).isEqualTo(2);
        as(w.operator).post("/api/rounds/" + id + "/replay").then().statusCode(200)
                .body("equal", org.hamcrest.Matchers.is(true)).body("seed", org.hamcrest.Matchers.is(99));

        JsonNode own = read(as(w.founder).get("/api/rounds/" + id + "/results").then().statusCode(200).extract().response());
        assertThat(own.get("items").findValuesAsText("opening")).containsOnly(w.a, w.b).hasSize(3);
        assertThat(own.get("unmatched")).isEmpty();
        assertThat(why(own)).containsExactlyInAnyOrder(w.a + " " + t.get(0) + " FILLED_HIGHER",
                w.a + " " + t.get(1) + " FILLED_HIGHER", w.a + " " + t.get(2) + " CHOSE_HIGHER",
                // b took the engine's order: everyone in the round who fits it, wanted or not
                w.b + " " + t.get(1) + " DID_NOT_RANK", w.b + " " + t.get(3) + " DID_NOT_RANK",
                w.b + " " + t.get(4) + " CHOSE_HIGHER");
        own = read(as(w.otherFounder).get("/api/rounds/" + id + "/results").then().statusCode(200).extract().response());
        assertThat(why(own)).containsExactly(w.c + " " + t.get(3) + " FILLED_HIGHER", w.c + " " + t.get(0) + " CHOSE_HIGHER");
        own = read(as(w.accounts.get(1)).get("/api/rounds/" + id + "/results").then().statusCode(200).extract().response());
        assertThat(why(own)).containsExactly(w.a + " " + t.get(1) + " FILLED_HIGHER");
        own = read(as(w.accounts.get(0)).get("/api/rounds/" + id + "/results").then().statusCode(200).extract().response());
        assertThat(own.get("items").findValuesAsText("student")).containsExactly(t.get(0));
        own = read(as(w.accounts.get(3)).get("/api/rounds/" + id + "/results").then().statusCode(200).extract().response());
        assertThat(own.get("items")).isEmpty();
        assertThat(TestApi.texts(own.get("unmatched"), null)).containsExactly(t.get(3));
        assertThat(why(own)).containsExactly(w.c + " " + t.get(3) + " FILLED_HIGHER");
        assertThat(read(as(w.operator).get("/api/rounds/" + id + "/results").then().extract().response()).has("why"))
                .isFalse();
        as(w.outsider).get("/api/rounds/" + id + "/results").then().statusCode(404);

        jsonAs(w.accounts.get(3), Map.of("openings", List.of(w.a)))
                .put("/api/rounds/" + id + "/students/" + t.get(3)).then().statusCode(409);
    }

    private static List<String> why(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.get("why").forEach(r -> out.add(r.get("opening").asText() + " " + r.get("student").asText() + " "
                + r.get("code").asText()));
        return out;
    }
}
