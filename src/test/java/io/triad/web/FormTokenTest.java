package io.triad.web;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.web.PageClient.FORM;
import static io.triad.web.PageClient.PRE;
import static io.triad.web.PageClient.SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The page forms' CSRF protection (ASVS 5.0 V3.5.1, V3.5.3): a token bound to the session (or, before log-in, to a
 * pre-session cookie), never empty, checked on every unsafe form including log-in, sign-up and log-out; forms sent
 * from another site are refused by Origin or Sec-Fetch-Site. Every refusal is checked to have changed nothing.
 */
@QuarkusTest
class FormTokenTest {
    @TestHTTPResource("/")
    URL base;

    private static RequestSpecification withSession(String session) {
        return given().cookie(SESSION, session).redirects().follow(false);
    }

    /** Posts the new-startup form with a session and a token; answers the response. */
    private static Response createStartup(String session, String token, String name) {
        return withSession(session).contentType(FORM).formParam("_csrf", token).formParam("name", name)
                .formParam("stage", "SEED").formParam("region", "CA-ON").formParam("sectors", "SOFTWARE")
                .formParam("headcount", "3").formParam("foundedOn", "2023-05-01")
                .formParam("incorporated", "true").formParam("forProfit", "true").post("/startups/new");
    }

    private static int startupsOf(String email) {
        return TestApi.read(given().auth().preemptive().basic(email, PASSWORD).get("/api/accounts/me"))
                .path("owns").path("startups").size();
    }

    @Test
    @DisplayName("V3.5.1: the form token is bound to the session, changes at every log-in and is never empty")
    void theFormTokenIsBoundToTheSession() {
        String email = account(Role.STARTUP);
        PageClient.Anonymous visitor = PageClient.visit();
        assertThat(visitor.cookie()).isNotBlank();
        assertThat(visitor.token()).isNotBlank().isNotEqualTo(visitor.cookie());
        String first = PageClient.logIn(email, PASSWORD);
        String second = PageClient.logIn(email, PASSWORD);
        String firstToken = PageClient.tokenOf(first);
        String secondToken = PageClient.tokenOf(second);
        assertThat(firstToken).isNotBlank().isNotEqualTo(secondToken).isNotEqualTo(visitor.token())
                .isNotEqualTo(first);
        assertThat(PageClient.tokenOf(first)).as("stable for the session").isEqualTo(firstToken);

        createStartup(first, secondToken, "Other session's token").then().statusCode(403);
        createStartup(first, "", "Empty token").then().statusCode(403);
        withSession(first).contentType(FORM).formParam("name", "No token").post("/startups/new").then()
                .statusCode(403);
        assertThat(startupsOf(email)).isZero();

        createStartup(first, firstToken, "Own token").then().statusCode(303);
        assertThat(startupsOf(email)).isEqualTo(1);
    }

    @Test
    @DisplayName("V7.2.4: logging in again gives a new session token and ends the one the browser had")
    void logInAgainEndsTheOldSession() {
        String email = account(Role.STUDENT);
        String old = PageClient.logIn(email, PASSWORD);
        String token = PageClient.tokenOf(old);
        Response again = withSession(old).contentType(FORM).formParam("_csrf", token).formParam("email", email)
                .formParam("password", PASSWORD).post("/login");
        again.then().statusCode(303);
        String fresh = again.getCookie(SESSION);
        assertThat(fresh).isNotBlank().isNotEqualTo(old);
        withSession(old).get("/api/accounts/me").then().statusCode(401);
        withSession(fresh).get("/api/accounts/me").then().statusCode(200).body("email", equalTo(email));
    }

    @Test
    @DisplayName("V3.5.1: every unsafe page form of every role refuses a forged token with 403 before anything else")
    void everyPageFormRefusesAForgedToken() {
        PageClient.Anonymous visitor = PageClient.visit();
        Map<Role, List<String>> forms = Map.of(
                Role.STARTUP, List.of("/startups/new", "/startups/k/edit", "/startups/k/delete",
                        "/startups/k/openings/new", "/startups/k/openings/o/edit", "/startups/k/openings/o/delete"),
                Role.STUDENT, List.of("/student"),
                Role.PROGRAM_ADMIN, List.of("/admin/programs/new", "/admin/programs/k/edit",
                        "/admin/programs/k/publish", "/admin/programs/k/close", "/admin/programs/k/delete",
                        "/admin/import"),
                Role.OPERATOR, List.of("/operator/import", "/logout"));
        forms.forEach((role, paths) -> {
            String session = PageClient.logIn(account(role), PASSWORD);
            for (String path : paths) {
                RequestSpecification post = withSession(session).cookie(PRE, visitor.cookie());
                post = path.endsWith("import") ? post.multiPart("_csrf", visitor.token())
                        : post.contentType(FORM).formParam("_csrf", visitor.token());
                post.post(path).then().statusCode(403);
            }
            withSession(session).get("/api/accounts/me").then().statusCode(200);
        });
    }

    @Test
    @DisplayName("V3.5.1: a cookie an attacker plants (old double submit, a pre-session of their own) makes no token")
    void aPlantedCookieMakesNoToken() {
        String email = account(Role.STARTUP);
        String session = PageClient.logIn(email, PASSWORD);
        PageClient.Anonymous attackers = PageClient.visit();
        withSession(session).cookie("triad_csrf", "chosen").contentType(FORM).formParam("_csrf", "chosen")
                .formParam("name", "Double submit").post("/startups/new").then().statusCode(403);
        createStartup(session, attackers.token(), "Pre-session of the attacker")
                .then().statusCode(403);
        given().cookie(SESSION, session).cookie(PRE, attackers.cookie()).contentType(FORM)
                .formParam("_csrf", attackers.token()).formParam("name", "Both cookies").redirects().follow(false)
                .post("/startups/new").then().statusCode(403);
        assertThat(startupsOf(email)).isZero();
    }

