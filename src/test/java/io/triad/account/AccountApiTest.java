package io.triad.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triad.web.PageClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountApiTest {

    static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }

    static void signUp(String email, String role) {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "correct-horse-1", "role", role))
                .post("/api/accounts").then().statusCode(201);
    }

    @Test
    void signUpAnswersTheMeBody() {
        String email = newEmail();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "correct-horse-1", "role", "STUDENT"))
                .post("/api/accounts")
                .then().statusCode(201)
                .body("email", equalTo(email))
                .body("role", equalTo("STUDENT"))
                .body("owns.students", empty());
    }

    @Test
    void signUpKeepsTheAccountsLanguageAndMeAnswersIt() {
        String french = newEmail();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", french, "password", "correct-horse-1", "role", "STARTUP", "language", "fr"))
                .post("/api/accounts").then().statusCode(201).body("language", equalTo("fr"));
        given().auth().preemptive().basic(french, "correct-horse-1").get("/api/accounts/me")
                .then().statusCode(200).body("language", equalTo("fr"));
        String english = newEmail();
        signUp(english, "STUDENT");
        given().auth().preemptive().basic(english, "correct-horse-1").get("/api/accounts/me")
                .then().statusCode(200).body("language", equalTo("en"));
    }

    @Test
    void rejectsALanguageOtherThanEnglishOrFrenchAndCreatesNothing() {
        String email = newEmail();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "correct-horse-1", "role", "STUDENT", "language", "de"))
                .post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("language"))
                .body("violations.message", contains("must be en or fr"));
        given().auth().preemptive().basic(email, "correct-horse-1").get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    void signingUpOnAFrenchPageMakesAFrenchAccount() {
        String email = newEmail();
        PageClient.Anonymous visitor = PageClient.visit();
        given().cookie(PageClient.PRE, visitor.cookie()).formParam("_csrf", visitor.token()).formParam("email", email)
                .formParam("password", "correct-horse-1").formParam("role", "STUDENT").redirects().follow(false)
                .post("/signup?lang=fr").then().statusCode(303);
        given().auth().preemptive().basic(email, "correct-horse-1").get("/api/accounts/me")
                .then().statusCode(200).body("language", equalTo("fr"));
    }

    @Test
    void acceptsPasswordsUpTo1024BytesAndEveryByteCounts() {
        String email = newEmail();
        String password = "x".repeat(1000) + "-correct";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "role", "STUDENT"))
                .post("/api/accounts").then().statusCode(201);
        given().auth().preemptive().basic(email, password).get("/api/accounts/me").then().statusCode(200);
        given().auth().preemptive().basic(email, "x".repeat(1000) + "-wrong!!").get("/api/accounts/me")
                .then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", newEmail(), "password", "y".repeat(1025), "role", "STUDENT"))
                .post("/api/accounts").then().statusCode(400)
                .body("violations.field", contains("password"))
                .body("violations.message", contains("must be 10 to 1024 bytes long"));
    }

    @Test
    void refusesTheMostCommonPasswordsAndCreatesNothing() {
        String email = newEmail();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "Password123", "role", "STARTUP"))
                .post("/api/accounts").then().statusCode(400)
                .body("violations.field", contains("password"))
                .body("violations.message", contains("is one of the most common passwords; choose another"));
        given().auth().preemptive().basic(email, "Password123").get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    void theSignUpPageSaysACommonPasswordIsRefusedInTheReadersLanguage() {
        PageClient.Anonymous visitor = PageClient.visit();
        given().cookie(PageClient.PRE, visitor.cookie()).formParam("_csrf", visitor.token())
                .formParam("email", newEmail())
                .formParam("password", "QWERTYUIOP").formParam("role", "STUDENT")
                .post("/signup?lang=fr").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("des mots de passe les plus courants"));
    }

    @Test
    void rejectsOperatorSignUpAndShortPasswords() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", newEmail(), "password", "correct-horse-1", "role", "OPERATOR"))
                .post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("role"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", newEmail(), "password", "short", "role", "STUDENT"))
                .post("/api/accounts").then().statusCode(400)
                .body("violations.field", contains("password"));
    }

    @Test
    void takenEmailIsAConflict() {
        String email = newEmail();
        signUp(email, "STARTUP");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email.toUpperCase(), "password", "correct-horse-1", "role", "STARTUP"))
                .post("/api/accounts").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void meNeedsCredentialsAndKnowsWrongPasswords() {
        given().get("/api/accounts/me").then().statusCode(401).contentType("application/problem+json");
        String email = newEmail();
        signUp(email, "PROGRAM_ADMIN");
        given().auth().preemptive().basic(email, "wrong-password-1").get("/api/accounts/me").then().statusCode(401);
        given().auth().preemptive().basic(email, "correct-horse-1").get("/api/accounts/me")
                .then().statusCode(200).body("role", equalTo("PROGRAM_ADMIN"));
    }

    @Test
    void formLoginOpensASessionThatDeletingTheAccountEnds() {
        String email = newEmail();
        signUp(email, "STUDENT");
        String cookie = given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(ContentType.URLENC)
                .formParam("email", email).formParam("password", "correct-horse-1")
                .redirects().follow(false)
                .post("/login").then().statusCode(303).extract().cookie(SessionService.COOKIE);
        given().cookie(SessionService.COOKIE, cookie).get("/api/accounts/me")
                .then().statusCode(200).body("email", equalTo(email));
        given().cookie(SessionService.COOKIE, cookie).delete("/api/accounts/me").then().statusCode(204);
        given().cookie(SessionService.COOKIE, cookie).get("/api/accounts/me").then().statusCode(401);
        given().auth().preemptive().basic(email, "correct-horse-1").get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    void repeatedWrongPasswordsAreThrottledWithRetryAfter() {
        String email = newEmail();
        signUp(email, "STUDENT");
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic(email, "wrong-password-" + i).get("/api/accounts/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(email, "correct-horse-1").get("/api/accounts/me")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\u0000", "\u0001", "\t", "\r\n", "\u202e", "\ufffd"})
    @org.junit.jupiter.api.DisplayName("ASVS V2.2.1: an email holding a NUL or another forbidden code point is refused in "
            + "HTTP Basic, the log-in form and the sign-up, never a 500 from PostgreSQL, never trimmed into a real email")
    void emailsWithForbiddenCodePointsAreRefusedEverywhere(String bad) {
        String email = newEmail();
        signUp(email, "STUDENT");
        given().auth().preemptive().basic(email + bad, "correct-horse-1").get("/api/accounts/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().preemptive().basic(bad + email, "correct-horse-1").get("/api/accounts/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("email", email + bad)
                .formParam("password", "correct-horse-1")
                .redirects().follow(false).post("/login").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login?error=credentials"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "x" + bad + newEmail(), "password", "correct-horse-1", "role", "STUDENT"))
                .post("/api/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("email"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"//evil.example", "/\\evil.example", "https://evil.example",
        "javascript:alert(1)", "/\t/evil", "/a b", "/\r\nSet-Cookie: x=1", "/\u0000", "/..//evil", "/%2e%2e//evil",
        "/\u202eevil", "evil.example", "", "/" + "a"})
    @org.junit.jupiter.api.DisplayName("ASVS V3.7.2, V1.2.2: a log-in's next that leaves the site, holds a control "
            + "character or a dot segment is replaced by the home page, never echoed into a broken Location")
    void logInWithAnUnsafeNextGoesHome(String next) {
        String email = newEmail();
        signUp(email, "STUDENT");
        String location = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("email", email)
                .formParam("password", "correct-horse-1").formParam("next", next).redirects().follow(false)
                .post("/login").then().statusCode(303).extract().header("Location");
        String expected = next.equals("/a") ? "/a" : "/home";
        org.assertj.core.api.Assertions.assertThat(java.net.URI.create(location).getRawPath()).isEqualTo(expected);
        org.assertj.core.api.Assertions.assertThat(java.net.URI.create(location).getRawQuery()).isNull();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("ASVS V3.7.2: the log-in page carries only a safe next in its form")
    void logInPageDropsAnUnsafeNext() {
        given().queryParam("next", "//evil.example").get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("evil.example")));
        given().queryParam("next", "/programs?q=robot").get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("value=\"/programs?q=robot\""));
    }
}
