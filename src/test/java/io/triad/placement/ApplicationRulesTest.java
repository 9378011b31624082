package io.triad.placement;

import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.find;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What applying and approving check beyond the states: eligibility with the student's true values (recorded, then
 * never recomputed), currency and scope, wages and stacking, the amount's rate, and the engine seeing a full program.
 */
@QuarkusTest
class ApplicationRulesTest {
    @Inject
    DataSource db;

    @Test
    void approvalsThatWouldPayMoreThanTheWagesAreRefusedAndStayPending() throws Exception {
        World w = new World(1, 1);
        String big = w.program("big", "\"flatPerPlacement\": 5000", "");
        String more = w.program("more", "\"flatPerPlacement\": 1000.01", "");
        String placement = w.placement(0);
        w.approve(w.apply(placement, big).get("id").asText());
        String second = w.apply(placement, more).get("id").asText();
        String before = Fingerprint.of(db, w.opening);
        as(w.admin).post("/api/applications/" + second + "/approve").then().statusCode(409)
                .body("failed[0].rule", equalTo("placement.wages")).body("failed[0].need", equalTo("<= 6000"))
                .body("failed[0].have", equalTo("6000.01"));
        assertThat(Fingerprint.of(db, w.opening)).isEqualTo(before);
    }

    @Test
    void aProgramThatDoesNotStackSharesNoPlacementEitherWay() throws Exception {
        World w = new World(2, 2);
        String alone = w.program("alone", "\"flatPerPlacement\": 100, \"stackable\": false", "");
        String stacks = w.program("stacks", "\"flatPerPlacement\": 100", "");
        String first = w.placement(0);
        String aloneFirst = w.apply(first, alone).get("id").asText();
        String stacksFirst = w.apply(first, stacks).get("id").asText();
        w.approve(stacksFirst);
        as(w.admin).post("/api/applications/" + aloneFirst + "/approve").then().statusCode(409)
                .body("failed[0].rule", equalTo("funding.stackable"));
        String second = w.placement(1);
        String aloneSecond = w.apply(second, alone).get("id").asText();
        String stacksSecond = w.apply(second, stacks).get("id").asText();
        w.approve(aloneSecond);
        as(w.admin).post("/api/applications/" + stacksSecond + "/approve").then().statusCode(409)
                .body("failed[0].rule", equalTo("funding.stackable"));
        assertThat(new Seeds(db).ids("select status from application where id in (?::uuid, ?::uuid) order by status",
                aloneFirst, stacksSecond)).containsExactly("PENDING", "PENDING");
    }

    @Test
    void theRecordedAmountUsesTheEnhancedRateOnlyWhenTheStudentSharesIt() throws Exception {
        World w = new World(2, 2);
        String program = w.program("enh", "\"wagePercent\": 10, \"enhancedWagePercent\": 20, "
                + "\"enhancedGroups\": [\"INDIGENOUS\"]", "");
        new Seeds(db).update("update student set doc = jsonb_set(doc, '{shareEnhancedEligibility}', 'true') "
                + "where key = ?", w.student(1));
        assertThat(w.approve(w.apply(w.placement(0), program).get("id").asText()).get("amount").get("value")
                .decimalValue()).isEqualByComparingTo("600.00");
        assertThat(w.approve(w.apply(w.placement(1), program).get("id").asText()).get("amount").get("value")
                .decimalValue()).isEqualByComparingTo("1200.00");
    }

    @Test
    void applyingLearnsTheTrueOutcomeOfAConditionalProgramAndRecordsOnlyRuleIdsAndFlags() throws Exception {
        World w = new World(1, 1);
        String young = w.program("young", "\"flatPerPlacement\": 100", "\"student\": {\"maxAge\": 30}");
        String adult = w.program("adult", "\"flatPerPlacement\": 100",
                "\"student\": {\"minAge\": 18, \"workStatus\": [\"CITIZEN\"]}");
        String placement = w.placement(0);
        String before = Fingerprint.of(db, w.opening);
        jsonAs(w.founder, Map.of("program", young)).post("/api/placements/" + placement + "/applications")
                .then().statusCode(409).contentType("application/problem+json")
                .body("failed[0].rule", equalTo("student.maxAge")).body("failed[0].have", nullValue());
        assertThat(Fingerprint.of(db, w.opening)).isEqualTo(before);
        JsonNode applied = w.apply(placement, adult);
        assertThat(applied.get("verdict").toString()).isEqualTo("[{\"rule\":\"intake.opens\",\"passed\":true},"
                + "{\"rule\":\"intake.deadline\",\"passed\":true},{\"rule\":\"employer.regions\",\"passed\":true},"
                + "{\"rule\":\"student.workStatus\",\"passed\":true},{\"rule\":\"student.minAge\",\"passed\":true}]");
        JsonNode queue = read(as(w.admin).get("/api/programs/" + adult + "/applications").then().statusCode(200)
                .extract().response());
        assertThat(queue.toString()).doesNotContain("2005-01-01").doesNotContain("CITIZEN").doesNotContain("INDIGENOUS");
    }

