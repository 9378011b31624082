package io.triad.web;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triad.TestApi;
import io.triad.account.Account;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drives the paths that used to put personal data in the log (ASVS 5.0 V16.2.5: no sensitive data in logs;
 * V16.3: security events logged without it): database errors whose context holds the values (a unique violation's
 * key, a check violation's failing row), malformed bodies, failed log-ins and import errors, all with canary values.
 * Each test checks the log so far; {@link PersonalDataInLogIT} scans the whole run's log afterwards.
 */
@QuarkusTest
class PersonalDataLogPathsTest {
    private static final Logger LOG = Logger.getLogger(PersonalDataLogPathsTest.class);
    private static final String PASSWORD = "canary-password-7f3a";

    private static String canaryEmail(String who) {
        return who + "-" + TestApi.unique() + "." + LogCanary.MARKER + "@example.org";
    }

    private static void driven(String path) {
        LogCanary.assertNotLogged();
        LOG.info(LogCanary.DRIVEN + path);
    }

    @Test
    @DisplayName("V16.2.5: a sign-up with a taken e-mail logs no e-mail")
    void v16_duplicateSignUpLogsNoEmail() {
        String email = canaryEmail("taken");
        Map<String, String> body = Map.of("email", email, "password", PASSWORD, "role", "STUDENT");
        given().contentType(ContentType.JSON).body(body).post("/api/accounts").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).post("/api/accounts").then().statusCode(409)
                .body(not(containsString(LogCanary.MARKER)));
        driven("duplicate-sign-up");
    }

    @Test
    @DisplayName("V16.2.5: a unique violation in PostgreSQL logs no key value")
    void v16_uniqueViolationLogsNoKeyValue() {
        String email = canaryEmail("unique");
        AccountService accounts = Arc.container().instance(AccountService.class).get();
        accounts.create(email, PASSWORD, Role.STUDENT);
        // create() trusts its caller to have checked: the database's unique index refuses the second
        assertThatThrownBy(() -> accounts.create(email.toUpperCase(), PASSWORD, Role.STUDENT))
                .isInstanceOf(RuntimeException.class);
        driven("unique-violation");
    }

    @Test
    @DisplayName("V16.2.5: a check violation in PostgreSQL logs no failing row")
    void v16_checkViolationLogsNoFailingRow() {
        String email = canaryEmail("check");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            Account account = new Account();
            account.email = email;
            account.passwordHash = "$2a$04$" + LogCanary.MARKER;
            account.role = Role.STUDENT;
            account.language = "xx-" + LogCanary.MARKER;
            account.persist();
        })).isInstanceOf(RuntimeException.class);
        driven("check-violation");
    }

    @Test
    @DisplayName("V16.2.5: malformed and mistyped bodies are not logged")
    void v16_malformedBodiesAreNotLogged() {
        String email = canaryEmail("malformed");
        given().contentType(ContentType.JSON).body("{\"email\": \"" + email + "\", \"password\": ")
                .post("/api/accounts").then().statusCode(400);
        String operator = account(Role.OPERATOR);
        jsonAs(operator, "{\"students\": [{\"key\": \"k\", \"" + LogCanary.MARKER + "\": \"" + email + "\"}]}")
                .post("/api/import").then().statusCode(400);
        jsonAs(operator, "{\"programs\": [{\"key\": \"k\", \"capacity\": \"" + email + "\"}]}")
                .post("/api/import").then().statusCode(400);
        jsonAs(operator, "{\"students\": [{\"email\": \"" + email + "\", \"birthDate\": \"" + email + "\"}]}")
                .post("/api/import").then().statusCode(400);
        jsonAs(operator, "[\"" + email + "\"").post("/api/import").then().statusCode(400);
        given().queryParam("q", "\"" + email + " AND (").get("/api/programs").then().statusCode(400);
        driven("malformed-bodies");
    }

    @Test
    @DisplayName("V16.3.1: failed and throttled log-ins log no e-mail")
    void v16_failedLogInsLogNoEmail() {
        String email = canaryEmail("login");
        given().auth().preemptive().basic(email, "wrong-" + PASSWORD).get("/api/accounts/me").then().statusCode(401);
        // one failure above, nine more redirect back to the form, then the throttle answers the form with 429
        for (int i = 0; i < 12; i++) {
            given().contentType(ContentType.URLENC).formParam("email", email).formParam("password", "wrong")
                    .formParam("next", "/" + LogCanary.MARKER).redirects().follow(false).post("/login")
                    .then().statusCode(i < 9 ? 303 : 429);
        }
        String owner = account(Role.STUDENT, "login-" + TestApi.unique());
        given().auth().preemptive().basic(owner, "wrong-" + PASSWORD).get("/api/accounts/me").then().statusCode(401);
        driven("failed-log-ins");
    }

    @Test
    @DisplayName("V16.2.5: a rejected import logs none of its personal data")
    void v16_importErrorsLogNoPersonalData() {
        String s = TestApi.unique();
        String email = canaryEmail("import");
        String student = """
                {"students": [{"key": "canary-%s", "name": "Zoya %s", "email": "%s", "field": "COMPUTER_SCIENCE",
                  "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON",
                  "availableFrom": "2027-05-01", "birthDate": "2999-01-01", "owner": "%s"}]}"""
                .formatted(s, LogCanary.MARKER, email, canaryEmail("owner"));
        jsonAs(account(Role.OPERATOR), student).post("/api/import").then().statusCode(400);
        jsonAs(account(Role.PROGRAM_ADMIN), student).post("/api/import").then().statusCode(403);
        driven("import-errors");
    }

    @Test
    @DisplayName("V16.2.5: operator uploads, failed or imported, log none of their content")
    void v16_uploadsLogNoContent() {
        String operator = account(Role.OPERATOR);
        String broken = "{\"students\": [{\"email\": \"" + canaryEmail("upload") + "\", ";
        String failed = awaitJob(operator, upload(operator, broken));
        assertThat(failed).as("the job page says why it failed").contains("JSON");
        String key = "canary-upload-" + TestApi.unique();
        String valid = """
                {"students": [{"key": "%s", "name": "Zoya %s", "email": "%s", "field": "COMPUTER_SCIENCE",
                  "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON",
                  "availableFrom": "2027-05-01", "birthDate": "1987-11-23", "workStatus": "PROTECTED_PERSON"}]}"""
                .formatted(key, LogCanary.MARKER, canaryEmail("uploaded"));
        awaitJob(operator, upload(operator, valid));
        as(operator).get("/api/students/" + key).then().statusCode(200).body("birthDate",
                org.hamcrest.Matchers.equalTo("1987-11-23"));
        driven("upload-errors");
    }

    /** The job page's path. */
    private static String upload(String operator, String document) {
        String location = as(operator).cookie(TestApi.PRE_SESSION, TestApi.formToken().cookie())
                .multiPart("_csrf", TestApi.csrfToken())
                .multiPart("file", LogCanary.MARKER + ".json", document.getBytes(StandardCharsets.UTF_8))
                .redirects().follow(false).post("/operator/import").then().statusCode(303).extract().header("Location");
        return java.net.URI.create(location).getPath();
    }

    /** The job's page once it finished (it refreshes itself until then). */
    private static String awaitJob(String operator, String page) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(operator).redirects().follow(false)
                .get(page).then().extract().header("Refresh") == null);
        return as(operator).get(page).then().statusCode(200).extract().asString();
    }
}
