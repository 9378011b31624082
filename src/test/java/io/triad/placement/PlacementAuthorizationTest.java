package io.triad.placement;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.triad.TestApi;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per row of WORKFLOW.md's placement table: the allowed roles work; someone who is not a party gets 404; a
 * party whose role may not act gets 403 (operators too, for accepting or declining); no credentials 401; and no refused
 * request changes anything (the opening's {@link Fingerprint} is the same before and after them).
 */
@QuarkusTest
class PlacementAuthorizationTest {
    @Inject
    DataSource db;

    private World w;
    private String program;
    private String otherFounder;
    private String otherStudent;
    private String otherAdmin;

    @BeforeEach
    void world() {
        w = new World(3, 3);
        program = w.program("auth", "\"flatPerPlacement\": 1000", "\"capacity\": 5");
        otherFounder = TestApi.account(Role.STARTUP);
        otherStudent = TestApi.account(Role.STUDENT);
        otherAdmin = TestApi.account(Role.PROGRAM_ADMIN);
    }

    @Test
    void onlyTheStartupOwnerOrAnOperatorInvites() throws Exception {
        String path = "/api/openings/" + w.opening + "/invitations";
        Map<String, String> body = Map.of("student", w.student(0));
        unchanged(() -> {
            refused(404, otherFounder, r -> r.contentType(ContentType.JSON).body(body).post(path));
            refused(404, w.studentAccount(0), r -> r.contentType(ContentType.JSON).body(body).post(path));
            refused(404, w.admin, r -> r.contentType(ContentType.JSON).body(body).post(path));
            given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        });
        assertThat(w.invite(0).get("status").asText()).isEqualTo("INVITED");
        jsonAs(w.operator, Map.of("student", w.student(1))).post(path).then().statusCode(201);
    }

    @Test
    void invitationsAreListedToTheirStartupOwnerAndStudentOnly() {
        String id = w.invite(0).get("id").asText();
        assertThat(listed(w.founder, "/api/invitations?limit=1000")).contains(id);
        assertThat(listed(w.studentAccount(0), "/api/invitations")).containsExactly(id);
        assertThat(listed(w.studentAccount(1), "/api/invitations")).isEmpty();
        assertThat(listed(otherFounder, "/api/invitations")).isEmpty();
        assertThat(listed(w.admin, "/api/invitations")).isEmpty();
        given().get("/api/invitations").then().statusCode(401);
    }

    @Test
    void onlyTheStudentAcceptsNeitherItsStartupNorAnOperator() throws Exception {
        String id = w.invite(0).get("id").asText();
        String path = "/api/invitations/" + id + "/accept";
        unchanged(() -> {
            refused(403, w.founder, r -> r.post(path));
            refused(403, w.operator, r -> r.post(path));
            refused(404, w.studentAccount(1), r -> r.post(path));
            refused(404, otherFounder, r -> r.post(path));
            refused(404, w.admin, r -> r.post(path));
            given().post(path).then().statusCode(401);
        });
        assertThat(w.accept(0, id).get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void onlyTheStudentDeclines() throws Exception {
        String id = w.invite(0).get("id").asText();
        String path = "/api/invitations/" + id + "/decline";
        unchanged(() -> {
            refused(403, w.founder, r -> r.post(path));
            refused(403, w.operator, r -> r.post(path));
            refused(404, otherStudent, r -> r.post(path));
            refused(404, w.admin, r -> r.post(path));
        });
        assertThat(read(as(w.studentAccount(0)).post(path).then().statusCode(200).extract().response())
                .get("status").asText()).isEqualTo("DECLINED");
    }

    @Test
    void onlyTheStartupOwnerOrAnOperatorWithdrawsAnInvitation() throws Exception {
        String first = w.invite(0).get("id").asText();
        String second = w.invite(1).get("id").asText();
        unchanged(() -> {
            refused(403, w.studentAccount(0), r -> r.post("/api/invitations/" + first + "/withdraw"));
            refused(404, otherFounder, r -> r.post("/api/invitations/" + first + "/withdraw"));
            refused(404, w.studentAccount(1), r -> r.post("/api/invitations/" + first + "/withdraw"));
            refused(404, w.admin, r -> r.post("/api/invitations/" + first + "/withdraw"));
        });
        as(w.founder).post("/api/invitations/" + first + "/withdraw").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
        as(w.operator).post("/api/invitations/" + second + "/withdraw").then().statusCode(200)
                .body("history[1].by", org.hamcrest.Matchers.equalTo("OPERATOR"));
    }

    @Test
    void placementsAreListedAndShownToTheirPartiesOnly() throws Exception {
        String placement = w.placement(0);
        w.apply(placement, program);
        String path = "/api/placements/" + placement;
        for (String party : new String[] {w.founder, w.studentAccount(0), w.admin, w.operator}) {
            assertThat(read(as(party).get(path).then().statusCode(200).extract().response()).get("id").asText())
                    .isEqualTo(placement);
        }
        assertThat(listed(w.founder, "/api/placements")).containsExactly(placement);
        assertThat(listed(w.studentAccount(0), "/api/placements")).containsExactly(placement);
        assertThat(listed(w.admin, "/api/placements")).containsExactly(placement);
        assertThat(listed(w.operator, "/api/placements?opening=" + w.opening)).containsExactly(placement);
        unchanged(() -> {
            refused(404, otherFounder, r -> r.get(path));
            refused(404, w.studentAccount(1), r -> r.get(path));
            refused(404, otherAdmin, r -> r.get(path));
            given().get(path).then().statusCode(401);
        });
        assertThat(listed(otherFounder, "/api/placements")).isEmpty();
        assertThat(listed(w.studentAccount(1), "/api/placements")).isEmpty();
        assertThat(listed(otherAdmin, "/api/placements")).isEmpty();
    }

    @Test
    void theStartupOwnerTheStudentOrAnOperatorCancelsNotTheAdministrator() throws Exception {
        String first = w.placement(0);
        String second = w.placement(1);
        String third = w.placement(2);
        w.apply(first, program);
        unchanged(() -> {
            refused(403, w.admin, r -> r.post("/api/placements/" + first + "/cancel"));
            refused(404, otherAdmin, r -> r.post("/api/placements/" + first + "/cancel"));
            refused(404, otherFounder, r -> r.post("/api/placements/" + first + "/cancel"));
            refused(404, w.studentAccount(1), r -> r.post("/api/placements/" + first + "/cancel"));
        });
        for (String[] who : new String[][] {{w.founder, first}, {w.studentAccount(1), second}, {w.operator, third}}) {
            as(who[0]).post("/api/placements/" + who[1] + "/cancel").then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
        }
    }

    @Test
    void onlyTheStartupOwnerOrAnOperatorApplies() throws Exception {
        String placement = w.placement(0);
        String other = w.program("other", "\"flatPerPlacement\": 10", "");
        w.apply(placement, other);
        String path = "/api/placements/" + placement + "/applications";
        Map<String, String> body = Map.of("program", program);
        unchanged(() -> {
            refused(403, w.studentAccount(0), r -> r.contentType(ContentType.JSON).body(body).post(path));
            refused(403, w.admin, r -> r.contentType(ContentType.JSON).body(body).post(path));
            refused(404, otherFounder, r -> r.contentType(ContentType.JSON).body(body).post(path));
            refused(404, otherAdmin, r -> r.contentType(ContentType.JSON).body(body).post(path));
        });
        w.apply(placement, program);
        String second = w.placement(1);
        jsonAs(w.operator, body).post("/api/placements/" + second + "/applications").then().statusCode(201)
                .body("history[0].by", org.hamcrest.Matchers.equalTo("OPERATOR"));
    }

    @Test
    void aProgramsApplicationsAndUptakeAreItsAdministratorsAndOperatorsOnly() throws Exception {
        w.apply(w.placement(0), program);
        for (String path : new String[] {"/api/programs/" + program + "/applications",
                "/api/programs/" + program + "/uptake"}) {
            as(w.admin).get(path).then().statusCode(200);
            as(w.operator).get(path).then().statusCode(200);
            unchanged(() -> {
                refused(404, otherAdmin, r -> r.get(path));
                refused(404, w.founder, r -> r.get(path));
                refused(404, w.studentAccount(0), r -> r.get(path));
                given().get(path).then().statusCode(401);
            });
        }
    }

    @Test
    void onlyTheProgramsAdministratorOrAnOperatorApprovesOrRefuses() throws Exception {
        String other = otherProgram();
        String placement = w.placement(0);
        String application = w.apply(placement, program).get("id").asText();
        w.apply(placement, other);
        for (String action : new String[] {"approve", "refuse"}) {
            String path = "/api/applications/" + application + "/" + action;
            Map<String, String> body = Map.of("reason", "Not this time");
            unchanged(() -> {
                refused(403, w.founder, r -> r.contentType(ContentType.JSON).body(body).post(path));
                refused(403, w.studentAccount(0), r -> r.contentType(ContentType.JSON).body(body).post(path));
                refused(404, otherAdmin, r -> r.contentType(ContentType.JSON).body(body).post(path));
                refused(404, otherFounder, r -> r.contentType(ContentType.JSON).body(body).post(path));
                given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
            });
        }
        assertThat(w.approve(application).get("status").asText()).isEqualTo("APPROVED");
        String second = w.apply(w.placement(1), program).get("id").asText();
        jsonAs(w.operator, Map.of("reason", "Out of scope")).post("/api/applications/" + second + "/refuse")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("REFUSED"))
                .body("reason", org.hamcrest.Matchers.equalTo("Out of scope"));
    }

    @Test
    void onlyTheStartupOwnerOrAnOperatorWithdrawsAnApplication() throws Exception {
        String placement = w.placement(0);
        String application = w.apply(placement, program).get("id").asText();
        String path = "/api/applications/" + application + "/withdraw";
        unchanged(() -> {
            refused(403, w.studentAccount(0), r -> r.post(path));
            refused(403, w.admin, r -> r.post(path));
            refused(404, otherAdmin, r -> r.post(path));
            refused(404, otherFounder, r -> r.post(path));
        });
        as(w.founder).post(path).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
        String again = w.apply(placement, program).get("id").asText();
        as(w.operator).post("/api/applications/" + again + "/withdraw").then().statusCode(200);
    }

    @Test
    void malformedAndUnknownIdsAreNotFound() {
        for (String path : new String[] {"/api/invitations/%s/accept", "/api/invitations/%s/decline",
                "/api/invitations/%s/withdraw", "/api/placements/%s/cancel", "/api/applications/%s/approve",
                "/api/applications/%s/withdraw"}) {
            for (String id : new String[] {"nope", "00000000-0000-0000-0000-000000000000", "1"}) {
                as(w.operator).post(path.formatted(id)).then().statusCode(404)
                        .contentType("application/problem+json");
            }
        }
        as(w.founder).get("/api/placements/not-a-uuid").then().statusCode(404);
        as(w.admin).get("/api/programs/pw-none-" + w.s + "/uptake").then().statusCode(404);
    }

    /** A program of the other administrator, which the placement also applies to. */
    private String otherProgram() {
        String key = "pw-other-" + w.s;
        jsonAs(otherAdmin, """
                {"key": "%s", "name": "Other", "kind": "GRANT", "scope": "PLACEMENT",
                 "funding": {"currency": "CAD", "flatPerPlacement": 10}}""".formatted(key))
                .put("/api/programs/" + key).then().statusCode(201);
        return key;
    }

    private java.util.List<String> listed(String email, String path) {
        JsonNode page = read(as(email).get(path).then().statusCode(200).extract().response());
        return texts(page.get("items"), "id");
    }

    private static void refused(int status, String email, Function<RequestSpecification, Response> call) {
        call.apply(as(email)).then().statusCode(status).contentType("application/problem+json");
    }

    @FunctionalInterface
    private interface Attempts {
        void run() throws Exception;
    }

    private void unchanged(Attempts attempts) throws Exception {
        String before = Fingerprint.of(db, w.opening);
        attempts.run();
        assertThat(Fingerprint.of(db, w.opening)).isEqualTo(before);
    }
}
