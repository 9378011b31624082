package io.triad.web;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.triad.domain.Role;
import org.junit.jupiter.api.Test;

/** One error page for every page path, in the reader's language, with links back; the API keeps problem+json. */
@QuarkusTest
class ErrorPagesTest {
    @Test
    void anUnknownPageIsAPageNotFoundInEnglishAndInFrench() {
        String en = given().header("Accept-Language", "en").get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(en).contains("<html lang=\"en\"").contains("<h1>Page not found</h1>")
                .contains("There is nothing at this address").contains("<a href=\"/\">Go to the home page</a>")
                .doesNotContain("about:blank");
        String fr = given().header("Accept-Language", "fr-CA,fr;q=0.9").get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(fr).contains("<html lang=\"fr\"").contains("<h1>Page introuvable</h1>")
                .contains("Il n&#39;y a rien à cette adresse").contains("Aller à la page d&#39;accueil");
    }

    @Test
    void aForbiddenPageSaysSoInFrenchWithALinkBackToWhereTheReaderCameFrom() {
        String student = account(Role.STUDENT);
        Response page = given().auth().preemptive().basic(student, PASSWORD).cookie("triad_lang", "fr")
                .header("Referer", "http://localhost:8081/student/matches?x=1").get("/admin/programs");
        assertThat(page.statusCode()).isEqualTo(403);
        String host = page.getHeader("Content-Type");
        assertThat(host).contains("text/html");
        assertThat(page.asString()).contains("<h1>Accès refusé</h1>").contains("Vous ne pouvez pas faire ceci");
        String html = given().auth().preemptive().basic(student, PASSWORD).header("Accept-Language", "en")
                .header("Referer", "https://elsewhere.example/phish").get("/admin/programs").then().statusCode(403)
                .extract().asString();
        assertThat(html).contains("<h1>Not allowed</h1>").contains("You may not do this")
                .doesNotContain("elsewhere.example").doesNotContain("Back to the previous page");
    }

    @Test
    void aLinkBackIsOnlyToAnotherPageOfThisSite() {
        assertThat(ErrorPages.back("http://triad.example/student/matches?x=1", "triad.example", "/admin"))
                .isEqualTo("/student/matches?x=1");
        assertThat(ErrorPages.back("https://evil.example/x", "triad.example", "/admin")).isNull();
        assertThat(ErrorPages.back("http://triad.example/admin", "triad.example", "/admin")).isNull();
        assertThat(ErrorPages.back("not a uri", "triad.example", "/admin")).isNull();
        assertThat(ErrorPages.back(null, "triad.example", "/admin")).isNull();
    }

    @Test
    void aBadValueInTheAddressIsA400PageNamingItInTheReadersLanguage() {
        String admin = account(Role.PROGRAM_ADMIN);
        String fr = given().auth().preemptive().basic(admin, PASSWORD).cookie("triad_lang", "fr")
                .get("/admin/import?programs=beaucoup").then().statusCode(400).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(fr).contains("<h1>La demande ne peut pas être lue</h1>").contains("<code>count</code>")
                .contains("doit être un nombre entier de 0 à").doesNotContain("must be");
        String en = given().auth().preemptive().basic(admin, PASSWORD).cookie("triad_lang", "en")
                .get("/admin/import?programs=lots").then().statusCode(400).extract().asString();
        assertThat(en).contains("<h1>The request cannot be read</h1>").contains("must be a whole number from 0 to");
    }

    @Test
    void anOversizedFormIsA413PageAndChangesNothingWhileTheApiKeepsItsProblem() {
        String founder = account(Role.STARTUP);
        String big = "name=" + "a".repeat(21 * 1024 * 1024);
        given().auth().preemptive().basic(founder, PASSWORD).cookie("triad_lang", "fr")
                .contentType("application/x-www-form-urlencoded").body(big).post("/startups/new").then()
                .statusCode(413).contentType(containsString("text/html"))
                .body(containsString("<h1>Envoi trop volumineux</h1>"));
        given().auth().preemptive().basic(founder, PASSWORD).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded").body(big).post("/startups/new").then()
                .statusCode(413).body(containsString("<h1>Too large to send</h1>"));
        given().auth().preemptive().basic(founder, PASSWORD).contentType("application/json").body("{\"programs\": \"" + big + "\"}")
                .post("/api/import").then().statusCode(413).contentType(containsString("application/problem+json"))
                .body("status", equalTo(413));
        assertThat(given().auth().preemptive().basic(founder, PASSWORD).get("/api/accounts/me").then()
                .extract().jsonPath().getList("owns.startups")).isEmpty();
    }

    @Test
    void tooManyFailedSignInsAreA429PageWithRetryAfter() {
        String email = account(Role.STARTUP);
        Response last = null;
        for (int i = 0; i < 15 && (last == null || last.statusCode() != 429); i++) {
            last = given().auth().preemptive().basic(email, "wrong-password-1").header("Accept-Language", "fr")
                    .redirects().follow(false).get("/startups");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        assertThat(last.asString()).contains("<h1>Trop de tentatives</h1>").contains("Attendez quelques minutes");
    }

    @Test
    void apiErrorsAndPageErrorsAskedForAsJsonStayProblemDocuments() {
        given().header("Accept-Language", "fr").get("/api/programs/no-such-program").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("title", equalTo("Not found"));
        given().accept("application/json").get("/no-such-page").then().statusCode(404)
                .contentType(containsString("application/problem+json")).body("status", equalTo(404));
    }
}
