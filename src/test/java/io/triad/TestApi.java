package io.triad;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import io.triad.web.EmbeddedPostgresResource;
import io.triad.web.LogCanary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * The fixture of the in-process tests: the one place they create accounts (through {@link AccountService}: sign-ups
 * are throttled per client address, and no operator can sign up) and import programs, startups and students (through
 * {@code POST /api/import}, see {@link DashboardWorld} for a whole seeded world), plus HTTP Basic requests, exact JSON
 * reading and waiting for the asynchronous index. Every name a test creates carries a suffix of its own
 * ({@link #unique}), so tests share one database without seeing each other's data.
 *
 * <p>It also binds the embedded PostgreSQL to every {@code @QuarkusTest} of the run ({@code restricted = false});
 * {@link FreshDatabase} gives a test class a database of its own.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestApi {
    /** The password of every account the tests create, in the fixture or through the sign-up page. */
    public static final String PASSWORD = "test-password-1";
    /** Exact decimals: amounts must be compared as written ({@code 5000.00}), never through doubles. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final Duration INDEX_WAIT = Duration.ofSeconds(5);

    private TestApi() {
    }

    /** A short random suffix that keeps keys and emails of one test apart from every other test. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new account of the role (any role, OPERATOR included) with {@link #PASSWORD}; answers its email. */
    public static String account(Role role) {
        return account(role, UUID.randomUUID().toString());
    }

    /**
     * A new account whose email holds {@code name} (for tests that search accounts by it); answers its email. Its
     * domain carries the log canary: PersonalDataInLogIT finds any of these emails in the test run's log.
     */
    public static String account(Role role, String name) {
        String email = role.name().toLowerCase().replace('_', '-') + "-" + name + "@" + LogCanary.MARKER
                + ".test.example";
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

    /** Imports a document as a new operator, who may name any account as an entity's {@code owner}. */
    public static JsonNode importDocument(String document) {
        return importAs(account(Role.OPERATOR), document);
    }

    /** The pre-session cookie's name over plain HTTP (web/Csrf): page forms posted with HTTP Basic send it. */
    public static final String PRE_SESSION = "triad_pre";
    private static FormToken formToken;

    /** A pre-session secret and the CSRF token bound to it, as the log-in page hands them out. */
    public record FormToken(String cookie, String token) {
    }

    /**
     * The tests' pre-session and its form token, read once from the log-in page: an HTTP Basic page form sends the
     * cookie {@link #PRE_SESSION} and the token as {@code _csrf}.
     */
    public static synchronized FormToken formToken() {
        if (formToken == null) {
            formToken = newFormToken();
        }
        return formToken;
    }

    /** A new pre-session and its form token, as the log-in page hands them to a new visitor. */
    public static FormToken newFormToken() {
        Response page = given().get("/login").then().statusCode(200).extract().response();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.asString());
        if (!token.find()) {
            throw new IllegalStateException("The log-in page has no CSRF token");
        }
        return new FormToken(page.cookie(PRE_SESSION), token.group(1));
    }

    /** The CSRF token of {@link #formToken()}. */
    public static String csrfToken() {
        return formToken().token();
    }

    /** A test resource with every {@code $S} replaced by {@code suffix}. */
    public static String resource(String path, String suffix) {
        try (var in = TestApi.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("$S", suffix);
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
     * Awaitility, set for the index, which follows the database asynchronously (within about 1 s): look at once, then
     * every 50 ms, for up to 5 s (a fixed sleep would be either flaky or slow).
     */
    public static ConditionFactory eventually(String what) {
        return Awaitility.await(what).atMost(INDEX_WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50));
    }

    /** Waits until {@code condition} holds, as {@link #eventually} says. */
    public static void await(String what, BooleanSupplier condition) {
        eventually(what).until(condition::getAsBoolean);
    }

    /**
     * A placement program for two regions of its own (A and B, with a random code, in a random user-assigned
     * country; A sorts first), so no other test's data counts: of five startups two are eligible (region A, software, with a 12-week opening at $20/h
     * for 40 h, paying 4,800; region B, hardware and software, with a 16-week opening capped at 5,000), one has too many
     * employees, one only a 4-week opening, one is elsewhere; of five students (PhD students in the trades) three are
     * eligible (one in A, two in B), one is a master's student, one is elsewhere. Its administrator owns the program.
     */
    public static final class DashboardWorld {
        private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        /** ISO 3166's user-assigned codes QM to QZ and XA to XZ: no real data is ever there. */
        private static final List<String> USER_ASSIGNED = Stream
                .concat("MNOPQRSTUVWXYZ".chars().mapToObj(c -> "Q" + (char) c),
                        "ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().mapToObj(c -> "X" + (char) c)).toList();
        public final String suffix = unique();
        public final String regionA;
        public final String regionB;
        public final String key = "dash-" + suffix;
        public final String admin = account(Role.PROGRAM_ADMIN, "dash-" + suffix);
        /** Far ahead, for PhD students in the trades: other tests' students and openings never fit these. */
        private final LocalDate start = LocalDate.of(2098, 3, 2);

        /** Imports the world with its program in {@code status}. */
        public DashboardWorld(String status) {
            Random random = new Random();
            String country = USER_ASSIGNED.get(random.nextInt(USER_ASSIGNED.size()));
            String code = code(random);
            regionA = country + "-A" + code;
            regionB = country + "-B" + code;
            try {
                importDocument(JSON.writeValueAsString(Map.of("programs", List.of(program(status)),
                        "startups", startups(), "students", students())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Two random letters or digits: with the country, two worlds share their regions once in 50,000. */
        private static String code(Random random) {
            return random.ints(2, 0, ALPHANUMERIC.length()).mapToObj(i -> String.valueOf(ALPHANUMERIC.charAt(i)))
                    .collect(Collectors.joining());
        }

        public String opening(String name) {
            return "dash-o-" + name + "-" + suffix;
        }

        public String student(String name) {
            return "dash-" + name + "-" + suffix;
        }

        private Map<String, Object> program(String status) {
            return Map.ofEntries(Map.entry("key", key), Map.entry("name", "Dashboard test " + suffix),
                    Map.entry("kind", "WAGE_SUBSIDY"), Map.entry("scope", "PLACEMENT"), Map.entry("status", status),
                    Map.entry("owner", admin), Map.entry("capacity", 10),
                    Map.entry("intake", Map.of("opens", "2020-01-01", "deadline", "2099-12-31")),
                    Map.entry("employer", Map.of("regions", List.of(regionA, regionB), "maxHeadcount", 50)),
                    Map.entry("student", Map.of("regions", List.of(regionA, regionB), "levels", List.of("PHD"))),
                    Map.entry("placement", Map.of("minWeeks", 8)),
                    Map.entry("funding", Map.of("currency", "CAD", "wagePercent", 50, "capPerPlacement", 5000)));
        }

        private List<Object> startups() {
            return List.of(startup("a", regionA, List.of("SOFTWARE"), 10, opening("a", 12, 40, 20)),
                    startup("b", regionB, List.of("HARDWARE", "SOFTWARE"), 20, opening("b", 16, 37.5, 30)),
                    startup("big", regionA, List.of("SOFTWARE"), 100, opening("big", 12, 40, 20)),
                    startup("short", regionB, List.of("MEDIA"), 5, opening("short", 4, 40, 20)),
                    startup("away", "CA-ON", List.of("SOFTWARE"), 5, opening("away", 12, 40, 20)));
        }

        private Map<String, Object> startup(String name, String region, List<String> sectors, int headcount,
                Map<String, Object> opening) {
            return Map.of("key", "dash-" + name + "-" + suffix, "name", "Startup " + name, "stage", "SEED",
                    "region", region, "sectors", sectors, "headcount", headcount, "foundedOn", "2022-01-01",
                    "incorporated", true, "forProfit", true, "openings", List.of(opening));
        }

        private Map<String, Object> opening(String name, int weeks, double hours, int wage) {
            return Map.of("key", opening(name), "title", "Opening " + name,
                    "startDate", start.toString(), "weeks", weeks, "hoursPerWeek", hours, "hourlyWage", wage,
                    "workMode", "HYBRID", "skills", List.of("python"), "levels", List.of("PHD", "MASTER"),
                    "fields", List.of("TRADES"));
        }

        private List<Object> students() {
            return List.of(student("t1", regionA, "PHD"), student("t2", regionB, "PHD"),
                    student("t3", regionB, "PHD"), student("t4", regionA, "MASTER"),
                    student("t5", "CA-ON", "PHD"));
        }

        private Map<String, Object> student(String name, String region, String level) {
            return Map.of("key", student(name), "name", "Student " + name,
                    "email", name + "-" + suffix + "@example.org", "field", "TRADES", "level", level,
                    "enrolment", "ENROLLED_FULL_TIME", "region", region, "skills", List.of("python"),
                    "availableFrom", start.minusDays(1).toString(), "availableUntil", start.plusYears(1).toString());
        }
    }

    /**
     * A database of the test class's own: for tests that assert exact rankings and funding, which programs other tests
     * publish would otherwise change (they fund every student their rules let them).
     */
    public static final class FreshDatabase implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
        }
    }
}
