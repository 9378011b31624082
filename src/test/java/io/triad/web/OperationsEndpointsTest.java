package io.triad.web;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Monitoring endpoints are not exposed unless intended (ASVS 5.0 V13.4.5, V8.2.1): Prometheus metrics for OPERATOR
 * accounts only, health and the OpenAPI document public.
 */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    @DisplayName("V13.4.5, V8.2.1: /q/metrics is 401 without credentials and shows nothing")
    void metricsNeedCredentials() {
        given().redirects().follow(false).get("/q/metrics").then().statusCode(401).body(not(containsString("# TYPE")));
        given().redirects().follow(false).auth().preemptive().basic(account(Role.OPERATOR), "wrong-password-1")
                .get("/q/metrics").then()
                .statusCode(401).body(not(containsString("# TYPE")));
    }

    @Test
    @DisplayName("V13.4.5, V8.2.1: /q/metrics is 403 for every role but OPERATOR, by HTTP Basic or session")
    void metricsAreForOperatorsOnly() {
        for (Role role : new Role[] {Role.STARTUP, Role.STUDENT, Role.PROGRAM_ADMIN}) {
            String email = account(role);
            as(email).get("/q/metrics").then().statusCode(403).body(not(containsString("# TYPE")));
            given().cookie(PageClient.SESSION, PageClient.logIn(email, PASSWORD)).get("/q/metrics").then()
                    .statusCode(403);
        }
        String operator = account(Role.OPERATOR);
        as(operator).get("/q/metrics").then().statusCode(200).body(containsString("# TYPE"))
                .body(containsString("triad_index_lag_seconds")).header("Cache-Control", "no-store");
        given().cookie(PageClient.SESSION, PageClient.logIn(operator, PASSWORD)).get("/q/metrics").then()
                .statusCode(200).body(containsString("# TYPE"));
    }

    @Test
    @DisplayName("V13.4.5: /q/health and /q/openapi stay public")
    void healthAndOpenApiArePublic() {
        given().get("/q/health").then().statusCode(200).body(containsString("\"status\""));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/programs"));
    }
}
