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
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * WORKFLOW.md's state machines: every allowed transition, and every other one 409 with nothing changed (the opening's
 * {@link Fingerprint} before and after). Time passes by moving dates in the database: an opening whose start date is
 * in the past expires its invitations; a placement whose start date is today has started.
 */
@QuarkusTest
class PlacementStatesTest {
    private static final String[] INVITATION_ACTIONS = {"accept", "decline", "withdraw"};

    @Inject
    DataSource db;

    @Test
    void aDeclinedInvitationIsFinalAndTheStudentCannotBeInvitedAgain() throws Exception {
        World w = new World(1, 1);
        String id = w.invite(0).get("id").asText();
        as(w.studentAccount(0)).post("/api/invitations/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        noInvitationActionChanges(w, id);
        unchanged(w, () -> jsonAs(w.founder, Map.of("student", w.student(0)))
                .post("/api/openings/" + w.opening + "/invitations").then().statusCode(409));
    }

    @Test
    void aWithdrawnInvitationIsFinalAndTheStudentMayBeInvitedAgain() throws Exception {
        World w = new World(1, 1);
        String id = w.invite(0).get("id").asText();
        unchanged(w, () -> jsonAs(w.founder, Map.of("student", w.student(0)))
                .post("/api/openings/" + w.opening + "/invitations").then().statusCode(409));
        as(w.founder).post("/api/invitations/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        noInvitationActionChanges(w, id);
        assertThat(w.invite(0).get("status").asText()).isEqualTo("INVITED");
    }

    @Test
    void anAcceptedInvitationIsFinalAndAnotherWaitsUntilThePlacementIsCancelled() throws Exception {
        World w = new World(1, 1);
        String id = w.invite(0).get("id").asText();
        String placement = w.accept(0, id).get("placement").asText();
        noInvitationActionChanges(w, id);
        unchanged(w, () -> jsonAs(w.founder, Map.of("student", w.student(0)))
                .post("/api/openings/" + w.opening + "/invitations").then().statusCode(409));
        as(w.studentAccount(0)).post("/api/placements/" + placement + "/cancel").then().statusCode(200);
        assertThat(w.invite(0).get("status").asText()).isEqualTo("INVITED");
    }

    @Test
    void anInvitationExpiresOnceTheOpeningHasStartedAndThenNothingMovesIt() throws Exception {
        World w = new World(2, 1);
        String id = w.invite(0).get("id").asText();
        new Seeds(db).update("update opening set doc = jsonb_set(doc, '{startDate}', '\"2021-03-01\"') where key = ?",
                w.opening);
        JsonNode expired = read(as(w.studentAccount(0)).get("/api/invitations?status=EXPIRED").then().statusCode(200)
                .extract().response());
        assertThat(texts(expired.get("items"), "id")).containsExactly(id);
        assertThat(texts(expired.get("items"), "status")).containsExactly("EXPIRED");
        assertThat(read(as(w.studentAccount(0)).get("/api/invitations?status=INVITED").then().statusCode(200)
                .extract().response()).get("total").asLong()).isZero();
        noInvitationActionChanges(w, id);
        unchanged(w, () -> jsonAs(w.founder, Map.of("student", w.student(1)))
                .post("/api/openings/" + w.opening + "/invitations").then().statusCode(409)
                .body("failed[0].rule", equalTo("opening.startDate")));
    }

    @Test
    void aPlacementIsCancelledOnceAndOnlyBeforeItStarts() throws Exception {
        World w = new World(2, 2);
        String program = w.program("cancel", "\"flatPerPlacement\": 1000", "\"capacity\": 1");
        String first = w.placement(0);
        String second = w.placement(1);
        String approved = w.apply(first, program).get("id").asText();
        String waiting = w.apply(second, program).get("id").asText();
        w.approve(approved);
        assertThat(w.approve(waiting).get("status").asText()).isEqualTo("WAITLISTED");

        JsonNode cancelled = read(as(w.founder).post("/api/placements/" + first + "/cancel").then().statusCode(200)
                .extract().response());
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(texts(cancelled.get("applications"), "status")).containsExactly("WITHDRAWN");
        assertThat(texts(cancelled.get("history"), "to")).containsExactly("ACTIVE", "CANCELLED");
        assertThat(status(w, waiting)).isEqualTo("PENDING");
        unchanged(w, () -> {
            as(w.founder).post("/api/placements/" + first + "/cancel").then().statusCode(409);
            jsonAs(w.founder, Map.of("program", program)).post("/api/placements/" + first + "/applications")
                    .then().statusCode(409);
        });
        started(w, second);
        unchanged(w, () -> as(w.studentAccount(1)).post("/api/placements/" + second + "/cancel").then().statusCode(409));
    }

    @Test
    void anApprovedApplicationMayOnlyBeWithdrawnAndOnlyBeforeThePlacementStarts() throws Exception {
        World w = new World(2, 2);
        String program = w.program("appr", "\"flatPerPlacement\": 1000", "");
        String first = w.placement(0);
        String application = w.apply(first, program).get("id").asText();
        w.approve(application);
        unchanged(w, () -> {
            as(w.admin).post("/api/applications/" + application + "/approve").then().statusCode(409);
            jsonAs(w.admin, Map.of("reason", "late")).post("/api/applications/" + application + "/refuse")
                    .then().statusCode(409);
            jsonAs(w.founder, Map.of("program", program)).post("/api/placements/" + first + "/applications")
                    .then().statusCode(409);
        });
        as(w.founder).post("/api/applications/" + application + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        String second = w.placement(1);
        String started = w.apply(second, program).get("id").asText();
        w.approve(started);
        started(w, second);
        unchanged(w, () -> as(w.founder).post("/api/applications/" + started + "/withdraw").then().statusCode(409));
    }

    @Test
    void aWaitlistedApplicationIsRefusedOrWithdrawnNeverApproved() throws Exception {
        World w = new World(2, 2);
        String program = w.program("full", "\"flatPerPlacement\": 1000", "\"capacity\": 0");
        String first = w.apply(w.placement(0), program).get("id").asText();
        String second = w.apply(w.placement(1), program).get("id").asText();
        assertThat(w.approve(first).get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(w.approve(second).get("waitlistPosition").asLong()).isEqualTo(2);
        unchanged(w, () -> as(w.admin).post("/api/applications/" + first + "/approve").then().statusCode(409));
        jsonAs(w.admin, Map.of("reason", "No places")).post("/api/applications/" + first + "/refuse")
                .then().statusCode(200).body("status", equalTo("REFUSED")).body("reason", equalTo("No places"));
        as(w.founder).post("/api/applications/" + second + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aRefusedApplicationIsFinalAndThePlacementCannotApplyAgain() throws Exception {
        World w = new World(1, 1);
        String program = w.program("refuse", "\"flatPerPlacement\": 1000", "");
        String placement = w.placement(0);
        String application = w.apply(placement, program).get("id").asText();
        unchanged(w, () -> {
            jsonAs(w.admin, Map.of()).post("/api/applications/" + application + "/refuse").then().statusCode(400)
                    .body("violations[0].field", equalTo("reason"));
            jsonAs(w.admin, Map.of("reason", " ")).post("/api/applications/" + application + "/refuse")
                    .then().statusCode(400);
            jsonAs(w.admin, Map.of("reason", "x".repeat(2001))).post("/api/applications/" + application + "/refuse")
                    .then().statusCode(400);
        });
        jsonAs(w.admin, Map.of("reason", "x".repeat(2000))).post("/api/applications/" + application + "/refuse")
                .then().statusCode(200);
        unchanged(w, () -> {
            as(w.admin).post("/api/applications/" + application + "/approve").then().statusCode(409);
            jsonAs(w.admin, Map.of("reason", "again")).post("/api/applications/" + application + "/refuse")
                    .then().statusCode(409);
            as(w.founder).post("/api/applications/" + application + "/withdraw").then().statusCode(409);
            jsonAs(w.founder, Map.of("program", program)).post("/api/placements/" + placement + "/applications")
                    .then().statusCode(409);
        });
    }

    @Test
    void aWithdrawnApplicationIsFinalAndThePlacementMayApplyAgain() throws Exception {
        World w = new World(1, 1);
        String program = w.program("again", "\"flatPerPlacement\": 1000", "");
        String placement = w.placement(0);
        String application = w.apply(placement, program).get("id").asText();
        as(w.founder).post("/api/applications/" + application + "/withdraw").then().statusCode(200);
        unchanged(w, () -> {
            as(w.admin).post("/api/applications/" + application + "/approve").then().statusCode(409);
            jsonAs(w.admin, Map.of("reason", "no")).post("/api/applications/" + application + "/refuse")
                    .then().statusCode(409);
            as(w.founder).post("/api/applications/" + application + "/withdraw").then().statusCode(409);
        });
        assertThat(w.apply(placement, program).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void listsTakeOneKnownStatusALimitAndAPage() {
        World w = new World(3, 3);
        w.invite(0);
        w.invite(1);
        String third = w.invite(2).get("id").asText();
        JsonNode page = read(as(w.founder).get("/api/invitations?limit=2&page=1&status=INVITED").then().statusCode(200)
                .extract().response());
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(texts(page.get("items"), "id")).containsExactly(third);
        for (String path : new String[] {"/api/invitations", "/api/placements",
                "/api/programs/" + w.program("lists", "\"flatPerPlacement\": 1", "") + "/applications"}) {
            as(w.operator).get(path + "?status=MAYBE").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("status"));
            as(w.operator).get(path + "?limit=0").then().statusCode(400);
            as(w.operator).get(path + "?limit=1001").then().statusCode(400);
            as(w.operator).get(path + "?page=-1").then().statusCode(400);
        }
    }

    private void noInvitationActionChanges(World w, String id) throws Exception {
        unchanged(w, () -> {
            for (String action : INVITATION_ACTIONS) {
                String who = action.equals("withdraw") ? w.founder : w.studentAccount(0);
                as(who).post("/api/invitations/" + id + "/" + action).then().statusCode(409)
                        .contentType("application/problem+json");
            }
        });
    }

    private String status(World w, String application) throws Exception {
        return new Seeds(db).ids("select status from application where id = ?::uuid", application).get(0);
    }

    /** The placement has started (long ago: the database's date and TRIAD_ZONE's may differ by a day). */
    private void started(World w, String placement) throws Exception {
        new Seeds(db).update("update placement set start_date = '2021-01-04' where id = ?::uuid", placement);
    }

    @FunctionalInterface
    private interface Attempts {
        void run() throws Exception;
    }

    private void unchanged(World w, Attempts attempts) throws Exception {
        String before = Fingerprint.of(db, w.opening);
        attempts.run();
        assertThat(Fingerprint.of(db, w.opening)).isEqualTo(before);
    }
}