    @Test
    void onlyAPublishedPlacementProgramInThePlacementsCurrencyIsAppliedFor() throws Exception {
        World w = new World(1, 1);
        String placement = w.placement(0);
        String dollars = "pw-usd-" + w.s;
        jsonAs(w.admin, """
                {"key": "%s", "name": "Dollars", "kind": "GRANT", "scope": "PLACEMENT",
                 "funding": {"currency": "USD", "flatPerPlacement": 100}}""".formatted(dollars))
                .put("/api/programs/" + dollars).then().statusCode(201);
        String company = "pw-co-" + w.s;
        jsonAs(w.admin, """
                {"key": "%s", "name": "Company", "kind": "GRANT", "scope": "COMPANY",
                 "funding": {"currency": "CAD", "maxAmount": 100}}""".formatted(company))
                .put("/api/programs/" + company).then().statusCode(201);
        String draft = "pw-draft-" + w.s;
        jsonAs(w.admin, """
                {"key": "%s", "name": "Draft", "kind": "GRANT", "scope": "PLACEMENT", "status": "DRAFT",
                 "funding": {"currency": "CAD", "flatPerPlacement": 100}}""".formatted(draft))
                .put("/api/programs/" + draft).then().statusCode(201);
        String path = "/api/placements/" + placement + "/applications";
        String before = Fingerprint.of(db, w.opening);
        jsonAs(w.founder, Map.of("program", dollars)).post(path).then().statusCode(409)
                .body("failed[0].rule", equalTo("funding.currency")).body("failed[0].need", equalTo("CAD"))
                .body("failed[0].have", equalTo("USD"));
        jsonAs(w.founder, Map.of("program", company)).post(path).then().statusCode(409)
                .body("failed[0].rule", equalTo("scope"));
        jsonAs(w.founder, Map.of("program", draft)).post(path).then().statusCode(404);
        jsonAs(w.operator, Map.of("program", draft)).post(path).then().statusCode(409);
        jsonAs(w.founder, Map.of("program", "pw-nothing-" + w.s)).post(path).then().statusCode(404);
        jsonAs(w.founder, Map.of()).post(path).then().statusCode(400).body("violations[0].field", equalTo("program"));
        jsonAs(w.founder, "{\"program\": 3, \"extra\": true}").post(path).then().statusCode(400);
        jsonAs(w.founder, "{not json").post(path).then().statusCode(400);
        assertThat(Fingerprint.of(db, w.opening)).isEqualTo(before);
    }

    @Test
    void aProgramWhoseApprovalsReachItsCapacityIsNoLongerOfferedAsAMatch() {
        World w = new World(2, 2);
        String program = w.program("cap1", "\"flatPerPlacement\": 100", "\"capacity\": 1");
        await("the program funds the second student", () -> funding(w, 1).contains(program));
        w.approve(w.apply(w.placement(0), program).get("id").asText());
        await("the full program funds nobody", () -> !funding(w, 1).contains(program));
        JsonNode match = find(matches(w), "student", w.student(1));
        assertThat(texts(match.get("nearMisses"), "program")).doesNotContain(program);
    }

    @Test
    void theStartupSeesTheEmailOfAStudentOnlyOnceTheStudentAccepted() {
        World w = new World(1, 1);
        String path = "/api/students/" + w.student(0);
        as(w.founder).get(path).then().statusCode(200).body("email", nullValue()).body("birthDate", nullValue());
        w.placement(0);
        as(w.founder).get(path).then().statusCode(200).body("email", equalTo("t0-" + w.s + "@example.org"))
                .body("birthDate", nullValue()).body("groups", nullValue());
    }

    private static List<String> funding(World w, int student) {
        JsonNode match = find(matches(w), "student", w.student(student));
        return texts(match.path("programs"), "program");
    }

    private static JsonNode matches(World w) {
        return read(as(w.founder).get("/api/openings/" + w.opening + "/matches?limit=1000").then().statusCode(200)
                .extract().response()).get("items");
    }
}
