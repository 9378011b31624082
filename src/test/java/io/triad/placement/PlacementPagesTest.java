package io.triad.placement;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The workflow's pages without a browser: the founder invites from the ranked students, the student accepts, the
 * founder applies in one click, the administrator approves from the queue, and each sees the result, in English and
 * French; forms without their CSRF token change nothing.
 */
@QuarkusTest
class PlacementPagesTest {

    @Inject
    DataSource db;

    @Test
    void fromInvitationToAnApprovedApplicationThroughThePages() throws Exception {
        World w = new World(1, 1);
        String program = w.program("pages", "\"flatPerPlacement\": 1000", "\"capacity\": 2");
        page(w.founder).get("/startups/" + w.startup + "/openings/" + w.opening + "/matches").then().statusCode(200)
                .body(containsString("data-invite=\"" + w.student(0) + "\""));
        post(w.founder, "/invitations/new", Map.of("opening", w.opening, "student", w.student(0))).then()
                .statusCode(303);
        String invitation = new Seeds(db).ids("select i.id from invitation i join opening o on o.id = i.opening_id "
                + "where o.key = ?", w.opening).get(0);
        page(w.founder).get("/invitations").then().statusCode(200).body(containsString("data-invitation=\"" + invitation))
                .body(containsString("Withdraw")).body(containsString("Welding co-op at Workflow startup"))
                .body(containsString("Student 0")).body(not(containsString("<code>" + w.student(0))))
                .body(containsString("<tr data-opening=\"" + w.opening + "\">"))
                .body(containsString("<td class=\"num\" data-status=\"INVITED\"><a href=\"/invitations?opening="
                        + w.opening + "&amp;status=INVITED\">1</a></td>"));
        page(w.founder).get("/invitations?opening=" + w.opening).then().statusCode(200)
                .body(containsString("Invitations for Welding co-op")).body(containsString("data-invitation=\""
                        + invitation));
        page(w.founder).get("/invitations?opening=elsewhere").then().statusCode(200)
                .body(not(containsString("data-invitation=")));
        page(w.founder).get("/startups/" + w.startup + "/openings/" + w.opening + "/matches").then().statusCode(200)
                .body(not(containsString("data-invite=\"" + w.student(0) + "\"")))
                .body(containsString("data-standing=\"" + w.student(0) + "\""));
        page(w.studentAccount(0)).get("/invitations").then().statusCode(200)
                .body(containsString("/invitations/" + invitation + "/accept"))
                .body(containsString("The programs that would fund this placement for you"))
                .body(containsString("<li data-program=\"" + program + "\">Workflow pages: $1,000.00</li>"));

        String location = post(w.studentAccount(0), "/invitations/" + invitation + "/accept", Map.of()).then().log().ifValidationFails()
                .statusCode(303).extract().header("Location");
        String placement = location.substring(location.lastIndexOf('/') + 1);
        page(w.founder).get("/placements/" + placement).then().statusCode(200)
                .body(containsString("data-program=\"" + program + "\"")).body(containsString("$6,000.00"));
        post(w.founder, "/placements/" + placement + "/apply", Map.of("program", program)).then().statusCode(303);
        String application = new Seeds(db).ids("select id from application where placement_id = ?::uuid", placement)
                .get(0);
        page(w.admin).get("/admin/programs/" + program + "/applications").then().statusCode(200)
                .body(containsString("/placements/applications/" + application + "/approve"))
                .body(containsString("Places left"));
        post(w.admin, "/placements/applications/" + application + "/approve",
                Map.of("back", "/admin/programs/" + program + "/applications")).then().statusCode(303);
        page(w.founder).get("/placements/" + placement).then().statusCode(200)
                .body(containsString("data-status=\"APPROVED\"")).body(containsString("$5,000.00"));
        page(w.admin).get("/admin/dashboard/" + program).then().statusCode(200)
                .body(containsString("<td id=\"uptake-approved\">1</td>"))
                .body(containsString("/admin/programs/" + program + "/applications"));
        page(w.admin).cookie("triad_lang", "fr").get("/admin/dashboard/" + program).then().statusCode(200)
                .body(containsString("Places restantes")).body(containsString("Candidatures à examiner"));
        page(w.founder).cookie("triad_lang", "fr").get("/placements/" + placement).then().statusCode(200)
                .body(containsString("Coût net")).body(containsString("Approuvée"));
        page(w.admin).cookie("triad_lang", "fr").get("/admin/programs/" + program + "/applications").then()
                .statusCode(200).body(containsString("Places restantes"));
        page(w.studentAccount(0)).get("/placements").then().statusCode(200)
                .body(containsString("data-placement=\"" + placement))
                .body(containsString("Welding co-op at Workflow startup"))
                .body(containsString("Student 0")).body(not(containsString(w.student(0))));
    }

    @Test
    void theRankedStudentsShowWhereEachStandsAndInviteOnlyWhereTheWorkflowAllows() {
        World w = new World(6, 6);
        w.invite(0);
        String declined = w.invite(1).get("id").asText();
        as(w.studentAccount(1)).post("/api/invitations/" + declined + "/decline").then().statusCode(200);
        String withdrawn = w.invite(2).get("id").asText();
        as(w.founder).post("/api/invitations/" + withdrawn + "/withdraw").then().statusCode(200);
        w.placement(3);
        String cancelled = w.placement(4);
        as(w.founder).post("/api/placements/" + cancelled + "/cancel").then().statusCode(200);

        String page = page(w.founder).get("/startups/" + w.startup + "/openings/" + w.opening + "/matches").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("<span class=\"work-status work-status-INVITED\">", "data-standing=\""
                + w.student(0) + "\"", "data-standing=\"" + w.student(1) + "\"",
                "<span class=\"work-status work-status-DECLINED\">", "data-standing=\"" + w.student(3) + "\"",
                "<span class=\"work-status work-status-ACCEPTED\">");
        for (int invitable : new int[] {2, 4, 5}) {
            assertThat(page).contains("data-invite=\"" + w.student(invitable) + "\"")
                    .doesNotContain("data-standing=\"" + w.student(invitable) + "\"");
        }
        for (int standing : new int[] {0, 1, 3}) {
            assertThat(page).doesNotContain("data-invite=\"" + w.student(standing) + "\"");
        }
        assertThat(page.split("data-standing=")).hasSize(4);
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() throws Exception {
        World w = new World(1, 1);
        String invitation = w.invite(0).get("id").asText();
        String before = Fingerprint.of(db, w.opening);
        given().auth().preemptive().basic(w.studentAccount(0), PASSWORD).contentType(ContentType.URLENC)
                .formParam("_csrf", "forged").post("/invitations/" + invitation + "/accept").then()
                .statusCode(403).body(not(containsString("ACCEPTED")));
        assertThat(Fingerprint.of(db, w.opening)).isEqualTo(before);
    }

    private static RequestSpecification page(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).cookie(io.triad.TestApi.PRE_SESSION, io.triad.TestApi.formToken().cookie()).redirects().follow(false);
    }

    private static io.restassured.response.Response post(String email, String path, Map<String, String> fields) {
        RequestSpecification r = page(email).contentType(ContentType.URLENC).formParam("_csrf", io.triad.TestApi.csrfToken());
        fields.forEach(r::formParam);
        return r.post(path);
    }
}
