package io.triad.round;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A round's world of its own, in a user-assigned region far ahead (2091): two founders, one with openings A (1
 * position) and B (2), the other with C (1); students who fit all three, each with an account; a student who fits none
 * (a master's student), a program administrator with two programs, and an operator.
 */
final class RoundWorld {
    static final String START = "2091-06-04";

    final String s = TestApi.unique();
    final String region = "XR-" + s.substring(0, 3).toUpperCase();
    final String founder = TestApi.account(Role.STARTUP);
    final String otherFounder = TestApi.account(Role.STARTUP);
    final String admin = TestApi.account(Role.PROGRAM_ADMIN);
    final String operator = TestApi.account(Role.OPERATOR);
    final String outsider = TestApi.account(Role.STUDENT);
    final String a = "rw-a-" + s;
    final String b = "rw-b-" + s;
    final String c = "rw-c-" + s;
    final List<String> students = new ArrayList<>();
    final List<String> accounts = new ArrayList<>();

    RoundWorld(int count) {
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String email = TestApi.account(Role.STUDENT);
            String key = "rw-t" + i + "-" + s;
            students.add(key);
            accounts.add(email);
            people.append(person(key, email, "BACHELOR")).append(',');
        }
        people.append(person("rw-out-" + s, outsider, "MASTER"));
        jsonAs(operator, """
                {"startups": [%s, %s], "students": [%s]}""".formatted(
                startup("rw-su1-" + s, "Round startup one", founder, opening(a, 1) + "," + opening(b, 2)),
                startup("rw-su2-" + s, "Round startup two", otherFounder, opening(c, 1)), people))
                .post("/api/import").then().log().ifValidationFails().statusCode(200);
        // other tests' students may fit these openings too: wait for this world's own
        TestApi.eventually("the round's students are indexed").atMost(java.time.Duration.ofSeconds(20))
                .until(() -> TestApi.texts(read(as(operator).get("/api/openings/" + a + "/matches?limit=1000")
                        .then().statusCode(200).extract().response()).get("items"), "student").containsAll(students));
    }

    private String person(String key, String email, String level) {
        return """
                {"key": "%s", "name": "%s", "email": "%s@example.org", "owner": "%s",
                 "field": "ENGINEERING", "level": "%s", "enrolment": "ENROLLED_FULL_TIME", "region": "%s",
                 "workStatus": "CITIZEN", "birthDate": "2005-01-01", "skills": ["welding"],
                 "availableFrom": "2091-05-01", "availableUntil": "2092-05-01"}""".formatted(key, name(key), key, email,
                level, region);
    }

    private String startup(String key, String name, String owner, String openings) {
        return """
                {"key": "%s", "name": "%s", "stage": "SEED", "region": "%s", "headcount": 8,
                 "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%s",
                 "openings": [%s]}""".formatted(key, name, region, owner, openings);
    }

    /** A 10-week opening at $20/h for 30 h: wages 6,000.00. */
    private static String opening(String key, int positions) {
        return """
                {"key": "%s", "title": "%s", "skills": ["welding"], "levels": ["BACHELOR"],
                 "startDate": "%s", "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "ONSITE",
                 "positions": %d}""".formatted(key, title(key), START, positions);
    }

    /** A student's name as pages show it: not their key ("rw-t0-…" is named "Round student 0 …"). */
    static String name(String key) {
        return key.replaceFirst("^rw-t(\\d+)-", "Round student $1 ").replaceFirst("^rw-out-", "Round outsider ");
    }

    /** An opening's title: "Welding co-op A" for "rw-a-…". */
    static String title(String key) {
        return "Welding co-op " + key.substring(3, 4).toUpperCase();
    }

    /** An opening as round pages name it: its title and its startup's name. */
    String shown(String opening) {
        return title(opening) + " (Round startup " + (opening.equals(c) ? "two" : "one") + ")";
    }

    /** A published placement program of the administrator for this world's region. */
    String program(String name, String funding, String extra) {
        String key = "rw-" + name + "-" + s;
        jsonAs(admin, """
                {"key": "%s", "name": "Round %s", "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT",
                 "intake": {"opens": "2020-01-01", "deadline": "2099-12-31"},
                 "employer": {"regions": ["%s"]}, "funding": {"currency": "CAD", %s}%s}"""
                .formatted(key, name, region, funding, extra.isEmpty() ? "" : ", " + extra))
                .put("/api/programs/" + key).then().statusCode(201);
        return key;
    }

    /** A new open round over A, B and C and the programs, closing far ahead, with the seed. */
    String round(List<String> programs, long seed) {
        JsonNode round = read(jsonAs(operator, Map.of("name", "Spring " + s, "openings", List.of(a, b, c),
                "programs", programs, "closesOn", "2090-12-31", "seed", seed))
                .post("/api/rounds").then().statusCode(201).extract().response());
        return round.get("id").asText();
    }
}
