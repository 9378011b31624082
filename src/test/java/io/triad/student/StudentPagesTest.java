package io.triad.student;

import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.formToken;
import static io.triad.TestApi.csrfToken;
import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The student profile page's form, CSRF protection and role check, over plain HTTP. */
@QuarkusTest
class StudentPagesTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).cookie(PRE_SESSION, formToken().cookie())
                .redirects().follow(false);
    }

    @Test
    void rejectsAnInvalidProfileWithASummaryAndKeptValues() {
        String email = account(Role.STUDENT);
        String html = as(email).contentType(FORM).formParam("_csrf", csrfToken()).formParam("name", "Zoé Tremblay")
                .formParam("email", "not-an-email").formParam("field", "MATHEMATICS_STATISTICS")
                .formParam("enrolment", "GRADUATED").formParam("birthDate", LocalDate.now().plusDays(3).toString())
                .formParam("region", "CA-QC").formParam("availableFrom", "2030-05-01")
                .formParam("availableUntil", "2030-04-01").formParam("groups", "NEWCOMER")
                .formParam("skills", "r, statistics").queryParam("lang", "en")
                .post("/student").then().statusCode(400).extract().asString();
        assertThat(html).contains("id=\"error-summary\"").contains("href=\"#email\"").contains("href=\"#level\"")
                .contains("href=\"#graduationDate\"").contains("href=\"#birthDate\"")
                .contains("href=\"#availableUntil\"").doesNotContain("href=\"#name\"")
                .contains("id=\"birthDate-error\"").contains("it must be in the past")
                .contains("value=\"Zoé Tremblay\"").contains("value=\"not-an-email\"").contains("value=\"r, statistics\"")
                .containsPattern("value=\"NEWCOMER\"\\s+checked")
                .containsPattern("value=\"MATHEMATICS_STATISTICS\"\\s+selected");
    }

    @Test
    void savesTheProfileWithAKeyFromTheNameAndKeepsItOnEdit() {
        String email = account(Role.STUDENT);
        as(email).get("/student?lang=en").then().statusCode(200).body(containsString("never shown to startups"))
                .body(containsString("value=\"" + email + "\""));
        post(email, "Zoé Tremblay").then().statusCode(303).header("Location", endsWith("/student?saved=1"));
        String key = StudentEntity.<StudentEntity>find("name", "Zoé Tremblay").<StudentEntity>list().stream()
                .filter(s -> email.equals(s.doc.email())).findFirst().orElseThrow().key;
        assertThat(key).matches("zoe-tremblay-[a-z0-9]{4}");
        post(email, "Zoé Tremblay-Roy").then().statusCode(303);
        as(email).get("/student?saved=1&lang=fr").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString(key)))
                .body(containsString("value=\"Zoé Tremblay-Roy\"")).body(containsString("Mon profil étudiant"));
    }

    @Test
    void rejectsAPostWithoutTheCsrfTokenAndOtherRoles() {
        String email = account(Role.STUDENT);
        as(email).contentType(FORM).formParam("name", "No Token").post("/student").then().statusCode(403);
        as(account(Role.STARTUP)).get("/student?lang=en").then().statusCode(403).body(containsString("Not allowed"));
        as(account(Role.STARTUP)).get("/student/matches").then().statusCode(403);
        given().redirects().follow(false).get("/student/matches").then().statusCode(303)
                .header("Location", containsString("/login"));
    }

    private static io.restassured.response.Response post(String email, String name) {
        return as(email).contentType(FORM).formParam("_csrf", csrfToken()).formParam("name", name)
                .formParam("email", email).formParam("field", "MATHEMATICS_STATISTICS").formParam("level", "MASTER")
                .formParam("enrolment", "ENROLLED_FULL_TIME").formParam("region", "CA-QC")
                .formParam("availableFrom", "2030-05-01").formParam("skills", "r, statistics")
                .formParam("workModes", "REMOTE").formParam("language", "fr").post("/student");
    }
}
