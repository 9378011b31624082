package io.triad.eligibility;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.endingWith;
import static io.triad.TestApi.find;
import static io.triad.TestApi.importAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.resource;
import static io.triad.TestApi.texts;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matches through the API, on import/matching.json: opening op (2031-05-05, 16 weeks of 37.5 h at 28.00, so
 * gross wages W = 28.00 * 37.5 * 16 = 16800.00). Fitting: zoe, ben, chloe, fay; not fitting: dev (PHD), eve (free
 * one day too early), gus (remote only). Programs of other tests share the engine, so lists are read through
 * this fixture's key suffix.
 */
@QuarkusTest
class MatchApiTest {
    private static final String AS_OF = "2031-03-01";
    private static String s;
    private static String operator;
    private static String founder;
    private static String admin;
    private static String student;

    @BeforeEach
    void importOnce() {
        synchronized (MatchApiTest.class) {
            if (s != null) {
                return;
            }
            String suffix = unique();
            operator = account(Role.OPERATOR);
            founder = account(Role.STARTUP);
            admin = account(Role.PROGRAM_ADMIN);
            student = account(Role.STUDENT);
            importAs(operator, resource("import/matching.json", suffix).replace("{admin}", admin)
                    .replace("{founder}", founder).replace("{student}", student));
            await("the fixture is indexed", () -> {
                JsonNode items = matchesOf(operator, "/api/openings/op-" + suffix + "/matches", Map.of("asOf", AS_OF)).get("items");
                return endingWith(items, "student", suffix).size() == 4
                        && endingWith(find(items, "student", "zoe-" + suffix).path("programs"), "program", suffix).size() == 3;
            });
            s = suffix;
        }
    }

    @Test
    void openingMatchesListOnlyFittingStudentsBestScoreFirstWithSkillsAsSpeltInTheOpening() {
        JsonNode page = opening(founder, Map.of());
        List<JsonNode> mine = endingWith(page.get("items"), "student", s);
        assertThat(mine).extracting(m -> m.get("student").asText())
                .containsExactlyInAnyOrder(k("zoe"), k("ben"), k("chloe"), k("fay")).startsWith(k("zoe"));
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());

