package io.triad.account;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.triad.domain.Role;
import io.triad.web.PageClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Log-in throttling as API.md says (ASVS 5.0 V6.3.1): 10 failures per (email, client address) and 100 per email
 * within 15 minutes, counted before the password is checked, so that no burst of parallel guesses gets more checked.
 * The client address is what the trusted proxy (the tests' loopback) says in X-Forwarded-For. Each test has its own
 * accounts, so the windows of one never fill another's.
 */
@QuarkusTest
class LoginThrottlingTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TestHTTPResource("/api/accounts/me")
    URL me;

    /** GET /api/accounts/me with HTTP Basic from {@code address}; answers the status and Retry-After. */
    private HttpResponse<String> basic(String email, String password, String address) {
        String credentials = Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(me.toString())).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", address).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends all {@code count} requests at once (released together by a latch); answers their responses. */
    private static List<HttpResponse<String>> atOnce(int count, Function<Integer, HttpResponse<String>> send)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return send.apply(n);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> byStatus(List<HttpResponse<String>> responses) {
        return responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }

    @Test
    @DisplayName("V6.3.1: 50 parallel wrong guesses get 10 checked and 40 refused; the owner's address still logs in")
    void parallelGuessesNeverGetMoreThanTenChecked() throws Exception {
        String email = account(Role.STUDENT);
        List<HttpResponse<String>> guesses = atOnce(50, n -> basic(email, "wrong-guess-" + n, "198.51.100.1"));
        assertThat(byStatus(guesses)).containsExactlyInAnyOrderEntriesOf(Map.of(401, 10L, 429, 40L));
        guesses.stream().filter(r -> r.statusCode() == 429).forEach(r -> {
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        });

        HttpResponse<String> right = basic(email, PASSWORD, "198.51.100.1");
        assertThat(right.statusCode()).as("the guesser's address, even with the right password").isEqualTo(429);
        assertThat(basic(email, PASSWORD, "203.0.113.9").statusCode()).as("the owner's address").isEqualTo(200);
        Response form = given().header("X-Forwarded-For", "203.0.113.10").redirects().follow(false)
                .contentType(PageClient.FORM).formParam("email", email).formParam("password", PASSWORD)
                .post("/login");
        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(form.getCookie(PageClient.SESSION)).isNotBlank();
    }

    @Test
    @DisplayName("V6.3.1: the same wrong password sent 50 times at once is still checked at most 10 times")
    void parallelIdenticalGuessesAreCountedEachTime() throws Exception {
        String email = account(Role.STUDENT);
        List<HttpResponse<String>> guesses = atOnce(50, n -> basic(email, "the-same-guess", "198.51.100.2"));
        assertThat(byStatus(guesses)).containsExactlyInAnyOrderEntriesOf(Map.of(401, 10L, 429, 40L));
    }

    @Test
    @DisplayName("V6.3.1: 100 failures for one email from all addresses close it everywhere; other emails stay open")
    void oneHundredFailuresFromManyAddressesCloseTheEmail() throws Exception {
        String email = account(Role.STUDENT);
        String other = account(Role.STUDENT);
        List<HttpResponse<String>> guesses = atOnce(50, n -> basic(email, "spray-" + n, "192.0.2." + (n % 25)));
        guesses.addAll(atOnce(60, n -> basic(email, "spray-b-" + n, "192.0.2." + (100 + n % 30))));
        assertThat(byStatus(guesses)).containsExactlyInAnyOrderEntriesOf(Map.of(401, 100L, 429, 10L));
        HttpResponse<String> owner = basic(email, PASSWORD, "203.0.113.20");
        assertThat(owner.statusCode()).isEqualTo(429);
        assertThat(owner.headers().firstValue("Retry-After")).isPresent();
        assertThat(basic(other, PASSWORD, "192.0.2.1").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("V6.3.1: many parallel correct HTTP Basic requests (scripts, the tests) are never throttled")
    void parallelCorrectBasicRequestsAreNotThrottled() throws Exception {
        String email = account(Role.STARTUP);
        List<HttpResponse<String>> first = atOnce(50, n -> basic(email, PASSWORD, "198.51.100.3"));
        List<HttpResponse<String>> again = atOnce(50, n -> basic(email, PASSWORD, "198.51.100.3"));
        assertThat(byStatus(first)).containsExactlyEntriesOf(Map.of(200, 50L));
        assertThat(byStatus(again)).containsExactlyEntriesOf(Map.of(200, 50L));
        assertThat(first.get(0).body()).contains(email);
        assertThat(basic(email, "wrong-password-1", "198.51.100.3").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("V6.3.1: credentials verified a moment ago do not let a full window through, nor a changed password")
    void recentlyVerifiedCredentialsDoNotBypassTheWindow() throws Exception {
        String email = account(Role.STARTUP);
        assertThat(basic(email, PASSWORD, "198.51.100.4").statusCode()).isEqualTo(200);
        assertThat(byStatus(atOnce(10, n -> basic(email, "guess-" + n, "198.51.100.4"))))
                .containsExactlyEntriesOf(Map.of(401, 10L));
        assertThat(basic(email, PASSWORD, "198.51.100.4").statusCode()).isEqualTo(429);
        assertThat(basic(email, PASSWORD, "198.51.100.5").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("V6.3.1: the log-in form answers the 11th failure with 429 and Retry-After")
    void theLogInFormIsThrottledToo() {
        String email = account(Role.STUDENT);
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", "198.51.100.6").redirects().follow(false).contentType(PageClient.FORM)
                    .formParam("email", email).formParam("password", "wrong-" + i).post("/login").then()
                    .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/login?error=credentials"));
        }
        Response refused = given().header("X-Forwarded-For", "198.51.100.6").redirects().follow(false)
                .contentType(PageClient.FORM).formParam("email", email).formParam("password", PASSWORD)
                .post("/login?lang=en");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getCookie(PageClient.SESSION)).isNull();
        assertThat(refused.asString()).contains("id=\"error-summary\"").contains("value=\"" + email + "\"");
    }
}
