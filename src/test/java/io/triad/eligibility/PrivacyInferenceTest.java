package io.triad.eligibility;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.find;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Plays the attacker of API.md's Privacy section: a startup owner and a program administrator who want to learn a
 * student's birth date, work status or groups by asking many questions. The students are "twins": the same in every
 * field a startup may know, different in every sensitive one. Whatever the attacker asks, each twin's answer must be
 * the other's, while an operator (who is privileged) sees them differ: so each attack would work without the policy.
 * ASVS 5.0 V14.2 (data protection: sensitive data is not disclosed through indirect channels), V8.2 (authorization at
 * the data level).
 */
@QuarkusTest
class PrivacyInferenceTest {
    private static final String S = unique();
    /** The sensitive facts of each twin; everything else is the same. s1 turns 26 on 2041-01-01. */
    private static final Map<String, String> TWINS = new LinkedHashMap<>(Map.of(
            "t1-" + S, "\"birthDate\": \"2015-01-01\", \"workStatus\": \"CITIZEN\", \"groups\": [\"WOMAN_IN_STEM\"]",
            "t2-" + S, "\"birthDate\": \"1980-06-15\", \"workStatus\": \"INTERNATIONAL\", \"groups\": []",
            "t3-" + S, "\"groups\": [\"INDIGENOUS\"]",
            "t4-" + S, "\"birthDate\": \"2000-02-29\", \"workStatus\": \"PERMANENT_RESIDENT\""));
    private static final String AS_OF = "2040-01-02";
    private static final AtomicInteger ATTEMPTS = new AtomicInteger();
    private static String operator;
    private static String founder;
    private static String admin;

    @BeforeEach
    void worldOnce() {
        synchronized (PrivacyInferenceTest.class) {
            if (operator == null) {
                world();
            }
        }
    }

    private static void world() {
        String operatorAccount = account(Role.OPERATOR);
        founder = account(Role.STARTUP);
        admin = account(Role.PROGRAM_ADMIN);
        List<String> students = new ArrayList<>();
        TWINS.forEach((key, facts) -> students.add(student(key, "BACHELOR", facts)));
        students.add(student("outsider-" + S, "PHD", "\"workStatus\": \"CITIZEN\""));
        importDocument("""
                {"programs": [%s, %s, %s, %s], "startups": [%s], "students": [%s]}""".formatted(
                owned(program("age", "\"student\": {\"minAge\": 18, \"maxAge\": 25}"), admin),
                owned(program("status", "\"student\": {\"workStatus\": [\"CITIZEN\"]}"), admin),
                owned(program("enh", "\"funding\": {\"currency\": \"CAD\", \"wagePercent\": 50, \"capPerPlacement\": 5000,"
                        + " \"enhancedWagePercent\": 70, \"enhancedCapPerPlacement\": 7000,"
                        + " \"enhancedGroups\": [\"WOMAN_IN_STEM\", \"INDIGENOUS\"]}"), admin),
                owned(program("agelong", "\"student\": {\"maxAge\": 25}, \"placement\": {\"minWeeks\": 52}"), admin),
                owned(startup("2040-06-01"), founder), String.join(",", students)));
        await("the twins are indexed", () -> twinItems(founder, Map.of()).size() == TWINS.size());
        operator = operatorAccount;
    }

