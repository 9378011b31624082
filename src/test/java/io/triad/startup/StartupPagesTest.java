package io.triad.startup;

import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.formToken;
import static io.triad.TestApi.csrfToken;
import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The startup pages' forms, CSRF protection and ownership, over plain HTTP. */
@QuarkusTest
class StartupPagesTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).cookie(PRE_SESSION, formToken().cookie())
                .redirects().follow(false);
    }

    /** Creates a startup through the page and answers its key. */
    static String createStartup(String email, String name) {
        String location = as(email).contentType(FORM).formParam("_csrf", csrfToken()).formParam("name", name)
                .formParam("stage", "SEED").formParam("region", "ca-on").formParam("sectors", "SOFTWARE")
                .formParam("sectors", "MEDIA").formParam("headcount", "12").formParam("foundedOn", "2023-05-01")
                .formParam("incorporated", "true").formParam("forProfit", "true")
                .post("/startups/new").then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/startups/[a-z0-9-]+\\?saved=1");
        return location.replaceAll(".*/startups/([a-z0-9-]+)\\?saved=1", "$1");
    }

    @Test
    void createsAStartupWithAKeyFromItsNameAndRedirectsToItsPage() {
        String email = account(Role.STARTUP);
        String key = createStartup(email, "Érable Robotique");
        assertThat(key).matches("erable-robotique-[a-z0-9]{4}");
        as(email).get("/startups/" + key + "?saved=1&lang=en").then().statusCode(200)
                .body(containsString("Érable Robotique")).body(containsString("Ontario")).body(not(containsString("CA-ON")))
                .body(containsString("Media")).body(containsString("Saved."));
        as(email).get("/startups?lang=fr").then().statusCode(200)
                .body(containsString("Mes jeunes pousses")).body(containsString("/startups/" + key));
    }

    @Test
    void rejectsAnInvalidStartupFormWithASummaryErrorsBesideFieldsAndKeptValues() {
        String email = account(Role.STARTUP);
        String html = as(email).contentType(FORM).formParam("_csrf", csrfToken()).formParam("name", "Acme Labs")
                .formParam("region", "Atlantis").formParam("headcount", "twelve")
                .formParam("foundedOn", LocalDate.now().plusYears(1).toString()).formParam("sectors", "MEDIA")
                .queryParam("lang", "en")
                .post("/startups/new").then().statusCode(400).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(html).contains("id=\"error-summary\"").contains("role=\"alert\"")
                .contains("href=\"#stage\"").contains("href=\"#region\"").contains("href=\"#headcount\"")
                .contains("href=\"#foundedOn\"").doesNotContain("href=\"#name\"")
                .contains("id=\"headcount-error\"").contains("Enter the headcount as a whole number")
                .contains("value=\"Acme Labs\"").contains("value=\"twelve\"").contains("value=\"Atlantis\"").contains("Choose a province, territory or country from the list")
                .containsPattern("value=\"MEDIA\"\\s+checked");
    }

    @Test
    void aFrenchStartupFormShowsItsErrorsInFrench() {
        String email = account(Role.STARTUP);
        String html = as(email).contentType(FORM).cookie("triad_lang", "fr").formParam("_csrf", csrfToken())
                .formParam("name", "Acme Labs").formParam("stage", "SEED").formParam("region", "Atlantide")
                .formParam("headcount", "douze").formParam("foundedOn", "2023-05-01")
                .post("/startups/new").then().statusCode(400).extract().asString();
        assertThat(html).contains("lang=\"fr\"").contains("id=\"headcount-error\"")
                .contains("Entrez l&#39;effectif en nombre entier, 1 ou plus.")
                .contains("Choisissez une province, un territoire ou un pays dans la liste, comme Ontario.")
                .doesNotContain("must be").doesNotContain("Enter the").contains("value=\"douze\"");
        assertThat(as(email).get("/api/accounts/me").then().extract().jsonPath().getList("owns.startups")).isEmpty();
    }

    @Test
    void rejectsAFormPostWithoutTheCsrfToken() {
        String email = account(Role.STARTUP);
        as(email).contentType(FORM).formParam("name", "No Token Inc").post("/startups/new").then().statusCode(403);
        String key = createStartup(email, "Token Inc");
        as(email).contentType(FORM).formParam("_csrf", "another-token").formParam("name", "Changed")
                .post("/startups/" + key + "/edit").then().statusCode(403);
    }

    @Test
    void anotherStartupAccountIsForbiddenEveryPageOfAStartup() {
        String owner = account(Role.STARTUP);
        String key = createStartup(owner, "Private Startup");
        String opening = createOpening(owner, key);
        String other = account(Role.STARTUP);
        for (String path : new String[] {"", "/edit", "/programs", "/openings/new", "/openings/" + opening + "/edit",
                "/openings/" + opening + "/matches"}) {
            as(other).get("/startups/" + key + path).then().statusCode(403);
        }
        as(other).contentType(FORM).formParam("_csrf", csrfToken()).formParam("name", "Taken over")
                .post("/startups/" + key + "/edit").then().statusCode(403);
        as(other).contentType(FORM).formParam("_csrf", csrfToken())
                .post("/startups/" + key + "/openings/" + opening + "/delete").then().statusCode(403);
        as(other).get("/startups/" + key + "?lang=fr").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Accès refusé"));
        as(owner).get("/startups/" + key + "/openings/" + opening + "/matches").then().statusCode(200);
        as(owner).get("/startups/" + key + "/openings/no-such-opening/matches?lang=en").then().statusCode(404)
                .body(containsString("Page not found"));
    }

    @Test
    void studentsAreForbiddenAndVisitorsAreSentToLogIn() {
        as(account(Role.STUDENT)).get("/startups").then().statusCode(403);
        given().redirects().follow(false).get("/startups/new").then().statusCode(303)
                .header("Location", containsString("/login?next="));
    }

    @Test
    void rejectsAnInvalidOpeningKeepingValuesAndSavesAValidOne() {
        String email = account(Role.STARTUP);
        String key = createStartup(email, "Opening Makers");
        Response bad = as(email).contentType(FORM).formParam("_csrf", csrfToken()).formParam("title", "")
                .formParam("skills", "python, sql").formParam("weeks", "0").formParam("hoursPerWeek", "37,5")
                .formParam("hourlyWage", "lots").formParam("startDate", "2030-01-07").formParam("levels", "MASTER")
                .queryParam("lang", "fr").post("/startups/" + key + "/openings/new");
        bad.then().statusCode(400);
        assertThat(bad.asString()).contains("id=\"error-summary\"").contains("href=\"#title\"")
                .contains("href=\"#weeks\"").contains("href=\"#hourlyWage\"").contains("href=\"#workMode\"")
                .doesNotContain("href=\"#hoursPerWeek\"").contains("Entrez la durée en semaines")
                .contains("value=\"lots\"").contains("value=\"37,5\"").contains("value=\"python, sql\"")
                .containsPattern("value=\"MASTER\"\\s+checked");
        String opening = createOpening(email, key);
        as(email).get("/startups/" + key + "/openings/" + opening + "/edit?lang=en").then().statusCode(200)
                .body(containsString("value=\"Data co-op\"")).body(containsString("value=\"37.5\""));
        as(email).get("/startups/" + key).then().statusCode(200).body(containsString("Data co-op"));
    }

    @Test
    void deletingAStartupAsksForConfirmationThenDeletesItWithItsOpenings() {
        String email = account(Role.STARTUP);
        String key = createStartup(email, "Short Lived");
        String opening = createOpening(email, key);
        as(email).get("/startups/" + key + "?lang=en").then().statusCode(200)
                .body(containsString("href=\"/startups/" + key + "/delete\""));
        String confirm = as(email).get("/startups/" + key + "/delete?lang=en").then().statusCode(200).extract().asString();
        assertThat(confirm).contains("<h1>Delete Short Lived?</h1>").contains("its 1 opening for good")
                .contains("action=\"/startups/" + key + "/delete\"")
                .contains("name=\"_csrf\" value=\"" + csrfToken() + "\"");
        assertThat(as(email).get("/startups/" + key + "/delete?lang=fr").then().extract().asString())
                .contains("Supprimer Short Lived").contains("Supprimer la jeune pousse et ses postes");
        String other = account(Role.STARTUP);
        as(email).contentType(FORM).post("/startups/" + key + "/delete").then().statusCode(403);
        as(email).contentType(FORM).formParam("_csrf", "forged").post("/startups/" + key + "/delete").then()
                .statusCode(403);
        as(other).contentType(FORM).formParam("_csrf", csrfToken()).post("/startups/" + key + "/delete").then()
                .statusCode(403);
        as(email).get("/api/startups/" + key).then().statusCode(200);

        as(email).contentType(FORM).formParam("_csrf", csrfToken()).post("/startups/" + key + "/delete").then()
                .statusCode(303).header("Location", containsString("/startups?deleted=1"));
        as(email).get("/api/startups/" + key).then().statusCode(404);
        assertThat(OpeningEntity.count("key", opening)).isZero();
        as(email).get("/startups?deleted=1&lang=en").then().statusCode(200)
                .body(containsString("The startup and its openings were deleted."))
                .body(org.hamcrest.Matchers.not(containsString("/startups/" + key + "\"")));
        as(email).contentType(FORM).formParam("_csrf", csrfToken()).post("/startups/" + key + "/delete").then()
                .statusCode(404);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e999999999", "1e309", "0.1234567", "99999999999999999",
        "LONG"})
    @org.junit.jupiter.api.DisplayName("ASVS V1.4.2, V2.2.1: a wage with a huge exponent or thousands of digits is the "
            + "form again (400), never stored, so the startup stays readable (it once made every later read a 500)")
    void numbersBeyondAnyAmountAreTheFormAgainAndTheStartupStaysReadable(String wage) {
        String email = account(Role.STARTUP);
        String key = createStartup(email, "Digits");
        String value = wage.equals("LONG") ? "0." + "0".repeat(10_000) + "1" : wage;
        as(email).contentType(FORM).formParam("_csrf", csrfToken()).formParam("title", "Data co-op")
                .formParam("weeks", "12").formParam("hoursPerWeek", "37.5").formParam("hourlyWage", value)
                .formParam("startDate", LocalDate.now().plusMonths(6).toString()).formParam("workMode", "HYBRID")
                .post("/startups/" + key + "/openings/new").then().statusCode(400)
                .body(containsString("id=\"hourlyWage-error\""));
        as(email).get("/api/startups/" + key).then().statusCode(200)
                .body("openings", org.hamcrest.Matchers.empty());
        as(email).get("/startups/" + key).then().statusCode(200);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Acme\u0000Labs", "Acme\u001bLabs", "Acme\u202eLabs",
        "Acme\nLabs", "Acme\uffffLabs"})
    @org.junit.jupiter.api.DisplayName("ASVS V2.2.1, V1.3.3: a name holding a control character, a line break, an "
            + "override or a non-character is the form again with the error beside the name, and nothing is saved")
    void aNameWithAForbiddenCodePointIsTheFormAgain(String name) {
        String email = account(Role.STARTUP);
        as(email).contentType(FORM).formParam("_csrf", csrfToken()).formParam("name", name).formParam("stage", "SEED")
                .formParam("region", "CA-ON").formParam("headcount", "12").formParam("foundedOn", "2023-05-01")
                .post("/startups/new").then().statusCode(400).body(containsString("id=\"name-error\""));
        assertThat(as(email).get("/api/accounts/me").then().extract().jsonPath().getList("owns.startups")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a%zz", "a%", "a%4x", "a%%", "a%u0000"})
    @org.junit.jupiter.api.DisplayName("ASVS V1.1.1: a form body that is not valid percent-encoding is the error page "
            + "(400), never a 500, and nothing is saved")
    void aFormThatIsNotPercentEncodingIsA400(String name) {
        String email = account(Role.STARTUP);
        as(email).contentType(FORM).body("_csrf=token-1&stage=SEED&region=CA-ON&headcount=12&foundedOn=2023-05-01"
                + "&name=" + name).post("/startups/new").then().statusCode(400).contentType(containsString("text/html"));
        assertThat(as(email).get("/api/accounts/me").then().extract().jsonPath().getList("owns.startups")).isEmpty();
    }

    static String createOpening(String email, String startupKey) {
        String location = as(email).contentType(FORM).formParam("_csrf", csrfToken()).formParam("title", "Data co-op")
                .formParam("skills", "python, sql").formParam("weeks", "12").formParam("hoursPerWeek", "37.5")
                .formParam("hourlyWage", "25").formParam("startDate", LocalDate.now().plusMonths(6).toString())
                .formParam("workMode", "HYBRID").formParam("positions", "1").formParam("language", "en")
                .post("/startups/" + startupKey + "/openings/new").then().statusCode(303)
                .header("Location", startsWith("http")).extract().header("Location");
        assertThat(location).endsWith("/startups/" + startupKey + "?saved=1");
        return io.triad.startup.OpeningEntity.<OpeningEntity>list("startup.key = ?1 order by id desc", startupKey)
                .get(0).key;
    }
}
