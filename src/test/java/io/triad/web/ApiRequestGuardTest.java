package io.triad.web;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.web.PageClient.FORM;
import static io.triad.web.PageClient.SESSION;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JSON API refuses before reading a body (ASVS 5.0 V3.5.1, V3.5.2, V3.5.3): a body that is not
 * application/json (415), and a request signed in by the session cookie that a browser marks as coming from another
 * origin (403); HTTP Basic requests are exempt. Every refusal is checked to have changed nothing.
 */
@QuarkusTest
class ApiRequestGuardTest {
    @TestHTTPResource("/")
    URL base;

    private static String startup(String key) {
        return "{\"key\":\"" + key + "\",\"name\":\"Guard " + key + "\",\"stage\":\"SEED\",\"region\":\"CA-ON\","
                + "\"sectors\":[\"SOFTWARE\"],\"headcount\":3,\"foundedOn\":\"2023-05-01\",\"incorporated\":true,"
                + "\"forProfit\":true,\"openings\":[]}";
    }

    private static RequestSpecification session(String cookie) {
        return given().cookie(SESSION, cookie);
    }

    @Test
    @DisplayName("V3.5.2: a body sent as anything but application/json is 415 problem+json and changes nothing")
    void aBodyThatIsNotJsonIs415() {
        String email = account(Role.STARTUP);
        String key = "guard-" + TestApi.unique();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/json-seq", "text/json"}) {
            RequestSpecification put = as(email).contentType(type);
            // REST Assured encodes a form body from a string only, every other type from bytes
            put = type.endsWith("urlencoded") ? put.body(startup(key))
                    : put.body(startup(key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put.put("/api/startups/" + key).then().statusCode(415)
                    .contentType("application/problem+json").body("status", equalTo(415));
        }
        as(email).get("/api/startups/" + key).then().statusCode(404);
        String newcomer = "guard-" + UUID.randomUUID() + "@example.org";
        given().contentType(FORM).formParam("email", newcomer).formParam("password", PASSWORD)
                .formParam("role", "STUDENT").post("/api/accounts").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().preemptive().basic(newcomer, PASSWORD).get("/api/accounts/me").then().statusCode(401);

        as(email).contentType("application/json; charset=UTF-8").body(startup(key)).put("/api/startups/" + key)
                .then().statusCode(201);
    }

    @Test
    @DisplayName("V3.5.2: a request without a body needs no Content-Type")
    void aBodylessRequestNeedsNoContentType() {
        String email = account(Role.STARTUP);
        String key = "guard-" + TestApi.unique();
        as(email).contentType(ContentType.JSON).body(startup(key)).put("/api/startups/" + key).then().statusCode(201);
        String cookie = PageClient.logIn(email, PASSWORD);
        session(cookie).delete("/api/startups/" + key).then().statusCode(204);
        as(email).get("/api/startups/" + key).then().statusCode(404);
    }

    @Test
    @DisplayName("V3.5.1, V3.5.3: a session request from another origin is 403 problem+json and changes nothing")
    void aSessionRequestFromAnotherOriginIsRefused() {
        String email = account(Role.STARTUP);
        String cookie = PageClient.logIn(email, PASSWORD);
        String key = "guard-" + TestApi.unique();
        session(cookie).header("Origin", "https://evil.example").contentType(ContentType.JSON).body(startup(key))
                .put("/api/startups/" + key).then().statusCode(403).contentType("application/problem+json");
        session(cookie).header("Sec-Fetch-Site", "cross-site").delete("/api/accounts/me").then().statusCode(403);
        session(cookie).header("Sec-Fetch-Site", "same-site").get("/api/accounts/me").then().statusCode(403);
        session(cookie).header("Origin", "null").get("/api/accounts/me").then().statusCode(403);
        session(cookie).header("Origin", "http://localhost:" + (base.getPort() + 1)).get("/api/accounts/me")
                .then().statusCode(403);
        as(email).get("/api/startups/" + key).then().statusCode(404);
        as(email).get("/api/accounts/me").then().statusCode(200);

        String own = "http://localhost:" + base.getPort();
        session(cookie).header("Origin", own).get("/api/accounts/me").then().statusCode(200)
                .body("email", equalTo(email));
        session(cookie).header("Sec-Fetch-Site", "same-origin").get("/api/accounts/me").then().statusCode(200);
        session(cookie).header("Sec-Fetch-Site", "none").get("/api/accounts/me").then().statusCode(200);
        session(cookie).get("/api/accounts/me").then().statusCode(200);
        session(cookie).header("Origin", own).header("Sec-Fetch-Site", "same-origin").contentType(ContentType.JSON)
                .body(startup(key)).put("/api/startups/" + key).then().statusCode(201);
    }

    @Test
    @DisplayName("V3.5.1: HTTP Basic requests are exempt from the origin check (scripts send them)")
    void httpBasicIsExempt() {
        String email = account(Role.STARTUP);
        String key = "guard-" + TestApi.unique();
        as(email).header("Origin", "https://elsewhere.example").header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON).body(startup(key)).put("/api/startups/" + key).then().statusCode(201);
    }
}