    @Test
    @DisplayName("V14.2: a startup that moves its opening's start date to bisect a birthday learns nothing")
    void aStartupBisectingABirthdayWithItsOpeningsStartDateLearnsNothing() {
        LocalDate lo = LocalDate.parse("2040-03-01");
        LocalDate hi = LocalDate.parse("2041-06-01");
        Set<String> seenByFounder = new HashSet<>();
        Set<String> seenByOperator = new HashSet<>();
        for (int probe = 0; probe < 9; probe++) {
            LocalDate mid = lo.plusDays(ChronoUnit.DAYS.between(lo, hi) / 2);
            jsonAs(founder, startup(mid.toString())).put("/api/startups/st-" + S).then().statusCode(200);
            assertTwinsAlike(Map.of());
            assertTwinsAlike(Map.of("funded", "true"));
            assertTwinsAlike(Map.of("sort", "amount"));
            for (String program : List.of("age", "status", "enh", "agelong")) {
                assertVerdictsAlike(program);
            }
            boolean founderSeesEligible = verdict(founder, "age", "t1-" + S).get("eligible").asBoolean();
            boolean reallyEligible = verdict(operator, "age", "t1-" + S).get("eligible").asBoolean();
            seenByFounder.add(String.valueOf(founderSeesEligible));
            seenByOperator.add(String.valueOf(reallyEligible));
            // t1 turns 26 on 2041-01-01: the true answer moves the bisection, the founder's never does
            if (reallyEligible) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertThat(seenByFounder).containsExactly("true");
        assertThat(seenByOperator).containsExactlyInAnyOrder("true", "false");
        System.out.printf("Privacy inference: %d attempts by the startup and the administrator, nothing learnt%n",
                ATTEMPTS.get());
    }

    @Test
    @DisplayName("V14.2: amounts, enhancedPossible, near misses and order are the same for every twin")
    void amountsFlagsAndNearMissesAreTheSameForStudentsThatDifferOnlyInSensitiveFields() {
        jsonAs(founder, startup("2040-06-01")).put("/api/startups/st-" + S).then().statusCode(200);
        List<JsonNode> items = twinItems(founder, Map.of());
        JsonNode enh = find(items.get(0).get("programs"), "program", "enh-" + S);
        assertThat(enh.get("amount").get("value").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(enh.get("enhancedPossible").asBoolean()).isTrue();
        assertThat(find(items.get(0).get("programs"), "program", "age-" + S).get("conditional").asBoolean()).isTrue();
        // agelong fails minWeeks for everyone: to the startup a near miss on weeks only, conditional, for every twin
        JsonNode miss = find(items.get(0).get("nearMisses"), "program", "agelong-" + S);
        assertThat(miss.get("failed")).hasSize(1);
        assertThat(miss.get("failed").get(0).get("rule").asText()).isEqualTo("placement.minWeeks");
        assertTwinsAlike(Map.of());
        // the operator sees the truth: t1 (a woman in STEM) gets the enhanced amount, t2 is over the age limit
        List<JsonNode> truth = twinItems(operator, Map.of());
        assertThat(find(twin(truth, "t1-" + S).get("programs"), "program", "enh-" + S).get("amount").get("value")
                .decimalValue()).isEqualByComparingTo("7000.00");
        assertThat(TestApi.texts(twin(truth, "t2-" + S).get("programs"), "program")).doesNotContain("age-" + S)
                .contains("enh-" + S);
    }

    @Test
    @DisplayName("V14.2: an administrator's crafted drafts preview the same students whatever their age rule")
    void anAdministratorsCraftedDraftsPreviewTheSameStudentsWhateverTheAgeOrWorkStatusRule() {
        jsonAs(founder, startup("2040-06-01")).put("/api/startups/st-" + S).then().statusCode(200);
        String key = "craft-" + S;
        Set<Long> totals = new HashSet<>();
        Set<String> dashboards = new HashSet<>();
        List<String> rules = new ArrayList<>();
        for (int age = 16; age <= 64; age += 6) {
            rules.add("\"minAge\": " + age);
            rules.add("\"maxAge\": " + age);
        }
        for (String status : List.of("CITIZEN", "PERMANENT_RESIDENT", "PROTECTED_PERSON", "INTERNATIONAL")) {
            rules.add("\"workStatus\": [\"" + status + "\"]");
        }
        for (String rule : rules) {
            String draft = program("craft", "\"student\": {" + rule + "}").replace("\"PUBLISHED\"", "\"DRAFT\"");
            jsonAs(admin, draft).put("/api/programs/" + key).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
            JsonNode preview = read(as(admin).queryParams(Map.of("asOf", AS_OF, "limit", "1000"))
                    .get("/api/programs/" + key + "/matches").then().statusCode(200).extract().response());
            ATTEMPTS.incrementAndGet();
            List<JsonNode> twins = new ArrayList<>();
            preview.get("items").forEach(i -> {
                if (TWINS.containsKey(i.get("student").asText())) {
                    twins.add(i);
                }
            });
            assertThat(twins).as(rule).hasSize(TWINS.size());
            assertThat(twins.stream().map(PrivacyInferenceTest::withoutStudent).distinct()).as(rule).hasSize(1);
            assertThat(twins).allSatisfy(i -> assertThat(i.get("conditional").asBoolean()).isTrue());
            totals.add(preview.get("total").asLong());
            dashboards.add(eligibleStudentsFigure(as(admin).get("/admin/dashboard/" + key + "?lang=en&asOf=" + AS_OF)
                    .then().statusCode(200).extract().asString()));
        }
        assertThat(totals).as("totals across %d crafted rules", rules.size()).hasSize(1);
        assertThat(dashboards).as("dashboard counts across crafted rules").hasSize(1);
    }

    @Test
    @DisplayName("V8.2: /api/eligibility answers a startup only for students who fit one of its openings")
    void eligibilityIsNotFoundForAStudentWhoFitsNoneOfTheStartupsOpenings() {
        String path = "/api/eligibility";
        Map<String, String> outsider = Map.of("program", "age-" + S, "opening", "op-" + S, "student", "outsider-" + S,
                "asOf", AS_OF);
        JsonNode hidden = read(as(founder).queryParams(outsider).get(path).then().statusCode(404)
                .contentType("application/problem+json").extract().response());
        Map<String, String> unknown = new LinkedHashMap<>(outsider);
        unknown.put("student", "nobody-" + S);
        JsonNode missing = read(as(founder).queryParams(unknown).get(path).then().statusCode(404).extract().response());
        assertThat(hidden.get("title")).isEqualTo(missing.get("title"));
        assertThat(hidden.get("detail").asText().replace("outsider-", "nobody-")).isEqualTo(missing.get("detail").asText());
        as(operator).queryParams(outsider).get(path).then().statusCode(200);
    }

    /** Each twin's answers to the founder are the others' (without the key), whatever the query. */
    private static void assertTwinsAlike(Map<String, String> params) {
        List<JsonNode> items = twinItems(founder, params);
        assertThat(items).as("twins in %s", params).hasSize(TWINS.size());
        assertThat(items.stream().map(PrivacyInferenceTest::withoutStudent).distinct()).as("twins in %s", params)
                .hasSize(1);
        if (params.containsKey("sort")) {
            // all twins side by side in the ranking: nothing sorts one apart from another
            List<String> order = new ArrayList<>();
            read(as(founder).queryParams(with(params)).get("/api/openings/op-" + S + "/matches").then().extract()
                    .response()).get("items").forEach(i -> order.add(i.get("student").asText()));
            List<Integer> at = order.stream().filter(TWINS::containsKey).map(order::indexOf).toList();
            assertThat(at.get(at.size() - 1) - at.get(0)).isEqualTo(TWINS.size() - 1);
        }
    }

    private static void assertVerdictsAlike(String program) {
        Set<JsonNode> verdicts = new HashSet<>();
        TWINS.keySet().forEach(t -> verdicts.add(verdict(founder, program, t)));
        TWINS.keySet().forEach(t -> verdicts.add(verdict(admin, program, t)));
        assertThat(verdicts).as(program).hasSize(1);
    }

    private static JsonNode verdict(String who, String program, String student) {
        ATTEMPTS.incrementAndGet();
        return read(as(who).queryParams(Map.of("program", program + "-" + S, "opening", "op-" + S, "student", student,
                "asOf", AS_OF)).get("/api/eligibility").then().statusCode(200).extract().response());
    }

    private static List<JsonNode> twinItems(String who, Map<String, String> params) {
        ATTEMPTS.incrementAndGet();
        JsonNode page = read(as(who).queryParams(with(params)).get("/api/openings/op-" + S + "/matches").then()
                .statusCode(200).extract().response());
        List<JsonNode> twins = new ArrayList<>();
        page.get("items").forEach(i -> {
            if (TWINS.containsKey(i.get("student").asText())) {
                twins.add(i);
            }
        });
        return twins;
    }

    private static Map<String, String> with(Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("asOf", AS_OF, "limit", "1000"));
        all.putAll(params);
        return all;
    }

    private static JsonNode withoutStudent(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.remove("student");
        return copy;
    }

    private static String eligibleStudentsFigure(String html) {
        int at = html.indexOf("id=\"fig-eligible-students\"");
        int value = html.indexOf("ops-figure-value", at);
        int start = html.indexOf('>', value) + 1;
        return html.substring(start, html.indexOf('<', start)).strip();
    }

    private static JsonNode twin(List<JsonNode> items, String student) {
        return items.stream().filter(i -> i.get("student").asText().equals(student)).findFirst().orElseThrow();
    }

    private static String student(String key, String level, String facts) {
        return """
                {"key": "%s", "name": "Twin", "email": "%s@example.org", "field": "COMPUTER_SCIENCE",
                 "level": "%s", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON", %s,
                 "skills": ["kotlin"], "bio": "Writes Kotlin services.", "availableFrom": "2040-01-01",
                 "availableUntil": "2042-12-31", "shareEnhancedEligibility": false}""".formatted(key, key, level, facts);
    }

    /** A published placement program; {@code rules} adds JSON members (and may replace the default funding). */
    private static String program(String name, String rules) {
        String funding = rules.contains("\"funding\"") ? ""
                : "\"funding\": {\"currency\": \"CAD\", \"wagePercent\": 40, \"capPerPlacement\": 4000}, ";
        return """
                {"key": "%s-%s", "name": "Privacy %s %s", "regions": ["CA"], "kind": "WAGE_SUBSIDY",
                 "scope": "PLACEMENT", "status": "PUBLISHED", "intake": {"opens": "2039-01-01", "deadline": "2042-12-31"},
                 %s%s}""".formatted(name, S, name, S, funding, rules);
    }

    /** An import document's entity with its owner. */
    private static String owned(String entity, String owner) {
        return entity.substring(0, entity.lastIndexOf('}')) + ", \"owner\": \"" + owner + "\"}";
    }

    private static String startup(String startDate) {
        return """
                {"key": "st-%s", "name": "Privacy probe %s", "stage": "SEED", "region": "CA-ON", "sectors": ["SOFTWARE"],
                 "headcount": 5, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true,
                 "openings": [{"key": "op-%s", "title": "Kotlin developer", "description": "Kotlin services.",
                  "skills": ["kotlin"], "levels": ["BACHELOR"], "fields": ["COMPUTER_SCIENCE"], "startDate": "%s",
                  "weeks": 12, "hoursPerWeek": 35, "hourlyWage": 25, "workMode": "HYBRID"}]}"""
                .formatted(S, S, S, startDate);
    }
}
