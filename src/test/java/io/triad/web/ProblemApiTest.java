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
}
