package io.triad.placement;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Programs, openings and accounts that change under the workflow: a program with live applications is not deleted,
 * its currency stays while approvals exist, raised capacity releases the waitlist; positions never drop below active
 * placements; erasing a student, a founder or an administrator ends, anonymises or hands over what they held.
 */
@QuarkusTest
class PlacementChangesTest {
    @Inject
    DataSource db;

    @Test
    void aProgramWithLiveApplicationsIsNotDeletedAndOneWithOnlyEndedOnesIs() throws Exception {
        World w = new World(1, 1);
        String program = w.program("del", "\"flatPerPlacement\": 100", "");
        String application = w.apply(w.placement(0), program).get("id").asText();
        as(w.admin).delete("/api/programs/" + program).then().statusCode(409).contentType("application/problem+json");
        as(w.admin).get("/api/programs/" + program).then().statusCode(200);
        as(w.founder).post("/api/applications/" + application + "/withdraw").then().statusCode(200);
        as(w.admin).delete("/api/programs/" + program).then().statusCode(204);
        assertThat(new Seeds(db).count("select count(*) from application where id = ?::uuid", application)).isZero();
    }

    @Test
    void aProgramKeepsItsCurrencyWhileItHasApprovedApplications() throws Exception {
        World w = new World(2, 2);
        String program = w.program("cur", "\"flatPerPlacement\": 100", "");
        String pending = w.apply(w.placement(0), program).get("id").asText();
        String path = "/api/programs/" + program;
        JsonNode doc = read(as(w.admin).get(path).then().statusCode(200).extract().response());
        String inDollars = doc.toString().replace("\"currency\":\"CAD\"", "\"currency\":\"USD\"");
        jsonAs(w.admin, inDollars).put(path).then().statusCode(200);
        jsonAs(w.admin, doc.toString()).put(path).then().statusCode(200);
        w.approve(pending);
        jsonAs(w.admin, inDollars).put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("funding.currency"));
        as(w.admin).get(path).then().body("funding.currency", equalTo("CAD"));
    }

    @Test
    void raisingCapacityOrBudgetReturnsWaitlistedApplicationsToPendingInAppliedOrder() throws Exception {
        World w = new World(3, 3);
        String program = w.program("raise", "\"flatPerPlacement\": 100, \"budget\": 100", "\"capacity\": 5");
        List<String> applications = List.of(0, 1, 2).stream()
                .map(i -> w.apply(w.placement(i), program).get("id").asText()).toList();
        applications.forEach(w::approve);
        String path = "/api/programs/" + program;
        String doc = read(as(w.admin).get(path).then().statusCode(200).extract().response()).toString();
        jsonAs(w.admin, doc.replace("\"budget\":100.00", "\"budget\":200").replace("\"budget\":100", "\"budget\":200"))
                .put(path).then().statusCode(200);
        Seeds seeds = new Seeds(db);
        assertThat(seeds.ids("select status from application where id = any(?::uuid[]) order by applied_at",
                (Object) applications.toArray(String[]::new)))
                .containsExactly("APPROVED", "PENDING", "WAITLISTED");
        JsonNode queue = read(as(w.admin).get(path + "/applications").then().statusCode(200).extract().response());
        assertThat(texts(queue.get("items").get(1).get("history"), "by")).containsExactly("STARTUP", "PROGRAM_ADMIN",
                "SYSTEM");
    }

    @Test
    void positionsNeverDropBelowTheActivePlacementsAndARemovedOpeningEndsItsPlacements() throws Exception {
        World w = new World(2, 2);
        String program = w.program("pos", "\"flatPerPlacement\": 100", "\"capacity\": 1");
        String first = w.placement(0);
        String second = w.placement(1);
        w.approve(w.apply(first, program).get("id").asText());
        String path = "/api/startups/" + w.startup;
        JsonNode startup = read(as(w.founder).get(path).then().statusCode(200).extract().response());
        String before = Fingerprint.of(db, w.opening);
        jsonAs(w.founder, startup.toString().replace("\"positions\":2", "\"positions\":1")).put(path).then()
                .statusCode(400).body("violations[0].field", equalTo("openings[0].positions"));
        assertThat(Fingerprint.of(db, w.opening)).isEqualTo(before);
        jsonAs(w.founder, startup.toString().replace("\"positions\":2", "\"positions\":3")).put(path).then()
                .statusCode(200);
        String waiting = w.apply(second, program).get("id").asText();
        assertThat(w.approve(waiting).get("status").asText()).isEqualTo("WAITLISTED");
        String without = startup.toString().replaceAll("\"openings\":\\[.*\\]", "\"openings\":[]");
        jsonAs(w.founder, without).put(path).then().statusCode(200);
        Seeds seeds = new Seeds(db);
        assertThat(seeds.count("select count(*) from placement where id = any(?::uuid[])",
                (Object) new String[] {first, second})).isZero();
        assertThat(read(as(w.admin).get("/api/programs/" + program + "/uptake").then().statusCode(200).extract()
                .response()).get("approved").asLong()).isZero();
    }

    @Test
    void erasingAStudentDeletesItsPlacementsAndReleasesTheirApprovals() throws Exception {
        World w = new World(2, 2);
        String program = w.program("erase", "\"flatPerPlacement\": 100", "\"capacity\": 1");
        String first = w.placement(0);
        String approved = w.apply(first, program).get("id").asText();
        w.approve(approved);
        String waiting = w.apply(w.placement(1), program).get("id").asText();
        w.approve(waiting);
        erase(w.studentAccount(0));
        Seeds seeds = new Seeds(db);
        assertThat(seeds.count("select count(*) from placement where id = ?::uuid", first)).isZero();
        assertThat(seeds.ids("select status from application where id = ?::uuid", waiting)).containsExactly("PENDING");
        assertThat(seeds.count("select count(*) from invitation i join student t on t.id = i.student_id "
                + "where t.key = ?", w.student(0))).isZero();
    }

    @Test
    void anApprovedPlacementThatHasStartedOutlivesItsErasedStudentAsAnAnonymousCommitment() throws Exception {
        World w = new World(1, 1);
        String program = w.program("anon", "\"flatPerPlacement\": 100", "\"capacity\": 1");
        String placement = w.placement(0);
        w.approve(w.apply(placement, program).get("id").asText());
        Seeds seeds = new Seeds(db);
        seeds.update("update placement set start_date = '2021-01-04' where id = ?::uuid", placement);
        erase(w.studentAccount(0));
        assertThat(seeds.ids("select concat_ws(',', status, opening_id, startup_id, student_id) from placement "
                + "where id = ?::uuid", placement)).containsExactly("ACTIVE");
        as(w.admin).get("/api/programs/" + program + "/uptake").then().statusCode(200)
                .body("approved", equalTo(1)).body("placesLeft", equalTo(0));
        as(w.admin).get("/api/placements/" + placement).then().statusCode(200).body("student", equalTo(null))
                .body("startup", equalTo(null));
        as(w.founder).get("/api/placements/" + placement).then().statusCode(404);
    }

    @Test
    void erasingAFounderEndsItsPlacements() throws Exception {
        World w = new World(1, 1);
        String program = w.program("founder", "\"flatPerPlacement\": 100", "");
        String placement = w.placement(0);
        String application = w.apply(placement, program).get("id").asText();
        erase(w.founder);
        Seeds seeds = new Seeds(db);
        assertThat(seeds.count("select count(*) from placement where id = ?::uuid", placement)).isZero();
        assertThat(seeds.count("select count(*) from application where id = ?::uuid", application)).isZero();
        as(w.studentAccount(0)).get("/api/placements/" + placement).then().statusCode(404);
    }

    @Test
    void anErasedAdministratorsProgramsWithLiveApplicationsPassToTheOperators() throws Exception {
        World w = new World(1, 1);
        String live = w.program("live", "\"flatPerPlacement\": 100", "");
        String idle = w.program("idle", "\"flatPerPlacement\": 100", "");
        String application = w.apply(w.placement(0), live).get("id").asText();
        erase(w.admin);
        Seeds seeds = new Seeds(db);
        assertThat(seeds.ids("select coalesce(owner_id::text, 'operators') from program where key = ?", live))
                .containsExactly("operators");
        assertThat(seeds.count("select count(*) from program where key = ?", idle)).isZero();
        as(w.operator).post("/api/applications/" + application + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void anImportIsHeldToTheSameRulesAsTheApi() throws Exception {
        World w = new World(2, 2);
        String program = w.program("imp", "\"flatPerPlacement\": 100", "\"capacity\": 1");
        String first = w.placement(0);
        String second = w.placement(1);
        w.approve(w.apply(first, program).get("id").asText());
        String waiting = w.apply(second, program).get("id").asText();
        w.approve(waiting);
        JsonNode doc = read(as(w.admin).get("/api/programs/" + program).then().statusCode(200).extract().response());
        String before = Fingerprint.of(db, w.opening);
        String dollars = doc.toString().replace("\"currency\":\"CAD\"", "\"currency\":\"USD\"");
        jsonAs(w.operator, "{\"programs\": [" + dollars + "]}").post("/api/import").then().statusCode(400)
                .body("violations[0].field", equalTo("programs[0].funding.currency"));
        JsonNode startup = read(as(w.founder).get("/api/startups/" + w.startup).then().statusCode(200).extract()
                .response());
        jsonAs(w.operator, "{\"startups\": [" + startup.toString().replace("\"positions\":2", "\"positions\":1")
                + "]}").post("/api/import").then().statusCode(400)
                .body("violations[0].field", equalTo("startups[0].openings[0].positions"));
        assertThat(Fingerprint.of(db, w.opening)).isEqualTo(before);

        jsonAs(w.operator, "{\"programs\": [" + doc.toString().replace("\"capacity\":1", "\"capacity\":2") + "]}")
                .post("/api/import").then().statusCode(200);
        assertThat(new Seeds(db).ids("select status from application where id = ?::uuid", waiting))
                .containsExactly("PENDING");
        jsonAs(w.operator, "{\"startups\": [" + startup.toString().replaceAll("\"openings\":\\[.*\\]",
                "\"openings\":[]") + "]}").post("/api/import").then().statusCode(200);
        assertThat(new Seeds(db).count("select count(*) from placement where id = any(?::uuid[])",
                (Object) new String[] {first, second})).isZero();
    }

    private static void erase(String email) {
        as(email).delete("/api/accounts/me").then().statusCode(204);
    }
}
