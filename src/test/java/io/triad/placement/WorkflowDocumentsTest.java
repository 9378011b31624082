package io.triad.placement;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.domain.Role;
import org.junit.jupiter.api.Test;

/** WORKFLOW.md's additions to DATA.md's documents: funding.budget and funding.stackable, an opening's currency. */
@QuarkusTest
class WorkflowDocumentsTest {
    private static final String PROGRAM = """
            {"key": "%s", "name": "Budgeted", "kind": "GRANT", "scope": "PLACEMENT",
             "funding": {"currency": "CAD", "flatPerPlacement": 100%s}}""";
    private static final String STARTUP = """
            {"key": "%s", "name": "Priced", "stage": "SEED", "region": "CA-ON", "headcount": 2, "foundedOn": "2020-01-01",
             "incorporated": true, "forProfit": true, "openings": [{"key": "%s-o", "title": "Co-op",
             "startDate": "2091-01-01", "weeks": 4, "hoursPerWeek": 20, "hourlyWage": 20, "workMode": "REMOTE"%s}]}""";

    @Test
    void aProgramMayHaveABudgetAndNotStackAndDefaultsToNoBudgetAndStacking() {
        String admin = TestApi.account(Role.PROGRAM_ADMIN);
        String key = "wd-" + TestApi.unique();
        jsonAs(admin, PROGRAM.formatted(key, "")).put("/api/programs/" + key).then().statusCode(201)
                .body("funding.budget", nullValue()).body("funding.stackable", equalTo(true));
        jsonAs(admin, PROGRAM.formatted(key, ", \"budget\": 2500.5, \"stackable\": false")).put("/api/programs/" + key)
                .then().statusCode(200).body("funding.budget", equalTo(2500.5f)).body("funding.stackable", equalTo(false));
        jsonAs(admin, PROGRAM.formatted(key, ", \"budget\": -1, \"stackable\": \"no\"")).put("/api/programs/" + key)
                .then().statusCode(400).body("violations.field", contains("funding.budget", "funding.stackable"));
        as(admin).get("/api/programs/" + key).then().body("funding.budget", equalTo(2500.5f));
    }

    @Test
    void theRuleBuilderKeepsABudgetAndANonStackingChoiceAndTheDirectorySaysThem() {
        String admin = TestApi.account(Role.PROGRAM_ADMIN);
        String key = "wd-form-" + TestApi.unique();
        String token = TestApi.csrfToken();
        as(admin).redirects().follow(false).cookie(TestApi.PRE_SESSION, TestApi.formToken().cookie()).formParam("_csrf", token).formParam("key", key)
                .formParam("name", "Form budget").formParam("kind", "GRANT").formParam("scope", "PLACEMENT")
                .formParam("funding.currency", "CAD").formParam("funding.flatPerPlacement", "100")
                .formParam("funding.budget", "2500").formParam("funding.stackable", "false")
                .formParam("action", "publish").post("/admin/programs/new").then().statusCode(303);
        as(admin).get("/api/programs/" + key).then().statusCode(200).body("funding.budget", equalTo(2500))
                .body("funding.stackable", equalTo(false));
        as(admin).get("/admin/programs/" + key + "/edit").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<option value=\"false\" selected>No</option>"))
                .body(org.hamcrest.Matchers.containsString("value=\"2500\""));
        io.restassured.RestAssured.given().get("/programs/" + key + "?lang=en").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Has $2,500.00 in all for placements."))
                .body(org.hamcrest.Matchers.containsString("Does not combine with other programs"));
    }

    @Test
    void anOpeningIsPaidInItsCurrencyCadByDefault() {
        String founder = TestApi.account(Role.STARTUP);
        String key = "wd-" + TestApi.unique();
        jsonAs(founder, STARTUP.formatted(key, key, "")).put("/api/startups/" + key).then().statusCode(201)
                .body("openings[0].currency", equalTo("CAD"));
        jsonAs(founder, STARTUP.formatted(key, key, ", \"currency\": \"EUR\"")).put("/api/startups/" + key).then()
                .statusCode(200).body("openings[0].currency", equalTo("EUR"));
        jsonAs(founder, STARTUP.formatted(key, key, ", \"currency\": \"euro\"")).put("/api/startups/" + key).then()
                .statusCode(400).body("violations.field", contains("openings[0].currency"));
    }
}
