package io.triad.notification;

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
 * A workflow world of the notification tests' own (a user-assigned region, far ahead), driven through the API: a
 * founder's startup with one opening, students who fit it (with sensitive fields the privacy scan looks for), a
 * program administrator and its programs.
 */
final class Flow {
    static final String START = "2091-06-04";
    /** The students' sensitive values: none may reach a founder or an administrator. */
    static final List<String> SENSITIVE = List.of("1999-02-17", "PROTECTED_PERSON", "Protected person",
            "PERSON_WITH_DISABILITY", "disability");

    final String s = TestApi.unique();
    final String region = "XN-" + s.substring(0, 3).toUpperCase();
    final String founder = TestApi.account(Role.STARTUP);
    final String admin = TestApi.account(Role.PROGRAM_ADMIN);
    final String operator = TestApi.account(Role.OPERATOR);
    final String startup = "nf-su-" + s;
    final String startupName = "Notify Works " + s;
    final String opening = "nf-op-" + s;
    final String openingTitle = "Soldering co-op " + s;
    final List<String> students = new ArrayList<>();
    /** Their names, which founders read in notices (never the keys). */
    final List<String> studentNames = new ArrayList<>();
    final List<String> studentAccounts = new ArrayList<>();

    Flow(int count, int positions) {
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String email = TestApi.account(Role.STUDENT);
            String key = "nf-t" + i + "-" + s;
            students.add(key);
            studentNames.add("Nia Lund " + i + "-" + s);
            studentAccounts.add(email);
            people.append(i == 0 ? "" : ",").append("""
                    {"key": "%s", "name": "%s", "email": "t%d-%s@example.org", "owner": "%s",
                     "field": "ENGINEERING", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "%s",
                     "workStatus": "PROTECTED_PERSON", "birthDate": "1999-02-17", "skills": ["soldering"],
                     "availableFrom": "2091-05-01", "availableUntil": "2092-05-01",
                     "groups": ["PERSON_WITH_DISABILITY"]}""".formatted(key, studentNames.get(i), i, s, email, region));
        }
        jsonAs(operator, """
                {"startups": [{"key": "%s", "name": "%s", "stage": "SEED", "region": "%s",
                  "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%s",
                  "openings": [{"key": "%s", "title": "%s", "skills": ["soldering"], "levels": ["BACHELOR"],
                   "startDate": "%s", "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "ONSITE",
                   "positions": %d}]}],
                 "students": [%s]}""".formatted(startup, startupName, region, founder, opening, openingTitle, START,
                positions, people)).post("/api/import").then().log().ifValidationFails().statusCode(200);
    }

    /** A published placement program of the administrator, with a student rule on the sensitive fields. */
    String program(String name, String extra) {
        String key = "nf-" + name + "-" + s;
        jsonAs(admin, """
                {"key": "%s", "name": "Notify %s %s", "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT",
                 "intake": {"opens": "2020-01-01", "deadline": "2099-12-31"},
                 "student": {"workStatus": ["PROTECTED_PERSON"], "maxAge": 99},
                 "employer": {"regions": ["%s"]}, "funding": {"currency": "CAD", "flatPerPlacement": 1000}%s}"""
                .formatted(key, name, s, region, extra.isEmpty() ? "" : ", " + extra))
                .put("/api/programs/" + key).then().statusCode(201);
        return key;
    }

    String invite(int student) {
        return read(jsonAs(founder, Map.of("student", students.get(student), "message", "Join us"))
                .post("/api/openings/" + opening + "/invitations").then().statusCode(201).extract().response())
                .get("id").asText();
    }

    String placement(int student) {
        String invitation = invite(student);
        return read(as(studentAccounts.get(student)).post("/api/invitations/" + invitation + "/accept")
                .then().statusCode(201).extract().response()).get("placement").asText();
    }

    String apply(String placement, String program) {
        return read(jsonAs(founder, Map.of("program", program)).post("/api/placements/" + placement + "/applications")
                .then().statusCode(201).extract().response()).get("id").asText();
    }

    JsonNode approve(String application) {
        return read(as(admin).post("/api/applications/" + application + "/approve").then().statusCode(200)
                .extract().response());
    }

    /** The account's notifications through the API. */
    static JsonNode inbox(String email, String query) {
        return read(as(email).get("/api/notifications" + query).then().statusCode(200).extract().response());
    }
}