    @Test
    @DisplayName("V3.5.1: an HTTP Basic page form needs a pre-session cookie and its token; without one it has none")
    void anHttpBasicFormNeedsAToken() {
        String email = account(Role.STARTUP);
        given().auth().preemptive().basic(email, PASSWORD).contentType(FORM).formParam("_csrf", "")
                .formParam("name", "No cookie").redirects().follow(false).post("/startups/new").then().statusCode(403);
        assertThat(startupsOf(email)).isZero();
    }

    @Test
    @DisplayName("V3.5.1, V7.4.1: log-out is a POST form with the session's token; without it the session lives on")
    void logOutNeedsTheSessionsToken() {
        String email = account(Role.STUDENT);
        String session = PageClient.logIn(email, PASSWORD);
        String home = withSession(session).get("/").then().statusCode(200).extract().asString();
        String token = PageClient.token(home.substring(home.indexOf("action=\"/logout\"")));
        assertThat(home).containsPattern("<form method=\"post\" action=\"/logout\"[^>]*>\\s*<input type=\"hidden\" "
                + "name=\"_csrf\" value=\"" + token + "\">");

        withSession(session).post("/logout").then().statusCode(403);
        withSession(session).contentType(FORM).formParam("_csrf", PageClient.visit().token()).post("/logout")
                .then().statusCode(403);
        withSession(session).get("/logout").then().statusCode(405);
        withSession(session).get("/api/accounts/me").then().statusCode(200).body("email", equalTo(email));

        Response out = withSession(session).contentType(FORM).formParam("_csrf", token).post("/logout");
        out.then().statusCode(303).header("Location", containsString("/"));
        assertThat(out.getDetailedCookie(SESSION).getMaxAge()).isZero();
        withSession(session).get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    @DisplayName("V3.5.1: the log-in and sign-up forms carry a pre-session token that a browser's post must return")
    void anonymousFormsNeedTheirPreSessionToken() {
        String email = account(Role.STUDENT);
        PageClient.Anonymous visitor = PageClient.visit();
        Response noToken = given().cookie(PRE, visitor.cookie()).contentType(FORM).formParam("email", email)
                .formParam("password", PASSWORD).redirects().follow(false).post("/login");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.getCookie(SESSION)).isNull();
        given().cookie(PRE, visitor.cookie()).contentType(FORM).formParam("_csrf", PageClient.visit().token())
                .formParam("email", email).formParam("password", PASSWORD).redirects().follow(false)
                .post("/login").then().statusCode(403);

        String newcomer = "csrf-" + UUID.randomUUID() + "@example.org";
        given().cookie(PRE, visitor.cookie()).contentType(FORM).formParam("_csrf", "forged")
                .formParam("email", newcomer).formParam("password", PASSWORD).formParam("role", "STUDENT")
                .redirects().follow(false).post("/signup").then().statusCode(403);
        given().auth().preemptive().basic(newcomer, PASSWORD).get("/api/accounts/me").then().statusCode(401);

        given().cookie(PRE, visitor.cookie()).contentType(FORM).formParam("_csrf", visitor.token())
                .formParam("email", newcomer).formParam("password", PASSWORD).formParam("role", "STUDENT")
                .redirects().follow(false).post("/signup").then().statusCode(303);
        given().auth().preemptive().basic(newcomer, PASSWORD).get("/api/accounts/me").then().statusCode(200);
    }

    @Test
    @DisplayName("V3.5.3: a form sent from another site is refused, token or not, and changes nothing")
    void aFormFromAnotherSiteIsRefused() {
        String email = account(Role.STARTUP);
        String session = PageClient.logIn(email, PASSWORD);
        String token = PageClient.tokenOf(session);
        String own = "http://localhost:" + base.getPort();
        withSession(session).header("Origin", "https://evil.example").contentType(FORM).formParam("_csrf", token)
                .formParam("name", "Cross-site").post("/startups/new").then().statusCode(403)
                .contentType(containsString("text/html"));
        withSession(session).header("Origin", "null").contentType(FORM).formParam("_csrf", token)
                .formParam("name", "Opaque origin").post("/startups/new").then().statusCode(403);
        for (String site : new String[] {"cross-site", "same-site"}) {
            withSession(session).header("Sec-Fetch-Site", site).contentType(FORM).formParam("_csrf", token)
                    .formParam("name", site).post("/startups/new").then().statusCode(403);
        }
        withSession(session).header("Sec-Fetch-Site", "same-origin").header("Origin", "https://evil.example")
                .contentType(FORM).formParam("_csrf", token).formParam("name", "Mixed").post("/startups/new").then()
                .statusCode(403);
        PageClient.Anonymous visitor = PageClient.visit();
        Response login = given().cookie(PRE, visitor.cookie()).header("Origin", "https://evil.example")
                .contentType(FORM).formParam("_csrf", visitor.token()).formParam("email", email)
                .formParam("password", PASSWORD).redirects().follow(false).post("/login");
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.getCookie(SESSION)).isNull();
        assertThat(startupsOf(email)).isZero();

        createStartup(session, token, "Same origin").then().statusCode(303);
        withSession(session).header("Origin", own).header("Sec-Fetch-Site", "same-origin").contentType(FORM)
                .formParam("_csrf", token).formParam("name", "Same origin too").formParam("stage", "SEED")
                .formParam("region", "CA-ON").formParam("sectors", "SOFTWARE").formParam("headcount", "3")
                .formParam("foundedOn", "2023-05-01").formParam("incorporated", "true")
                .formParam("forProfit", "true").post("/startups/new").then().statusCode(303);
        assertThat(startupsOf(email)).isEqualTo(2);
    }
}
