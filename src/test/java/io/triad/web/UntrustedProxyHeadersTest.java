package io.triad.web;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.triad.domain.Role;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forwarding headers from an address that is not a trusted proxy are ignored (ASVS 5.0 V3.4.1, V6.3.1, V15.3.4): here
 * only 192.0.2.1 is trusted, so the tests' own X-Forwarded-* claims are an attacker's. A client can neither pretend
 * to be on HTTPS nor escape the log-in throttle by naming a new address on each guess.
 */
@QuarkusTest
@TestProfile(UntrustedProxyHeadersTest.OtherProxy.class)
class UntrustedProxyHeadersTest {

    /** A proxy somewhere else: the loopback address the tests connect from is not trusted. */
    public static final class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }

    @Test
    @DisplayName("V3.4.1: an untrusted X-Forwarded-Proto makes no HTTPS: no HSTS, no __Host- cookies")
    void anUntrustedProtoIsIgnored() {
        Response page = given().header("X-Forwarded-Proto", "https").get("/login");
        assertThat(page.getHeader("Strict-Transport-Security")).isNull();
        assertThat(page.getHeaders().getValues("Set-Cookie")).singleElement()
                .satisfies(cookie -> assertThat(cookie).startsWith("triad_pre="));
    }

    @Test
    @DisplayName("V6.3.1, V15.3.4: a guesser naming a new X-Forwarded-For on each try still gets 429 after 10 failures")
    void anUntrustedForwardedForDoesNotEscapeTheThrottle() {
        String email = account(Role.STUDENT);
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic(email, "wrong-" + i).header("X-Forwarded-For", "198.51.100." + i)
                    .get("/api/accounts/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(email, PASSWORD).header("X-Forwarded-For", "203.0.113.99")
                .get("/api/accounts/me").then().statusCode(429);
    }
}
