package io.triad.program;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.await;
import static io.triad.TestApi.as;
import static io.triad.TestApi.importAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.resource;
import static io.triad.TestApi.texts;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public program directory. Programs of other tests share the directory, so every query names this test's
 * own token in {@code q} (or keeps only this test's keys) and every key carries a unique suffix.
 */
@QuarkusTest
class ProgramDirectoryApiTest {
    private static final String PROBLEM = "application/problem+json";
    private String operator;
    private String s;
    /** A word that only this test's programs contain. */
    private String token;
    private String national;
    private String ontario;
    private String quebec;

    @BeforeEach
    void importDirectory() {
        operator = account(Role.OPERATOR);
        s = unique();
        token = "tok" + s;
        importAs(operator, resource("import/directory.json", s).replace("$T", token));
        // Keys sort the other way round from names, so "by name" and "by key" cannot be confused.
        national = "dir-c-" + s;
        ontario = "dir-b-" + s;
        quebec = "dir-a-" + s;
        // Full text comes from the search index, which follows the database asynchronously.
        await("the imported programs are searchable", () -> keys(Map.of("q", token)).size() == 3);
    }

    @Test
    void regionFilterFindsProgramsWhoseRegionsContainTheAskedRegion() {
        assertThat(keys(Map.of("q", token, "region", "CA-ON"))).containsExactlyInAnyOrder(national, ontario);
        assertThat(keys(Map.of("q", token, "region", "CA-QC"))).containsExactlyInAnyOrder(national, quebec);
        assertThat(keys(Map.of("q", token, "region", "CA"))).containsExactly(national);
        assertThat(keys(Map.of("q", token, "region", "US-NY"))).isEmpty();
    }

    @Test
    void kindAndScopeFiltersKeepOnlyThatKindAndScope() {
        assertThat(keys(Map.of("q", token, "kind", "GRANT"))).containsExactlyInAnyOrder(ontario, quebec);
        assertThat(keys(Map.of("q", token, "scope", "PLACEMENT"))).containsExactly(national);
        assertThat(keys(Map.of("q", token, "kind", "GRANT", "scope", "COMPANY"))).containsExactlyInAnyOrder(ontario, quebec);
        assertThat(keys(Map.of("q", token, "kind", "WAGE_SUBSIDY", "scope", "COMPANY"))).isEmpty();
        given().queryParam("kind", "FREE_MONEY").get("/api/programs").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("kind"));
        given().queryParam("scope", "company").get("/api/programs").then().statusCode(400)
                .body("violations.field", contains("scope"));
    }

    @Test
    void openOnKeepsProgramsOpenThatDayBoundsIncluded() {
        assertThat(keys(Map.of("q", token, "openOn", "2027-01-01"))).containsExactlyInAnyOrder(national, ontario, quebec);
        assertThat(keys(Map.of("q", token, "openOn", "2027-06-30"))).containsExactlyInAnyOrder(national, ontario, quebec);
        assertThat(keys(Map.of("q", token, "openOn", "2026-12-31"))).containsExactlyInAnyOrder(ontario, quebec);
        assertThat(keys(Map.of("q", token, "openOn", "2027-07-01"))).containsExactlyInAnyOrder(ontario, quebec);
        assertThat(keys(Map.of("q", token, "openOn", "2029-01-01"))).isEmpty();
        given().queryParam("openOn", "2027-13-01").get("/api/programs").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("openOn"));
    }

    @Test
    void pagesCountTheTotalBeforePaging() {
        JsonNode first = page(Map.of("q", token, "page", "0", "size", "2"));
        JsonNode second = page(Map.of("q", token, "page", "1", "size", "2"));
        JsonNode beyond = page(Map.of("q", token, "page", "7", "size", "2"));
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(beyond.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(beyond.get("items")).isEmpty();
        List<String> all = new ArrayList<>(texts(first.get("items"), "key"));
        all.addAll(texts(second.get("items"), "key"));
        assertThat(all).containsExactlyInAnyOrder(national, ontario, quebec);

        for (String size : new String[] {"0", "1001", "-1", "ten"}) {
            given().queryParam("size", size).get("/api/programs").then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", contains("size"));
        }
        given().queryParam("page", "-1").get("/api/programs").then().statusCode(400).body("violations.field", contains("page"));
        given().queryParam("size", "1000").get("/api/programs").then().statusCode(200);
    }

    @Test
    void withoutTextProgramsComeInNameOrder() {
        JsonNode all = page(Map.of("size", "1000"));
        List<String> mine = texts(all.get("items"), "key").stream().filter(k -> k.endsWith(s)).toList();
        assertThat(mine).containsExactly(national, ontario, quebec);
        assertThat(all.get("total").asLong()).isEqualTo(all.get("items").size());
    }

    @Test
    void draftsAndClosedProgramsAreNeverListed() {
        String owner = account(Role.PROGRAM_ADMIN);
        List<String> anonymous = keys(Map.of("q", token, "size", "1000"));
        List<String> asOperator = texts(read(as(operator).queryParam("q", token).get("/api/programs")
                .then().statusCode(200).extract().response()).get("items"), "key");
        assertThat(anonymous).containsExactlyInAnyOrder(national, ontario, quebec);
        assertThat(asOperator).containsExactlyInAnyOrder(national, ontario, quebec);
        as(owner).queryParam("q", token).get("/api/programs").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void fullTextRanksANameMatchAboveAMentionInTheSummary() {
        String word = "rank" + s;
        importAs(operator, """
                {"programs": [
                 {"key": "rel-a-%1$s", "name": "Regional innovation fund", "kind": "GRANT", "scope": "COMPANY",
                  "summary": "Supports companies that hire locally, export, train staff and, among many other things, %2$s projects.",
                  "intake": {"deadline": "2028-12-31"}, "funding": {"currency": "CAD"}},
                 {"key": "rel-z-%1$s", "name": "%2$s grant", "kind": "GRANT", "scope": "COMPANY",
                  "summary": "Supports companies.", "intake": {"deadline": "2028-12-31"}, "funding": {"currency": "CAD"}}]}"""
                .formatted(s, word));
        await("both programs are searchable", () -> keys(Map.of("q", word)).size() == 2);
        assertThat(keys(Map.of("q", word))).containsExactly("rel-z-" + s, "rel-a-" + s);
    }

    @Test
    void theKindIsFoundByItsWords() {
        String word = "kind" + s;
        importAs(operator, """
                {"programs": [{"key": "kind-%1$s", "name": "%2$s fund", "kind": "TAX_CREDIT", "scope": "COMPANY",
                  "summary": "Lowers what a company owes.", "intake": {"deadline": "2028-12-31"},
                  "funding": {"currency": "CAD"}}]}""".formatted(s, word));
        await("the program is searchable", () -> keys(Map.of("q", word)).size() == 1);
        // Neither the name nor the summary says "tax credit": only the kind does.
        assertThat(keys(Map.of("q", "+" + word + " +tax +credit"))).containsExactly("kind-" + s);
        assertThat(keys(Map.of("q", "+" + word + " +\"tax credit\""))).containsExactly("kind-" + s);
    }

    @Test
    void equallyRelevantProgramsComeInKeyOrder() {
        String word = "tie" + s;
        String program = """
                {"key": "%s", "name": "%s fund", "kind": "GRANT", "scope": "COMPANY", "summary": "Same text.",
                 "intake": {"deadline": "2028-12-31"}, "funding": {"currency": "CAD"}}""";
        importAs(operator, "{\"programs\": [" + program.formatted("tie-c-" + s, word) + ", "
                + program.formatted("tie-a-" + s, word) + ", " + program.formatted("tie-b-" + s, word) + "]}");
        await("the programs are searchable", () -> keys(Map.of("q", word)).size() == 3);
        assertThat(keys(Map.of("q", word))).containsExactly("tie-a-" + s, "tie-b-" + s, "tie-c-" + s);
    }

    @Test
    void frenchTextIsFoundThroughFrenchStemmingAndAccentFolding() {
        String word = "fr" + s;
        importAs(operator, """
                {"programs": [{"key": "fr-%1$s", "name": "Programme %2$s", "kind": "INTERNSHIP_GRANT",
                  "scope": "PLACEMENT", "language": "fr", "intake": {"deadline": "2027-12-31"},
                  "summary": "Aide financière pour un stage en entreprise destiné aux étudiants.",
                  "funding": {"currency": "CAD", "flatPerPlacement": 1000}}]}""".formatted(s, word));
        await("the program is searchable", () -> keys(Map.of("q", word)).size() == 1);
        assertThat(keys(Map.of("q", "+" + word + " +stages"))).containsExactly("fr-" + s);
        // English analysis turns "etudiant" into "etudi" and "étudiants" into "étudiant": only French matches them.
        assertThat(keys(Map.of("q", "+" + word + " +etudiant"))).containsExactly("fr-" + s);
        assertThat(keys(Map.of("q", "+" + word + " +robotique"))).isEmpty();
    }

    @Test
    void textTheQueryParserRejectsIsABadRequest() {
        for (String q : new String[] {"\"unbalanced", "AND OR (", "title:[a TO"}) {
            given().queryParam("q", q).get("/api/programs").then().statusCode(400).contentType(PROBLEM)
                    .body("status", equalTo(400)).body("violations.field", contains("q"));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/[a-z]+.*/", "/(a|b)*c{1,1000}/", "*obot", "?obot",
        "robot~2", "robot^10", "[a TO z]", "{a TO z}", "key:x", "text_en:robot", "ro*ot", "r*", "robot\\", "(((((((((a)))))))))",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg"})
    @org.junit.jupiter.api.DisplayName("ASVS V1.2.4, V2.2.1: regular expressions, leading or inner wildcards, fuzzy "
            + "searches, boosts, ranges, fields, escapes, deep nesting and too many words are a 400 naming q")
    void searchSyntaxTheSafeParserDoesNotSupportIsRefused(String q) {
        given().queryParam("q", q).get("/api/programs").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("q"));
        given().queryParam("q", q).get("/programs").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.containsString("text/html"));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("ASVS V1.2.4: a word ending with * still finds the words it begins, with the "
            + "other parts of the supported syntax")
    void aTrailingStarFindsWhatTheWordBegins() {
        await("the imported programs are searchable", () -> keys(Map.of("q", token)).size() == 3);
        assertThat(keys(Map.of("q", token.substring(0, token.length() - 2) + "*", "size", "1000")))
                .contains(national, ontario, quebec);
        assertThat(keys(Map.of("q", "+" + token + " -" + token))).isEmpty();
        assertThat(keys(Map.of("q", "(" + token + " OR nothing" + s + ") AND " + token))).hasSize(3);
    }

    private static RequestSpecification query(Map<String, String> params) {
        return given().queryParams(params);
    }

    private static JsonNode page(Map<String, String> params) {
        return read(query(params).get("/api/programs").then().statusCode(200).extract().response());
    }

    /** The keys of the listed programs, in the order listed. */
    private static List<String> keys(Map<String, String> params) {
        return texts(page(params).get("items"), "key");
    }
}
