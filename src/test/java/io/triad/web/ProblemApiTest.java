package io.triad.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemApiTest {

    @Test
    void oversizedBodyIsA413Problem() {
        byte[] body = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        given().contentType(ContentType.JSON).body(body).post("/api/accounts")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void malformedJsonIsA400ProblemThatSaysWhy() {
        given().contentType(ContentType.JSON).body("{\"email\":").post("/api/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void unknownApiPathIsA404Problem() {
        given().get("/api/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void badQueryParametersAre400NamingTheParameter() {
        given().get("/api/programs?size=0").then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().get("/api/programs?openOn=2027-13-01").then().statusCode(400).body("violations[0].field", equalTo("openOn"));
        given().get("/api/programs?kind=NOPE").then().statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/programs/a%00b", "/api/startups/%0d%0a",
        "/api/students/x%E2%80%AEy", "/api/programs?region=CA%00", "/api/programs?q=robot%1b", "/api/programs?kind=%FF",
        "/api/programs/%C0%80", "/api/programs/%ED%A0%80", "/api/eligibility?program=a%00&opening=b&student=c",
        "/api/openings/o%00/matches"})
    @org.junit.jupiter.api.DisplayName("ASVS V1.1.1, V2.2.2: a path segment or parameter holding a control character, "
            + "invalid UTF-8 or an override is a 400 naming it, before any database look-up (PostgreSQL refuses NUL)")
    void forbiddenCodePointsInPathsAndParametersAre400(String target) {
        given().urlEncodingEnabled(false).auth().preemptive().basic(io.triad.TestApi.account(io.triad.domain.Role.OPERATOR),
                io.triad.TestApi.PASSWORD).get(target).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("violations.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("ASVS V1.1.1: a page address with a NUL is the error page (400), not a 500")
    void forbiddenCodePointsInAPageAddressAreTheErrorPage() {
        given().urlEncodingEnabled(false).get("/programs/a%00b").then().statusCode(400).contentType("text/html");
        given().urlEncodingEnabled(false).get("/programs?q=a%00").then().statusCode(400).contentType("text/html");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("ASVS V1.5.3: a property given twice is a 400, never \"the last one wins\"")
    void duplicatePropertiesAreRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"a@example.org\",\"email\":\"b@example.org\",\"password\":\"correct-horse-1\","
                        + "\"role\":\"STUDENT\"}")
                .post("/api/accounts").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Duplicate"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nested", "number", "trailing", "array"})
    @org.junit.jupiter.api.DisplayName("ASVS V2.2.1: JSON nested deeper than any document, number literals of hundreds "
            + "of digits and text after the document are 400 problems")
    void jsonBeyondTheParserLimitsIsA400Problem(String kind) {
        String body = switch (kind) {
            case "nested" -> "{\"email\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
            case "number" -> "{\"email\":" + "9".repeat(1000) + "}";
            case "trailing" -> "{\"email\":\"a@example.org\"} {\"role\":\"OPERATOR\"}";
            default -> "[]";
        };
        given().contentType(ContentType.JSON).body(body).post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("ASVS V2.2.1: dates are YYYY-MM-DD with four digits, so +999999999-12-31 is a 400")
    void datesBeyondFourDigitYearsAre400() {
        given().queryParam("openOn", "+999999999-12-31").get("/api/programs").then().statusCode(400)
                .body("violations[0].field", equalTo("openOn"));
        given().queryParam("openOn", "+999999999-12-31").get("/programs").then().statusCode(400);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("ASVS V2.2.1: a value the database refuses (SQLSTATE class 22), should one ever get "
            + "past validation, is a 400 that changed nothing, never a 500")
    void aValueTheDatabaseRefusesIsBadInput() {
        jakarta.ws.rs.core.Response answer = new ProblemMapper().unexpected(new RuntimeException(
                new org.hibernate.exception.DataException("refused", new java.sql.SQLException("refused", "22021"))));
        org.assertj.core.api.Assertions.assertThat(answer.getStatus()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(((Problem) answer.getEntity()).detail()).doesNotContain("22021");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/programs/%zz", "/api/programs/a%", "/programs/%4x",
        "/api/programs?q=%zz", "/programs?q=a%"})
    @org.junit.jupiter.api.DisplayName("ASVS V1.1.1: an address that is not valid percent-encoding is a 400, never a 500")
    void anAddressThatIsNotPercentEncodingIsA400(String target) throws java.io.IOException {
        // Sent byte for byte: HTTP clients refuse to build such an address.
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            org.assertj.core.api.Assertions.assertThat(status).startsWith("HTTP/1.1 400");
        }
    }
}
