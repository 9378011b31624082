package io.triad.indexing;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.endingWith;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.unique;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.domain.Role;
import java.util.List;

/**
 * A startup of one test's own with one opening (2029-06-04, 10 weeks, remote, no level or field rule), and students
 * of that test that fit it ({@link #FITS}) or end a day too early ({@link #ENDS_EARLY}). Students of other tests do
 * not count: lists are read through the test's key suffix.
 */
final class OwnOpening {
    static final String AS_OF = "2029-01-01";
    static final String FITS = "2029-09-30";
    static final String ENDS_EARLY = "2029-08-11";

    final String suffix = unique();
    final String founder = account(Role.STARTUP);
    final String startup = "own-" + suffix;
    final String opening = "own-op-" + suffix;

    OwnOpening() {
        jsonAs(founder, """
                {"key": "%s", "name": "Own startup", "stage": "SEED", "region": "CA-ON", "headcount": 3,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "openings": [
                 {"key": "%s", "title": "Remote tester", "skills": ["testing"], "startDate": "2029-06-04",
                  "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "REMOTE"}]}""".formatted(startup, opening))
                .put("/api/startups/" + startup).then().statusCode(201);
    }

    /** This test's students among the opening's matches, best first. */
    List<String> matched() {
        JsonNode page = read(as(founder).queryParam("asOf", AS_OF).queryParam("limit", 1000)
                .get("/api/openings/" + opening + "/matches").then().statusCode(200).extract().response());
        return endingWith(page.get("items"), "student", suffix).stream().map(m -> m.get("student").asText()).toList();
    }

    /** A key for a student of this test. */
    String key(String name) {
        return name + "-" + suffix;
    }

    static String student(String key, String availableUntil) {
        return """
                {"key": "%s", "name": "Student %s", "email": "student@example.org", "field": "ENGINEERING",
                 "level": "COLLEGE", "enrolment": "ENROLLED_PART_TIME", "region": "CA-NS", "skills": ["testing"],
                 "availableFrom": "2029-05-01", "availableUntil": "%s"}""".formatted(key, key, availableUntil);
    }
}
