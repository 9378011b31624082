package io.triad.account;

import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.web.PageClient;
import org.junit.jupiter.api.Test;

/** Students in control: their account and its deletion, and their profile as startups see it. */
@QuarkusTest
class MyAccountPagesTest {

    private static String withProfile(String s) {
        String email = account(Role.STUDENT);
        importDocument("""
                {"students": [{"key": "me-%1$s", "name": "Mei Control %1$s", "email": "private-%1$s@example.org",
                  "field": "COMPUTER_SCIENCE", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-QC",
                  "birthDate": "2001-02-03", "workStatus": "CITIZEN", "groups": ["NEWCOMER"], "skills": ["kotlin"],
                  "availableFrom": "2030-05-01", "owner": "%2$s"}]}""".formatted(s, email));
        return email;
    }

    @Test
    void aStudentSeesTheProfileAsStartupsSeeItWithoutTheSensitiveFields() {
        String s = unique();
        String email = withProfile(s);
        String en = as(email).get("/student/preview?lang=en").then().statusCode(200).extract().asString();
        assertThat(en).contains("What startups see of you").contains("Mei Control " + s).contains("kotlin")
                .contains("Quebec").doesNotContain("private-" + s).doesNotContain("2001").doesNotContain("Citizen")
                .doesNotContain("Newcomer").contains("startups see the standard amount");
        assertThat(as(email).get("/student/preview?lang=fr").then().statusCode(200).extract().asString())
                .contains("Ce que les entreprises voient de vous").contains("Québec");
        assertThat(as(email).get("/student?lang=en").then().statusCode(200).extract().asString())
                .contains("href=\"/student/preview\"");
    }

    @Test
    void deletingTheAccountAsksFirstThenErasesItAndSignsOut() {
        String s = unique();
        String email = withProfile(s);
        String session = PageClient.logIn(email, PASSWORD);
        String page = given().cookie(PageClient.SESSION, session).get("/account?lang=en").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<h1>My account</h1>").contains("href=\"/account/delete\"");
        String confirm = given().cookie(PageClient.SESSION, session).get("/account/delete?lang=fr").then()
                .statusCode(200).extract().asString();
        assertThat(confirm).contains("Supprimer votre compte pour de bon?").contains("votre profil étudiant")
                .contains("Oui, supprimer mon compte");
        given().cookie(PageClient.SESSION, session).contentType(PageClient.FORM).formParam("_csrf", "wrong")
                .redirects().follow(false).post("/account/delete").then().statusCode(403);
        as(email).get("/api/accounts/me").then().statusCode(200);
        given().cookie(PageClient.SESSION, session).contentType(PageClient.FORM)
                .formParam("_csrf", PageClient.token(confirm)).redirects().follow(false).post("/account/delete")
                .then().statusCode(303).header("Location", endsWith("/?deleted=1"));
        as(email).get("/api/accounts/me").then().statusCode(401);
        given().get("/api/students/me-" + s).then().statusCode(401);
        assertThat(io.triad.student.StudentEntity.byKey("me-" + s)).isEmpty();
        given().cookie(PageClient.SESSION, session).redirects().follow(false).get("/home").then().statusCode(303);
        assertThat(given().get("/?deleted=1&lang=en").then().statusCode(200).extract().asString())
                .contains("Your account and everything it held were deleted.");
    }
}