        assertThat(texts(item(page, "zoe").get("matchedSkills"), null)).containsExactly("python", "javascript", "sql");
        assertThat(texts(item(page, "ben").get("matchedSkills"), null)).containsExactly("docker");
        assertThat(item(page, "fay").get("matchedSkills")).isEmpty();
        assertThat(texts(item(page, "zoe").get("reasons"), null)).contains("3 of 4 skills");
    }

    @Test
    void scoresMeasureFitAndOrderEveryList() {
        JsonNode page = opening(founder, Map.of());
        List<Double> scores = texts(page.get("items"), "score").stream().map(Double::valueOf).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
        // zoe: 3 of 4 skills, the startup's region, hybrid, its sector; fay: no skill, another province.
        assertThat(item(page, "zoe").get("score").asDouble()).isGreaterThan(item(page, "fay").get("score").asDouble())
                .isGreaterThan(0.5);
        // Keys run the other way (ben before zoe), so only scores can put zoe first.
        assertThat(endingWith(matchesOf(operator, "/api/programs/" + k("wage") + "/matches", Map.of("asOf", AS_OF))
                .get("items"), "student", s)).extracting(p -> p.get("student").asText()).containsExactly(k("zoe"), k("ben"));
        assertThat(endingWith(opening(operator, Map.of("sort", "amount")).get("items"), "student", s))
                .extracting(m -> m.get("student").asText()).startsWith(k("zoe"), k("ben"));
    }

    @Test
    void placementAmountsFollowTheFundingRulesAndHideAnUnsharedEnhancedRate() {
        JsonNode page = opening(founder, Map.of());
        // wage: min(50% of 16800.00 = 8400.00, cap 5000) = 5000.00; enhanced min(70% = 11760.00, 7000) = 7000.00.
        // flat: 2500.00 whatever the wages. frac: 10.00004% of 16800.00 = 1680.00672, half up to 1680.01.
        List<JsonNode> zoe = programs(item(page, "zoe"));
        assertThat(zoe).extracting(p -> p.get("program").asText()).containsExactly(k("wage"), k("flat"), k("frac"));
        assertAmount(zoe.get(0), "5000.00");
        assertThat(zoe.get(0).path("enhancedPossible").asBoolean()).isTrue();
        assertAmount(zoe.get(1), "2500.00");
        assertAmount(zoe.get(2), "1680.01");
        assertThat(zoe.get(1).has("enhancedPossible")).isFalse();

        List<JsonNode> ben = programs(item(page, "ben"));
        assertThat(ben).extracting(p -> p.get("program").asText()).containsExactly(k("wage"), k("frac"));
        assertAmount(ben.get(0), "7000.00");
        assertThat(ben.get(0).has("enhancedPossible")).isFalse();

        List<JsonNode> asOperator = programs(item(opening(operator, Map.of()), "zoe"));
        assertAmount(asOperator.get(0), "7000.00");
        assertThat(asOperator.get(0).has("enhancedPossible")).isFalse();
        assertThat(programs(item(opening(operator, Map.of()), "fay"))).isEmpty();
    }

    @Test
    void theStartupSeesAProgramWithAWorkStatusRuleAsConditionalForEveryStudentAlike() {
        JsonNode page = opening(founder, Map.of());
        // fay and chloe are INTERNATIONAL and zoe a CITIZEN: the founder cannot tell them apart by the wage subsidy.
        for (String name : List.of("zoe", "chloe", "fay")) {
            JsonNode wage = programs(item(page, name)).get(0);
            assertThat(wage.get("program").asText()).as(name).isEqualTo(k("wage"));
            assertAmount(wage, "5000.00");
            assertThat(wage.path("enhancedPossible").asBoolean()).as(name).isTrue();
            assertThat(wage.path("conditional").asBoolean()).as(name).isTrue();
        }
        assertThat(programs(item(page, "zoe")).get(1).has("conditional")).isFalse();
        assertThat(programs(item(opening(operator, Map.of()), "zoe")).get(0).has("conditional")).isFalse();
    }

    @Test
    void nearMissesNameTheOneFailedRuleAndHideSensitiveOnesFromTheStartup() {
        JsonNode page = opening(founder, Map.of());
        assertThat(nearMisses(item(page, "ben"))).containsExactly(
                k("flat") + " student.fields one of COMPUTER_SCIENCE ENGINEERING",
                k("hours") + " placement.minHoursPerWeek >= 40 37.5");
        assertThat(nearMisses(item(page, "chloe"))).containsExactly(k("hours") + " placement.minHoursPerWeek >= 40 37.5");
        assertThat(nearMisses(item(page, "fay"))).containsExactly(
                k("flat") + " student.fields one of COMPUTER_SCIENCE ENGINEERING",
                k("frac") + " student.regions one of CA-ON, CA-QC CA-BC",
                k("hours") + " placement.minHoursPerWeek >= 40 37.5");

        JsonNode asOperator = opening(operator, Map.of());
        assertThat(nearMisses(item(asOperator, "chloe"))).containsExactly(
                k("hours") + " placement.minHoursPerWeek >= 40 37.5",
                k("wage") + " student.workStatus one of CITIZEN, PERMANENT_RESIDENT INTERNATIONAL");
        // Before the wage subsidy opens, it is a near miss on intake.opens.
        JsonNode early = opening(founder, Map.of("asOf", "2030-12-31"));
        assertThat(nearMisses(item(early, "zoe"))).contains(k("wage") + " intake.opens >= 2031-01-01 2030-12-31");
        assertThat(programs(item(early, "zoe"))).extracting(p -> p.get("program").asText()).doesNotContain(k("wage"));
    }

    @Test
    void fundedKeepsStudentsWithAProgramAndSortByAmountPutsTheLargestFirst() {
        assertThat(endingWith(opening(operator, Map.of("funded", "true")).get("items"), "student", s))
                .extracting(m -> m.get("student").asText())
                .containsExactlyInAnyOrder(k("zoe"), k("ben"), k("chloe"));
        // The founder sees the work-status rule of the wage subsidy as passed: fay is funded too, conditionally.
        assertThat(endingWith(opening(founder, Map.of("funded", "true")).get("items"), "student", s))
                .extracting(m -> m.get("student").asText())
                .containsExactlyInAnyOrder(k("zoe"), k("ben"), k("chloe"), k("fay"));
        // As the founder sees them: ben 7000.00 (shared), then zoe, chloe and fay 5000.00 (standard), by score.
        List<String> byScore = endingWith(opening(founder, Map.of()).get("items"), "student", s).stream()
                .map(m -> m.get("student").asText()).filter(t -> !t.equals(k("ben"))).toList();
        assertThat(endingWith(opening(founder, Map.of("sort", "amount")).get("items"), "student", s))
                .extracting(m -> m.get("student").asText())
                .containsExactly(k("ben"), byScore.get(0), byScore.get(1), byScore.get(2));
        // total: every program may be combined here (stackable by default), capped at W = 16800.00
        JsonNode zoe = item(opening(founder, Map.of()), "zoe");
        assertThat(zoe.get("total").get("value").decimalValue()).isEqualByComparingTo("9180.01");
        assertThat(item(opening(operator, Map.of()), "zoe").get("total").get("value").decimalValue())
                .isEqualByComparingTo("11180.01");
        List<JsonNode> byTotal = endingWith(opening(founder, Map.of("sort", "total")).get("items"), "student", s);
        // zoe and chloe 9180.01 (5000 + 2500 + 1680.01; zoe fits better), ben 8680.01 (7000 shared + 1680.01), fay 5000
        assertThat(byTotal).extracting(m -> m.get("student").asText())
                .containsExactly(k("zoe"), k("chloe"), k("ben"), k("fay"));
        assertThat(byTotal).extracting(m -> m.get("total").get("value").decimalValue())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        as(founder).queryParam("sort", "most").get("/api/openings/" + k("op") + "/matches").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("sort"));
        JsonNode one = opening(founder, Map.of("limit", "1"));
        assertThat(one.get("items")).hasSize(1);
        assertThat(one.get("total").asLong()).isEqualTo(opening(founder, Map.of()).get("total").asLong());
    }

    @Test
    void openingMatchesRejectBadParametersAndStrangers() {
        String path = "/api/openings/" + k("op") + "/matches";
        for (String limit : new String[] {"0", "1001", "many"}) {
            as(founder).queryParam("limit", limit).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers.equalTo("limit"));
        }
        as(founder).queryParam("asOf", "01/03/2031").get(path).then().statusCode(400);
        given().get(path).then().statusCode(401);
        as(account(Role.STARTUP)).get(path).then().statusCode(403).contentType("application/problem+json");
        as(student).get(path).then().statusCode(403);
        as(founder).get("/api/openings/no-such-" + s + "/matches").then().statusCode(404);
    }

    @Test
    void anOpeningThatHasStartedMatchesNoOne() {
        assertThat(endingWith(opening(founder, Map.of("asOf", "2031-05-05")).get("items"), "student", s)).hasSize(4);
        JsonNode started = opening(founder, Map.of("asOf", "2031-05-06"));
        assertThat(started.get("items")).isEmpty();
        assertThat(started.get("total").asLong()).isZero();
    }

    @Test
    void aStudentSeesItsOpeningsWithItsOwnEnhancedAmount() {
        JsonNode page = matchesOf(student, "/api/students/" + k("zoe") + "/matches", Map.of("asOf", AS_OF));
        JsonNode op = find(page.get("items"), "opening", k("op"));
        assertThat(op.get("startup").asText()).isEqualTo(k("st"));
        assertThat(texts(op.get("matchedSkills"), null)).containsExactly("python", "javascript", "sql");
        List<JsonNode> funded = endingWith(op.get("programs"), "program", s);
        assertThat(funded).extracting(p -> p.get("program").asText()).containsExactly(k("wage"), k("flat"), k("frac"));
        assertAmount(funded.get(0), "7000.00");
        as(account(Role.STUDENT)).get("/api/students/" + k("zoe") + "/matches").then().statusCode(404);
        as(founder).get("/api/students/" + k("zoe") + "/matches").then().statusCode(404);
    }

    @Test
    void aProgramAdministratorSeesThePlacementsItsProgramWouldFund() {
        // a program's placements span every opening: other tests' students may fit this one too and outrank ours
        Map<String, String> all = Map.of("asOf", AS_OF, "limit", "1000");
        JsonNode page = matchesOf(admin, "/api/programs/" + k("wage") + "/matches", all);
        List<JsonNode> mine = endingWith(page.get("items"), "student", s);
        // The administrator's program has a work-status rule: it counts as passed for every student, conditionally.
        assertThat(mine).extracting(p -> p.get("student").asText())
                .containsExactlyInAnyOrder(k("zoe"), k("ben"), k("chloe"), k("fay"));
        assertThat(mine).allSatisfy(p -> assertThat(p.path("conditional").asBoolean()).isTrue());
        assertThat(endingWith(matchesOf(operator, "/api/programs/" + k("wage") + "/matches", all)
                .get("items"), "student", s)).extracting(p -> p.get("student").asText())
                .containsExactlyInAnyOrder(k("zoe"), k("ben"));
        assertThat(mine).allSatisfy(p -> assertThat(p.get("opening").asText()).isEqualTo(k("op")));
        JsonNode zoe = find(page.get("items"), "student", k("zoe"));
        assertAmount(zoe, "5000.00");
        assertThat(zoe.path("enhancedPossible").asBoolean()).isTrue();
        assertAmount(find(page.get("items"), "student", k("ben")), "7000.00");
        assertAmount(find(matchesOf(operator, "/api/programs/" + k("wage") + "/matches", all)
                .get("items"), "student", k("zoe")), "7000.00");

        assertThat(endingWith(matchesOf(admin, "/api/programs/" + k("draft") + "/matches", all)
                .get("items"), "student", s)).hasSize(4);
        as(founder).get("/api/programs/" + k("draft") + "/matches").then().statusCode(404);
        as(account(Role.PROGRAM_ADMIN)).get("/api/programs/" + k("wage") + "/matches").then().statusCode(403);
        assertThat(programs(item(opening(founder, Map.of()), "zoe"))).extracting(p -> p.get("program").asText())
                .doesNotContain(k("draft"));
    }

    @Test
    void aStartupSeesItsCompanyProgramsAndNearMisses() {
        JsonNode answer = matchesOf(founder, "/api/startups/" + k("st") + "/programs", Map.of("asOf", AS_OF));
        List<JsonNode> eligible = endingWith(answer.get("eligible"), "program", s);
        assertThat(eligible).extracting(p -> p.get("program").asText()).containsExactly(k("grant"));
        assertAmount(eligible.get(0), "15000.00");
        List<JsonNode> near = endingWith(answer.get("nearMisses"), "program", s);
        assertThat(near).extracting(p -> p.get("program").asText()).containsExactly(k("small"));
        assertThat(near.get(0).get("failed")).isEqualTo(read("[{\"rule\":\"employer.maxHeadcount\",\"need\":\"<= 5\",\"have\":\"12\"}]"));
        as(account(Role.STARTUP)).get("/api/startups/" + k("st") + "/programs").then().statusCode(403);
    }

    @Test
    void eligibilityReportsEveryFailedRuleWithNeedAndHave() {
        assertThat(verdict(operator, "wage", "dev", AS_OF)).isEqualTo(read("""
                {"eligible": false, "amount": null, "failed": [
                 {"rule": "opening.levels", "need": "one of BACHELOR, MASTER", "have": "PHD"},
                 {"rule": "student.levels", "need": "one of BACHELOR, MASTER", "have": "PHD"}]}"""));
        assertThat(verdict(operator, "flat", "eve", AS_OF).get("failed")).isEqualTo(read("""
                [{"rule": "opening.availability", "need": "from <= 2031-05-05, until >= 2031-08-24",
                  "have": "from 2031-05-01, until 2031-08-23"}]"""));
        assertThat(verdict(operator, "wage", "chloe", AS_OF).get("failed")).isEqualTo(read(
                "[{\"rule\": \"student.workStatus\", \"need\": \"one of CITIZEN, PERMANENT_RESIDENT\", \"have\": \"INTERNATIONAL\"}]"));
        JsonNode chloe = verdict(founder, "wage", "chloe", AS_OF);
        assertThat(chloe.get("eligible").asBoolean()).isTrue();
        assertThat(chloe.get("failed")).isEmpty();
        assertThat(chloe.get("conditional").asBoolean()).isTrue();
        assertThat(chloe.get("enhancedPossible").asBoolean()).isTrue();
        assertAmount(chloe, "5000.00");
        assertThat(verdict(founder, "wage", "zoe", "2030-12-31").get("failed")).isEqualTo(read(
                "[{\"rule\": \"intake.opens\", \"need\": \">= 2031-01-01\", \"have\": \"2030-12-31\"}]"));

        JsonNode zoe = verdict(founder, "wage", "zoe", AS_OF);
        assertThat(zoe.get("eligible").asBoolean()).isTrue();
        assertThat(zoe.get("failed")).isEmpty();
        assertAmount(zoe, "5000.00");
        assertThat(zoe.get("enhancedPossible").asBoolean()).isTrue();
        assertAmount(verdict(student, "wage", "zoe", AS_OF), "7000.00");

        JsonNode grant = matchesOf(founder, "/api/eligibility", Map.of("program", k("grant"), "startup", k("st"), "asOf", AS_OF));
        assertThat(grant.get("eligible").asBoolean()).isTrue();
        assertAmount(grant, "15000.00");
        as(account(Role.STARTUP)).queryParams(Map.of("program", k("wage"), "opening", k("op"), "student", k("zoe")))
                .get("/api/eligibility").then().statusCode(403);
    }

    private static String k(String name) {
        return name + "-" + s;
    }

    private static JsonNode matchesOf(String who, String path, Map<String, String> params) {
        return read(as(who).queryParams(params).get(path).then().statusCode(200).extract().response());
    }

    /** The opening's matches at {@link #AS_OF} unless {@code params} says otherwise. */
    private static JsonNode opening(String who, Map<String, String> params) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("asOf", AS_OF));
        all.putAll(params);
        return matchesOf(who, "/api/openings/" + k("op") + "/matches", all);
    }

    private static JsonNode verdict(String who, String program, String studentName, String asOf) {
        return matchesOf(who, "/api/eligibility", Map.of("program", k(program), "opening", k("op"),
                "student", k(studentName), "asOf", asOf));
    }

    private static JsonNode item(JsonNode page, String studentName) {
        JsonNode item = find(page.get("items"), "student", k(studentName));
        assertThat(item.isMissingNode()).as("%s is in the matches", studentName).isFalse();
        return item;
    }

    private static List<JsonNode> programs(JsonNode item) {
        return endingWith(item.get("programs"), "program", s);
    }

    /** This fixture's near misses as "program rule need have" lines. */
    private static List<String> nearMisses(JsonNode item) {
        return endingWith(item.get("nearMisses"), "program", s).stream().map(n -> {
            assertThat(n.get("failed")).hasSize(1);
            JsonNode f = n.get("failed").get(0);
            return n.get("program").asText() + " " + f.get("rule").asText() + " " + f.get("need").asText() + " "
                    + f.get("have").asText();
        }).toList();
    }

    /** The amount's value exactly as sent, two decimals included, and its currency. */
    private static void assertAmount(JsonNode holder, String value) {
        JsonNode amount = holder.get("amount");
        assertThat(amount.get("value").decimalValue()).isEqualTo(new BigDecimal(value));
        assertThat(amount.get("currency").asText()).isEqualTo("CAD");
    }
}
