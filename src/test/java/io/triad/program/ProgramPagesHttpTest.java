package io.triad.program;

import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.formToken;
import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.csrfToken;
import static io.triad.TestApi.importAs;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramPagesHttpTest {
    @Test
    void rejectsARuleBuilderPostWithoutTheCsrfToken() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "csrf-" + s;
        as(admin).formParam("key", key).formParam("name", "No token").formParam("kind", "GRANT")
                .formParam("scope", "COMPANY").formParam("funding.currency", "CAD").formParam("action", "publish")
                .post("/admin/programs/new").then().statusCode(403).contentType(ContentType.HTML);
        String token = csrfToken();
        as(admin).cookie(PRE_SESSION, formToken().cookie()).formParam("_csrf", "forged-" + token).formParam("key", key)
                .formParam("name", "Forged token").formParam("kind", "GRANT").formParam("scope", "COMPANY")
                .formParam("funding.currency", "CAD").post("/admin/programs/new").then().statusCode(403);
        as(admin).post("/admin/programs/" + key + "/publish").then().statusCode(403);
        given().get("/api/programs/" + key).then().statusCode(404);
    }

    @Test
    void createsAProgramFromTheFormOwnedByTheAdministrator() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "voucher-" + s;
        String token = csrfToken();
        as(admin).cookie(PRE_SESSION, formToken().cookie()).formParam("_csrf", token).formParam("key", key)
                .formParam("name", "Digital adoption voucher " + s).formParam("kind", "VOUCHER")
                .formParam("scope", "COMPANY").formParam("regions", "ca, ca-on").formParam("funding.currency", "cad")
                .formParam("funding.maxAmount", "15000").formParam("employer.stages", "SEED", "GROWTH")
                .formParam("action", "draft")
                .post("/admin/programs/new").then().statusCode(303)
                .header("Location", containsString("/admin/programs?notice=draft&program=" + key));
        var doc = as(admin).get("/api/programs/" + key).then().statusCode(200).extract().jsonPath();
        assertThat(doc.getString("status")).isEqualTo("DRAFT");
        assertThat(doc.getList("regions")).containsExactly("CA", "CA-ON");
        assertThat(doc.getList("employer.stages")).containsExactly("SEED", "GROWTH");
        assertThat(doc.getString("funding.currency")).isEqualTo("CAD");
        assertThat(as(admin).get("/api/accounts/me").then().extract().jsonPath().getList("owns.programs")).contains(key);
        given().get("/api/programs/" + key).then().statusCode(404);
    }

    @Test
    void anotherAdministratorsProgramCannotBeEditedFromThePages() {
        String s = unique();
        String owner = account(Role.PROGRAM_ADMIN);
        String other = account(Role.PROGRAM_ADMIN);
        String published = "owned-" + s;
        String draft = "owned-draft-" + s;
        importAs(owner, """
                {"programs": [
                  {"key": "%s", "name": "Owned program", "kind": "GRANT", "scope": "COMPANY", "funding": {"currency": "CAD"}},
                  {"key": "%s", "name": "Owned draft", "kind": "GRANT", "scope": "COMPANY", "status": "DRAFT",
                   "funding": {"currency": "CAD"}}]}""".formatted(published, draft));
        as(other).get("/admin/programs/" + published + "/edit").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("You may not do this"));
        as(other).get("/admin/programs/" + draft + "/edit").then().statusCode(404).contentType(ContentType.HTML);
        as(other).get("/admin/programs/" + published + "/matches").then().statusCode(403);
        String token = csrfToken();
        as(other).cookie(PRE_SESSION, formToken().cookie()).formParam("_csrf", token).formParam("name", "Taken over")
                .formParam("kind", "GRANT").formParam("scope", "COMPANY").formParam("funding.currency", "CAD")
                .post("/admin/programs/" + published + "/edit").then().statusCode(403);
        as(other).cookie(PRE_SESSION, formToken().cookie()).formParam("_csrf", token)
                .post("/admin/programs/" + published + "/close").then().statusCode(403);
        as(other).cookie(PRE_SESSION, formToken().cookie()).formParam("_csrf", token)
                .post("/admin/programs/" + draft + "/delete").then().statusCode(404);
        as(other).get("/admin/programs").then().statusCode(200).body(not(containsString(published)));
        var doc = as(owner).get("/api/programs/" + published).then().statusCode(200).extract().jsonPath();
        assertThat(doc.getString("name")).isEqualTo("Owned program");
        assertThat(doc.getString("status")).isEqualTo("PUBLISHED");
        as(owner).get("/api/programs/" + draft).then().statusCode(200);
    }

    @Test
    void ruleBuilderErrorsAreInFrenchOnAFrenchPageAndNothingIsSaved() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "fr-errors-" + s;
        String token = csrfToken();
        String html = as(admin).cookie(PRE_SESSION, formToken().cookie()).cookie("triad_lang", "fr")
                .formParam("_csrf", token)
                .formParam("key", key).formParam("name", "").formParam("kind", "GRANT").formParam("scope", "COMPANY")
                .formParam("funding.currency", "CAD").formParam("employer.maxHeadcount", "-3")
                .formParam("action", "draft").post("/admin/programs/new").then().statusCode(400)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(html).contains("lang=\"fr\"").contains("Saisissez une valeur.")
                .contains("Saisissez un nombre d&#39;au moins 0.").doesNotContain("must be")
                .doesNotContain("is required").contains("value=\"-3\"");
        given().get("/api/programs/" + key).then().statusCode(404);
    }

    @Test
    void administratorsReachEachProgramsDashboardAndTheBulkImportFromTheNavigationAndTheProgramsList() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "dash-link-" + s;
        importAs(admin, """
                {"programs": [{"key": "%s", "name": "Dashboard link %s", "kind": "GRANT", "scope": "COMPANY",
                  "funding": {"currency": "CAD"}}]}""".formatted(key, s));
        String list = as(admin).header("Accept-Language", "en").get("/admin/programs").then().statusCode(200)
                .extract().asString();
        assertThat(list).contains("<a href=\"/admin/dashboard\">Dashboards</a>")
                .contains("<a href=\"/admin/dashboard/" + key + "\">Dashboard<span class=\"prog-sr\"> of Dashboard link " + s)
                .contains("<a href=\"/admin/import\">Import programs</a>");
        as(admin).header("Accept-Language", "en").get("/admin/dashboard/" + key).then().statusCode(200)
                .body(containsString("Dashboard link " + s)).body(containsString("aria-current=\"page\">Dashboards"));
        as(admin).header("Accept-Language", "fr").get("/admin/programs").then().statusCode(200)
                .body(containsString(">Tableaux de bord</a>")).body(containsString(">Tableau de bord<span"))
                .body(containsString("<a href=\"/admin/import\">Importer des programmes</a>"));
        String student = account(Role.STUDENT);
        as(student).get("/programs").then().statusCode(200).body(not(containsString("/admin/dashboard")));
    }

    @Test
    void pagesOtherRolesMayNotUseAreForbiddenAndAnonymousVisitorsAreSentToLogIn() {
        String student = account(Role.STUDENT);
        as(student).get("/admin/programs").then().statusCode(403).contentType(ContentType.HTML);
        given().redirects().follow(false).get("/admin/programs/new").then().statusCode(303)
                .header("Location", containsString("/login?next="));
    }

    @Test
    void badDirectoryFiltersAnswerA400PageWithAMessage() {
        given().header("Accept-Language", "en").get("/programs?kind=SCHOLARSHIP").then().statusCode(400)
                .contentType(ContentType.HTML).body(containsString("Choose a value from the list."));
        given().header("Accept-Language", "en").get("/programs?openOn=2027-02-30").then().statusCode(400)
                .body(containsString("Enter a date such as 2027-05-01."));
        given().header("Accept-Language", "en").get("/programs?size=0&page=x").then().statusCode(400)
                .body(containsString("Enter a whole number from 1 to 1000."))
                .body(containsString("Enter a page number of 1 or more."));
        given().header("Accept-Language", "fr").queryParam("q", "\"bourse (stage").get("/programs").then()
                .statusCode(400).contentType(ContentType.HTML)
                .body(containsString("Le texte de recherche n&#39;a pas pu être compris"));
        given().header("Accept-Language", "en").get("/programs/no-such-program-anywhere").then().statusCode(404)
                .contentType(ContentType.HTML).body(containsString("Page not found"));
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).redirects().follow(false);
    }
}
