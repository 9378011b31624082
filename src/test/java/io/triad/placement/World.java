package io.triad.placement;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A world of the workflow tests' own, in a user-assigned region (no real data is there) and far ahead (2091), so no
 * other test's programs, openings or students meet it: a founder's startup with one opening, students who fit it, each
 * with a student account, a program administrator and an operator. Programs are added per test with
 * {@link #program}; the helpers drive the API as the right account and insist on the status they expect.
 */
final class World {
    static final String START = "2091-06-04";

    final String s = TestApi.unique();
    final String region = "XQ-" + s.substring(0, 3).toUpperCase();
    final String founder = TestApi.account(Role.STARTUP);
    final String admin = TestApi.account(Role.PROGRAM_ADMIN);
    final String operator = TestApi.account(Role.OPERATOR);
    final String startup = "pw-su-" + s;
    final String opening = "pw-op-" + s;
    final List<String> students = new ArrayList<>();
    final List<String> studentAccounts = new ArrayList<>();

    /** The world with {@code count} students, and its opening with {@code positions}. */
    World(int count, int positions) {
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String email = TestApi.account(Role.STUDENT);
            String key = "pw-t" + i + "-" + s;
            students.add(key);
            studentAccounts.add(email);
            people.append(i == 0 ? "" : ",").append("""
                    {"key": "%s", "name": "Student %d", "email": "t%d-%s@example.org", "owner": "%s",
                     "field": "ENGINEERING", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "%s",
                     "workStatus": "CITIZEN", "birthDate": "2005-01-01", "skills": ["welding"],
                     "availableFrom": "2091-05-01", "availableUntil": "2092-05-01", "groups": ["INDIGENOUS"]}"""
                    .formatted(key, i, i, s, email, region));
        }
        jsonAs(operator, """
                {"startups": [{"key": "%s", "name": "Workflow startup", "stage": "SEED", "region": "%s",
                  "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%s",
                  "openings": [%s]}],
                 "students": [%s]}""".formatted(startup, region, founder, openingJson(opening, positions),
                people)).post("/api/import").then().log().ifValidationFails().statusCode(200);
    }

    /** A 10-week opening at $20/h for 30 h (wages 6,000.00). */
    static String openingJson(String key, int positions) {
        return """
                {"key": "%s", "title": "Welding co-op", "skills": ["welding"], "levels": ["BACHELOR"],
                 "startDate": "%s", "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "ONSITE",
                 "positions": %d}""".formatted(key, START, positions);
    }

    /** A published placement program of the administrator; {@code funding} and {@code extra} are JSON members. */
    String program(String name, String funding, String extra) {
        String key = "pw-" + name + "-" + s;
        jsonAs(admin, """
                {"key": "%s", "name": "Workflow %s", "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT",
                 "intake": {"opens": "2020-01-01", "deadline": "2099-12-31"},
                 "employer": {"regions": ["%s"]}, "funding": {"currency": "CAD", %s}%s}"""
                .formatted(key, name, region, funding, extra.isEmpty() ? "" : ", " + extra))
                .put("/api/programs/" + key).then().statusCode(201);
        return key;
    }

    String student(int i) {
        return students.get(i);
    }

    String studentAccount(int i) {
        return studentAccounts.get(i);
    }

    JsonNode invite(int student) {
        return read(jsonAs(founder, Map.of("student", student(student), "message", "Join us"))
                .post("/api/openings/" + opening + "/invitations").then().statusCode(201).extract().response());
    }

    /** Invites then accepts: the placement's id. */
    String placement(int student) {
        String invitation = invite(student).get("id").asText();
        return accept(student, invitation).get("placement").asText();
    }

    JsonNode accept(int student, String invitation) {
        return read(as(studentAccount(student)).post("/api/invitations/" + invitation + "/accept")
                .then().statusCode(201).extract().response());
    }

    JsonNode apply(String placement, String program) {
        return read(jsonAs(founder, Map.of("program", program)).post("/api/placements/" + placement + "/applications")
                .then().statusCode(201).extract().response());
    }

    JsonNode approve(String application) {
        return read(as(admin).post("/api/applications/" + application + "/approve").then().statusCode(200)
                .extract().response());
    }

    JsonNode placementAs(String email, String placement) {
        return read(as(email).get("/api/placements/" + placement).then().statusCode(200).extract().response());
    }

    static JsonNode body(Response response) {
        return read(response);
    }
}
