package io.triad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Shared helpers of the API tests: accounts created through {@link AccountService} (sign-ups are throttled per
 * client address, and no operator can sign up), HTTP Basic requests, exact JSON reading and polling of the
 * asynchronous index.
 */
public final class TestApi {
    public static final String PASSWORD = "test-password-1";
    /** Exact decimals: amounts must be compared as written ({@code 5000.00}), never through doubles. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final long POLL_TIMEOUT_MS = 5_000;

    private TestApi() {
    }

    /** A short random suffix that keeps keys and emails of one test apart from every other test. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new account of the role (any role, OPERATOR included) with {@link #PASSWORD}; answers its email. */
    public static String account(Role role) {
        String email = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID() + "@test.example";
        Arc.container().instance(AccountService.class).get().create(email, PASSWORD, role);
        return email;
    }

    public static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD);
    }

    public static RequestSpecification jsonAs(String email, Object body) {
        return as(email).contentType(ContentType.JSON).body(body);
    }

    /** Imports a document as {@code email} and insists on 200. */
    public static JsonNode importAs(String email, String document) {
        return read(jsonAs(email, document).post("/api/import").then().statusCode(200).extract().response());
    }

    /** A test resource with every {@code $S} replaced by {@code suffix}. */
    public static String resource(String path, String suffix) {
        try (var in = TestApi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("$S", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Response response) {
        return read(response.asString());
    }

    public static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of {@code field} of each element of an array node (the elements themselves for null), in order. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(field == null ? item.asText(null) : item.path(field).asText(null)));
        return out;
    }

    /** The elements of {@code array} whose {@code field} ends with {@code suffix}: this test's own entities. */
    public static List<JsonNode> endingWith(JsonNode array, String field, String suffix) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(item -> {
            if (item.path(field).asText("").endsWith(suffix)) {
                out.add(item);
            }
        });
        return out;
    }

    /** The element of {@code array} whose {@code field} is {@code value}, or a missing node. */
    public static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText(null))) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /**
     * Polls until {@code condition} holds: the index follows the database asynchronously (within about 1 s), so a
     * fixed sleep would be either flaky or slow.
     */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + POLL_TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Not within " + POLL_TIMEOUT_MS + " ms: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }
}
