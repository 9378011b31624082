package io.triad.importing;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.importAs;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.resource;
import static io.triad.TestApi.texts;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triad.domain.Role;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ImportApiTest {
    private static final String PROBLEM = "application/problem+json";
    private String operator;

    @BeforeEach
    void operator() {
        operator = account(Role.OPERATOR);
    }

    @Test
    void importsTheDataMdExampleAndReadsEveryEntityBackAsSent() {
        String example = resource("import/example.json", "");
        JsonNode counts = importAs(operator, example);
        assertThat(counts).isEqualTo(read("{\"programs\":1,\"startups\":1,\"openings\":1,\"students\":1}"));

        JsonNode sent = read(example);
        // language is optional and defaults to "en"; the server spells the default out.
        ObjectNode program = ((ObjectNode) sent.get("programs").get(0)).put("language", "en");
        // so are WORKFLOW.md's funding.budget (none), funding.stackable (true) and an opening's currency (CAD)
        ((ObjectNode) program.get("funding")).putNull("budget").put("stackable", true);
        ObjectNode startup = (ObjectNode) sent.get("startups").get(0);
        ((ObjectNode) startup.get("openings").get(0)).put("language", "en").put("currency", "CAD");
        ObjectNode student = ((ObjectNode) sent.get("students").get(0)).put("language", "en");

        assertSameDocument(read(given().get("/api/programs/swpp-example").then().statusCode(200)
                .contentType(ContentType.JSON).extract().response()), program);
        assertSameDocument(read(as(operator).get("/api/startups/northwind-robotics").then().statusCode(200)
                .extract().response()), startup);
        assertSameDocument(read(as(operator).get("/api/students/amara-o").then().statusCode(200)
                .extract().response()), student);
    }

    @Test
    void reimportingReplacesEntitiesInsteadOfDuplicatingThem() {
        String example = resource("import/example.json", "");
        importAs(operator, example);
        String changed = example.replace("Student Work Placement Program (example)", "Renamed placement program")
                .replace("Machine learning co-op", "Robotics co-op");
        JsonNode counts = importAs(operator, changed);
        assertThat(counts).isEqualTo(read("{\"programs\":1,\"startups\":1,\"openings\":1,\"students\":1}"));

        given().get("/api/programs/swpp-example").then().statusCode(200)
                .body("name", equalTo("Renamed placement program"));
        as(operator).get("/api/startups/northwind-robotics").then().statusCode(200)
                .body("openings.key", contains("northwind-ml-coop"))
                .body("openings.title", contains("Robotics co-op"));
        given().queryParam("q", "\"Renamed placement program\"").queryParam("size", 1000).get("/api/programs")
                .then().statusCode(200).body("items.findAll { it.key == 'swpp-example' }.size()", equalTo(1));
    }

    @Test
    void reimportedStartupLosesTheOpeningsItLeavesOut() {
        String s = unique();
        String both = """
                {"startups": [{"key": "two-openings-$S", "name": "Two openings", "stage": "SEED", "region": "CA-ON",
                  "headcount": 4, "foundedOn": "2021-03-01", "incorporated": true, "forProfit": true, "openings": [
                  {"key": "keep-$S", "title": "Kept", "startDate": "2027-06-07", "weeks": 12, "hoursPerWeek": 35,
                   "hourlyWage": 20, "workMode": "REMOTE"},
                  {"key": "drop-$S", "title": "Dropped", "startDate": "2027-06-07", "weeks": 12, "hoursPerWeek": 35,
                   "hourlyWage": 20, "workMode": "REMOTE"}]}]}""".replace("$S", s);
        assertThat(importAs(operator, both).get("openings").asInt()).isEqualTo(2);
        String one = both.replaceFirst(",\\s*\\{\"key\": \"drop-[^}]*}", "");
        assertThat(importAs(operator, one)).isEqualTo(read("{\"programs\":0,\"startups\":1,\"openings\":1,\"students\":0}"));

        as(operator).get("/api/startups/two-openings-" + s).then().statusCode(200).body("openings.key", contains("keep-" + s));
        as(operator).get("/api/openings/drop-" + s + "/matches").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejectsAnInvalidDocumentWithEveryViolationAndStoresNothingOfIt() {
        String s = unique();
        JsonNode problem = read(jsonAs(operator, resource("import/invalid.json", s)).post("/api/import")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400)).extract().response());

        assertThat(texts(problem.get("violations"), "field")).containsExactlyInAnyOrder(
                "programs[0].name", "programs[0].kind", "programs[0].intake.opens", "programs[0].employer.maxHeadcont",
                "programs[0].placement.maxWeeks", "programs[0].funding.wagePercent",
                "programs[2].key", "programs[2].funding.currency",
                "startups[1].stage", "startups[1].region", "startups[1].headcount", "startups[1].foundedOn",
                "startups[1].incorporated", "startups[1].openings[0].key", "startups[1].openings[0].title",
                "startups[1].openings[0].weeks", "startups[1].openings[0].hourlyWage",
                "startups[1].openings[0].workMode",
                "students[1].key", "students[1].email", "students[1].graduationDate", "students[1].birthDate",
                "students[1].availableUntil", "students[1].workModes[0]");
        problem.get("violations").forEach(v -> assertThat(v.path("message").asText()).isNotBlank());

        given().get("/api/programs/ok-prog-" + s).then().statusCode(404);
        as(operator).get("/api/startups/ok-st-" + s).then().statusCode(404);
        as(operator).get("/api/students/ok-stu-" + s).then().statusCode(404);
    }

    @Test
    void rejectsAnOpeningKeyThatBelongsToAnotherStartup() {
        String s = unique();
        importAs(operator, startup("first-" + s, "taken-" + s, null));
        String doc = startup("second-" + s, "taken-" + s, null);

        jsonAs(operator, doc).post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("startups[0].openings[0].key"));
        as(operator).get("/api/startups/second-" + s).then().statusCode(404);
        as(operator).get("/api/startups/first-" + s).then().statusCode(200).body("openings.key", contains("taken-" + s));
    }

    @Test
    void listsOwnershipAndForeignOpeningViolationsTogetherWithTheOthers() {
        String s = unique();
        importAs(operator, startup("first-" + s, "taken-" + s, null));
        String doc = startup("second-" + s, "taken-" + s, "nobody-" + s + "@test.example")
                .replace("\"headcount\": 4", "\"headcount\": 0");

        JsonNode problem = read(jsonAs(operator, doc).post("/api/import").then().statusCode(400).extract().response());
        assertThat(texts(problem.get("violations"), "field")).containsExactlyInAnyOrder(
                "startups[0].headcount", "startups[0].owner", "startups[0].openings[0].key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"programs\": [", "[]", "[{\"key\": \"x\"}]", "\"programs\"", "42", "null", "",
            "{\"programs\": {\"key\": \"x\"}}", "{\"programs\": [42]}", "{\"employers\": []}",
            "{\"programs\": [{\"key\": \"p\", \"name\": [\"n\"], \"kind\": \"GRANT\", \"scope\": \"COMPANY\","
                    + " \"capacity\": \"lots\", \"funding\": {\"currency\": \"CAD\"}}]}"})
    void answersBadBodiesWithAProblemNeverAServerError(String body) {
        jsonAs(operator, body).post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("title", notNullValue()).body("detail", notNullValue());
    }

    /** JSON escapes (as a client writes them) of code points no text may hold. */
    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\u202e", "\\u2066",
            "\\ud800", "\\udc00", "\\ufffd", "\\ufffe", "\\uffff", "\\ufeff", "\\n", "\\t"})
    @DisplayName("ASVS V2.2.1, V1.3.3: control characters, lone surrogates, non-characters and bidirectional overrides "
            + "in names, skills, keys and owners are violations, never a 500 from PostgreSQL, and nothing is stored")
    void forbiddenCodePointsInTextAreViolationsAndNothingIsStored(String escape) {
        String s = unique();
        String doc = """
                {"programs": [{"key": "cp-%1$s", "name": "Grant %2$s here", "kind": "GRANT", "scope": "COMPANY",
                  "funding": {"currency": "CAD"}},
                 {"key": "cp-%1$s-%2$s", "name": "Grant", "kind": "GRANT", "scope": "COMPANY", "owner": "a%2$s@x.org",
                  "funding": {"currency": "CAD"}}],
                 "startups": [{"key": "cps-%1$s", "name": "S", "stage": "SEED", "region": "CA-ON", "headcount": 2,
                  "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true,
                  "openings": [{"key": "cpo-%1$s", "title": "T", "skills": ["py%2$sthon"], "startDate": "2099-01-04",
                    "weeks": 4, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "REMOTE"}]}]}""".formatted(s, escape);
        JsonNode problem = read(jsonAs(operator, doc).post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .extract().response());
        assertThat(texts(problem.get("violations"), "field")).contains("programs[0].name", "programs[1].key",
                "programs[1].owner", "startups[0].openings[0].skills[0]");
        given().get("/api/programs/cp-" + s).then().statusCode(404);
        as(operator).get("/api/startups/cps-" + s).then().statusCode(404);
    }

    @Test
    @DisplayName("ASVS V2.2.1: descriptions, summaries and bios keep their line breaks and tabs")
    void textOfSeveralLinesKeepsItsLineBreaks() {
        String s = unique();
        importAs(operator, """
                {"programs": [{"key": "lines-%s", "name": "Lines", "kind": "GRANT", "scope": "COMPANY",
                  "summary": "First line.\\r\\nSecond\\tline.", "funding": {"currency": "CAD"}, "status": "DRAFT"}]}"""
                .formatted(s));
        as(operator).get("/api/programs/lines-" + s).then().statusCode(200)
                .body("summary", equalTo("First line.\r\nSecond\tline."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e309", "1234567890123456", "0.1234567", "1e-7",
            "12345678901234567890123"})
    @DisplayName("ASVS V1.4.2, V2.2.1: numbers with huge exponents, infinite values or more digits than an amount has "
            + "are violations, checked before any arithmetic, never a 500 and never stored")
    void numbersBeyondAnyAmountAreViolations(String number) {
        String s = unique();
        String doc = """
                {"programs": [{"key": "num-%s", "name": "Numbers", "kind": "GRANT", "scope": "COMPANY",
                  "funding": {"currency": "CAD", "maxAmount": %s}}]}""".formatted(s, number);
        jsonAs(operator, doc).post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("programs[0].funding.maxAmount"));
        given().get("/api/programs/num-" + s).then().statusCode(404);
    }

    @Test
    @DisplayName("ASVS V2.2.1: a number literal of ten thousand digits is refused as malformed JSON, not stored")
    void aNumberOfTenThousandDigitsIsMalformedJson() {
        String s = unique();
        String doc = """
                {"programs": [{"key": "long-%s", "name": "Long", "kind": "GRANT", "scope": "COMPANY",
                  "funding": {"currency": "CAD", "maxAmount": 0.%s1}}]}""".formatted(s, "0".repeat(10_000));
        jsonAs(operator, doc).post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"));
        given().get("/api/programs/long-" + s).then().statusCode(404);
    }

    @Test
    @DisplayName("ASVS V2.2.1: an email longer than RFC 5321 allows (254 characters) is a violation")
    void emailsLongerThan254CharactersAreViolations() {
        String s = unique();
        String doc = """
                {"students": [{"key": "long-mail-%s", "name": "L", "email": "%s@example.org", "field": "OTHER",
                  "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON",
                  "availableFrom": "2030-01-01"}]}""".formatted(s, "x".repeat(243));
        jsonAs(operator, doc).post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("students[0].email"));
    }

    @Test
    void answersANonJsonBodyWithAProblem() {
        as(operator).contentType(ContentType.TEXT).body("programs: []").post("/api/import")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void letsProgramAdministratorsImportProgramsOnlyAndOthersNothing() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String doc = resource("import/owned.json", s).replace("\"owner\": \"{admin}\"", "\"status\": \"DRAFT\"")
                .replaceAll(", \"owner\": \"\\{[a-z]+}\"", "");
        JsonNode whole = read(doc);
        String programsOnly = "{\"programs\": " + whole.get("programs") + "}";

        jsonAs(admin, "{\"startups\": " + whole.get("startups") + "}").post("/api/import").then().statusCode(403).contentType(PROBLEM);
        jsonAs(admin, "{\"students\": " + whole.get("students") + "}").post("/api/import").then().statusCode(403);
        jsonAs(account(Role.STARTUP), programsOnly).post("/api/import").then().statusCode(403).contentType(PROBLEM);
        jsonAs(account(Role.STUDENT), programsOnly).post("/api/import").then().statusCode(403);
        given().contentType(ContentType.JSON).body(programsOnly).post("/api/import").then().statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", notNullValue());
        as(operator).get("/api/programs/owned-prog-" + s).then().statusCode(404);

        assertThat(importAs(admin, programsOnly).get("programs").asInt()).isEqualTo(1);
        as(admin).get("/api/accounts/me").then().statusCode(200).body("owns.programs", contains("owned-prog-" + s));
        as(admin).get("/api/programs/owned-prog-" + s).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void ownerNamesTheAccountThatOwnsWhatIsImported() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String founder = account(Role.STARTUP);
        String student = account(Role.STUDENT);
        importAs(operator, resource("import/owned.json", s).replace("{admin}", admin).replace("{founder}", founder)
                .replace("{student}", student));

        as(admin).get("/api/accounts/me").then().body("owns.programs", contains("owned-prog-" + s));
        as(founder).get("/api/accounts/me").then().body("owns.startups", contains("owned-st-" + s));
        as(student).get("/api/accounts/me").then().body("owns.students", contains("owned-stu-" + s));
        as(founder).get("/api/startups/owned-st-" + s).then().statusCode(200).body("openings.key", contains("owned-op-" + s));
        as(student).get("/api/students/owned-stu-" + s).then().statusCode(200).body("email", equalTo("owned-" + s + "@example.org"));
    }

    @Test
    void anOwnerOfTheWrongRoleOrWithoutAccountIsAViolation() {
        String s = unique();
        String founder = account(Role.STARTUP);
        String student = account(Role.STUDENT);
        String doc = resource("import/owned.json", s).replace("{admin}", founder).replace("{founder}", student)
                .replace("{student}", "nobody-" + s + "@test.example");

        jsonAs(operator, doc).post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("programs[0].owner", "startups[0].owner", "students[0].owner"));
        given().get("/api/programs/owned-prog-" + s).then().statusCode(404);
        as(operator).get("/api/startups/owned-st-" + s).then().statusCode(404);
        as(student).get("/api/accounts/me").then().body("owns.students", org.hamcrest.Matchers.empty());
    }

    @Test
    void twoProfilesForOneStudentAccountAreAViolationNotAServerError() {
        String s = unique();
        String student = account(Role.STUDENT);
        String profile = """
                {"key": "%s", "name": "Twin", "email": "twin@example.org", "field": "COMPUTER_SCIENCE", "level": "BACHELOR",
                 "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON", "availableFrom": "2027-05-01", "owner": "%s"}""";
        String doc = "{\"students\": [" + profile.formatted("twin-a-" + s, student) + ", "
                + profile.formatted("twin-b-" + s, student) + "]}";

        jsonAs(operator, doc).post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("students[1].owner"));
        as(student).get("/api/accounts/me").then().body("owns.students", org.hamcrest.Matchers.empty());
    }

    private static String startup(String key, String openingKey, String owner) {
        return """
                {"startups": [{"key": "%s", "name": "Startup %s", "stage": "SEED", "region": "CA-ON",
                  "headcount": 4, "foundedOn": "2021-03-01", "incorporated": true, "forProfit": true,%s
                  "openings": [{"key": "%s", "title": "Developer", "startDate": "2027-06-07", "weeks": 12,
                   "hoursPerWeek": 35, "hourlyWage": 20, "workMode": "REMOTE"}]}]}"""
                .formatted(key, key, owner == null ? "" : " \"owner\": \"" + owner + "\",", openingKey);
    }

    /** Equal as JSON, numbers compared by value (5000 and 5000.00 are the same amount). */
    private static void assertSameDocument(JsonNode actual, JsonNode expected) {
        assertThat(numbersByValue(actual.deepCopy())).isEqualTo(numbersByValue(expected.deepCopy()));
    }

    private static JsonNode numbersByValue(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(numbersByValue(e.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, numbersByValue(node.get(i)));
            }
        } else if (node.isNumber()) {
            return DecimalNode.valueOf(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }
}
