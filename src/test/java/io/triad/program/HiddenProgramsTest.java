package io.triad.program;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.csrfToken;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * API.md: another owner's draft (or closed program) is something the caller may not even know exists, so another
 * program administrator gets 404, never 403, on every path that names it, reading or writing, through the API, the
 * pages and both import formats; a published program it does not own stays 403 for writes (it is known to exist).
 * Every refused write changes nothing.
 */
@QuarkusTest
@DisplayName("ASVS V8.2.2, V8.3.1: another administrator's draft is 404 on every path")
class HiddenProgramsTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String CSV_HEADER = "key,name,kind,scope,regions,funding.currency,funding.maxAmount,status\n";

    private String owner;
    private String other;
    private String draft;
    private String closed;
    private String published;
    private String fresh;

    @BeforeEach
    void programsOfAnotherAdministrator() {
        String s = unique();
        owner = account(Role.PROGRAM_ADMIN);
        other = account(Role.PROGRAM_ADMIN);
        draft = "hidden-draft-" + s;
        closed = "hidden-closed-" + s;
        published = "hidden-published-" + s;
        fresh = "hidden-fresh-" + s;
        jsonAs(owner, program(draft, "Owner's draft", "DRAFT")).put("/api/programs/" + draft).then().statusCode(201);
        jsonAs(owner, program(closed, "Owner's closed", "CLOSED")).put("/api/programs/" + closed).then().statusCode(201);
        jsonAs(owner, program(published, "Owner's published", "PUBLISHED")).put("/api/programs/" + published)
                .then().statusCode(201);
    }

    @Test
    @DisplayName("V8.2.2: GET, PUT, DELETE and sub-resources of another's draft or closed program answer 404")
    void everyApiPathAnswers404ForAnotherAdministratorsDraftOrClosedProgram() {
        for (String key : List.of(draft, closed)) {
            as(other).get("/api/programs/" + key).then().statusCode(404).contentType(PROBLEM);
            jsonAs(other, program(key, "Taken over", "PUBLISHED")).put("/api/programs/" + key)
                    .then().statusCode(404).contentType(PROBLEM).body("detail", not(containsString("another account")));
            as(other).delete("/api/programs/" + key).then().statusCode(404).contentType(PROBLEM);
            as(other).get("/api/programs/" + key + "/matches").then().statusCode(404).contentType(PROBLEM);
            as(other).get("/api/eligibility?program=" + key + "&startup=none-" + key).then().statusCode(404);
        }
        assertUnchanged();
    }

    @Test
    @DisplayName("V8.2.2: another's published program is known to exist: readable, and 403 to every write")
    void anotherAdministratorsPublishedProgramStaysForbiddenToWrite() {
        as(other).get("/api/programs/" + published).then().statusCode(200);
        jsonAs(other, program(published, "Taken over", "PUBLISHED")).put("/api/programs/" + published)
                .then().statusCode(403).contentType(PROBLEM);
        as(other).delete("/api/programs/" + published).then().statusCode(403);
        as(other).get("/api/programs/" + published + "/matches").then().statusCode(403);
        importJson(other, published).then().statusCode(403).contentType(PROBLEM);
        assertUnchanged();
    }

    @Test
    @DisplayName("V8.2.2, V2.3.3: an API import naming another's draft is refused whole with 404, nothing written")
    void anApiImportNamingAnotherAdministratorsDraftIsRefusedWholeWith404() {
        for (String key : List.of(draft, closed)) {
            importJson(other, key).then().statusCode(404).contentType(PROBLEM)
                    .body("detail", containsString(key)).body("detail", not(containsString("another account")));
        }
        as(other).get("/api/programs/" + fresh).then().statusCode(404);
        assertUnchanged();
    }

    @Test
    @DisplayName("V8.2.2: the program pages answer 404 for another's draft, 403 for its published program")
    void programPagesAnswer404ForAnotherAdministratorsDraft() {
        String token = csrfToken();
        for (String key : List.of(draft, closed)) {
            as(other).get("/programs/" + key).then().statusCode(404).contentType(ContentType.HTML);
            as(other).get("/admin/programs/" + key + "/edit").then().statusCode(404).contentType(ContentType.HTML);
            as(other).get("/admin/programs/" + key + "/delete").then().statusCode(404);
            as(other).get("/admin/programs/" + key + "/matches").then().statusCode(404);
            as(other).get("/admin/dashboard/" + key).then().statusCode(404);
            form(other, token).formParam("name", "Taken over").formParam("kind", "GRANT").formParam("scope", "COMPANY")
                    .formParam("funding.currency", "CAD").formParam("action", "publish")
                    .post("/admin/programs/" + key + "/edit").then().statusCode(404);
            for (String action : List.of("publish", "close", "delete")) {
                form(other, token).post("/admin/programs/" + key + "/" + action).then().statusCode(404);
            }
        }
        as(other).get("/admin/programs/" + published + "/edit").then().statusCode(403);
        as(other).get("/admin/dashboard/" + published).then().statusCode(403);
        form(other, token).post("/admin/programs/" + published + "/close").then().statusCode(403);
        assertUnchanged();
    }

    @Test
    @DisplayName("V8.2.2, V2.3.3: the import page, JSON or CSV, refuses another's draft whole with 404")
    void theImportPageRefusesAnotherAdministratorsDraftWholeWith404() {
        String token = csrfToken();
        for (String key : List.of(draft, closed)) {
            upload(other, token).multiPart("text", importDocument(key)).post("/admin/import").then().statusCode(404)
                    .contentType(ContentType.HTML)
                    .body(containsString("One of these program keys is not available to this account"))
                    .body(containsString("No program &#39;" + key + "&#39;"));
            String csv = CSV_HEADER + fresh + ",Fresh,GRANT,COMPANY,XZ,CAD,1000,DRAFT\n"
                    + key + ",Taken over,GRANT,COMPANY,XZ,CAD,1000,PUBLISHED\n";
            upload(other, token).multiPart("file", "programs.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                    .post("/admin/import").then().statusCode(404).contentType(ContentType.HTML)
                    .body(containsString("No program &#39;" + key + "&#39;"));
        }
        String csv = CSV_HEADER + published + ",Taken over,GRANT,COMPANY,XZ,CAD,1000,PUBLISHED\n";
        upload(other, token).multiPart("file", "programs.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/admin/import").then().statusCode(403)
                .body(containsString("This account may not change one of these programs"));
        as(other).get("/api/programs/" + fresh).then().statusCode(404);
        assertUnchanged();
    }

    @Test
    @DisplayName("V8.2.2: its owner and operators still reach the draft; an operator's replace keeps the owner")
    void theOwnerAndOperatorsStillReachTheDraft() {
        as(owner).get("/api/programs/" + draft).then().statusCode(200).body("name", equalTo("Owner's draft"));
        jsonAs(owner, program(draft, "Owner's draft", "DRAFT")).put("/api/programs/" + draft).then().statusCode(200);
        String operator = account(Role.OPERATOR);
        jsonAs(operator, program(draft, "Owner's draft", "DRAFT")).put("/api/programs/" + draft).then().statusCode(200);
        assertThat(as(owner).get("/api/accounts/me").then().extract().jsonPath().getList("owns.programs"))
                .contains(draft);
        as(owner).get("/admin/programs/" + draft + "/edit").then().statusCode(200);
    }

    /** The three programs as their owner made them, still its own; the other administrator owns nothing. */
    private void assertUnchanged() {
        as(owner).get("/api/programs/" + draft).then().statusCode(200)
                .body("name", equalTo("Owner's draft")).body("status", equalTo("DRAFT"));
        as(owner).get("/api/programs/" + closed).then().statusCode(200)
                .body("name", equalTo("Owner's closed")).body("status", equalTo("CLOSED"));
        as(owner).get("/api/programs/" + published).then().statusCode(200)
                .body("name", equalTo("Owner's published")).body("status", equalTo("PUBLISHED"));
        assertThat(as(owner).get("/api/accounts/me").then().extract().jsonPath().getList("owns.programs"))
                .containsExactlyInAnyOrder(draft, closed, published);
        assertThat(as(other).get("/api/accounts/me").then().extract().jsonPath().getList("owns.programs")).isEmpty();
    }

    private io.restassured.response.Response importJson(String account, String key) {
        return jsonAs(account, importDocument(key)).post("/api/import");
    }

    /** A new program first, then {@code key}: the import must fail whole, so neither is written. */
    private String importDocument(String key) {
        return "{\"programs\": [" + program(fresh, "Fresh", "DRAFT") + ", " + program(key, "Taken over", "PUBLISHED")
                + "]}";
    }

    private static RequestSpecification form(String account, String token) {
        return as(account).redirects().follow(false).cookie(TestApi.PRE_SESSION, TestApi.formToken().cookie())
                .formParam("_csrf", token);
    }

    private static RequestSpecification upload(String account, String token) {
        return as(account).redirects().follow(false).cookie(TestApi.PRE_SESSION, TestApi.formToken().cookie())
                .multiPart("_csrf", token);
    }

    /** A company program for a region no startup is in: it never takes part in other tests' results. */
    private static String program(String key, String name, String status) {
        return """
                {"key": "%s", "name": "%s", "kind": "GRANT", "scope": "COMPANY", "status": "%s", "regions": ["XZ"],
                 "employer": {"regions": ["XZ-Q"]}, "funding": {"currency": "CAD", "maxAmount": 1000}}"""
                .formatted(key, name, status);
    }
}
