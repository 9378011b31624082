package io.triad.account;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import org.junit.jupiter.api.Test;

/**
 * API.md's {@code PUT} of programs, startups and students behaves alike: 201 when it creates, 200 when it replaces,
 * 400 when the key of the path is not the document's; the creator owns what it creates, unless it is an operator.
 */
@QuarkusTest
class CreateOrReplaceApiTest {

    @Test
    void aProgramIsCreatedWith201ThenReplacedWith200() {
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "upsert-program-" + unique();
        jsonAs(admin, program(key, "First")).put("/api/programs/" + key).then().statusCode(201)
                .body("key", equalTo(key)).body("name", equalTo("First"));
        jsonAs(admin, program(key, "Second")).put("/api/programs/" + key).then().statusCode(200)
                .body("name", equalTo("Second"));
        as(admin).get("/api/accounts/me").then().body("owns.programs", contains(key));
    }

    @Test
    void aStartupIsCreatedWith201ThenReplacedWith200() {
        String founder = account(Role.STARTUP);
        String key = "upsert-startup-" + unique();
        jsonAs(founder, startup(key, "First")).put("/api/startups/" + key).then().statusCode(201)
                .body("key", equalTo(key)).body("name", equalTo("First"));
        jsonAs(founder, startup(key, "Second")).put("/api/startups/" + key).then().statusCode(200)
                .body("name", equalTo("Second"));
        as(founder).get("/api/accounts/me").then().body("owns.startups", contains(key));
    }

    @Test
    void aStudentIsCreatedWith201ThenReplacedWith200() {
        String student = account(Role.STUDENT);
        String key = "upsert-student-" + unique();
        jsonAs(student, student(key, "First")).put("/api/students/" + key).then().statusCode(201)
                .body("key", equalTo(key)).body("name", equalTo("First"));
        jsonAs(student, student(key, "Second")).put("/api/students/" + key).then().statusCode(200)
                .body("name", equalTo("Second"));
        as(student).get("/api/accounts/me").then().body("owns.students", contains(key));
    }

    @Test
    void anOperatorCreatesWith201AndReplacesWith200WhatNobodyOwns() {
        String operator = account(Role.OPERATOR);
        String s = unique();
        String[][] puts = {{"/api/programs/", "upsert-op-program-" + s, program("upsert-op-program-" + s, "Op")},
                {"/api/startups/", "upsert-op-startup-" + s, startup("upsert-op-startup-" + s, "Op")},
                {"/api/students/", "upsert-op-student-" + s, student("upsert-op-student-" + s, "Op")}};
        for (String[] put : puts) {
            jsonAs(operator, put[2]).put(put[0] + put[1]).then().statusCode(201).body("key", equalTo(put[1]));
            jsonAs(operator, put[2]).put(put[0] + put[1]).then().statusCode(200).body("key", equalTo(put[1]));
        }
        as(operator).get("/api/accounts/me").then().body("owns.programs", empty()).body("owns.startups", empty())
                .body("owns.students", empty());
        // a draft: another administrator may not know it exists (API.md), so 404 rather than 403
        jsonAs(account(Role.PROGRAM_ADMIN), puts[0][2]).put(puts[0][0] + puts[0][1]).then().statusCode(404);
        jsonAs(account(Role.STARTUP), puts[1][2]).put(puts[1][0] + puts[1][1]).then().statusCode(403);
        jsonAs(account(Role.STUDENT), puts[2][2]).put(puts[2][0] + puts[2][1]).then().statusCode(404);
    }

    @Test
    void aPathKeyThatIsNotTheDocumentsKeyIsRejectedEverywhere() {
        String operator = account(Role.OPERATOR);
        String s = unique();
        jsonAs(operator, program("body-" + s, "P")).put("/api/programs/path-" + s).then().statusCode(400)
                .body("violations.field", contains("key"));
        jsonAs(operator, startup("body-" + s, "S")).put("/api/startups/path-" + s).then().statusCode(400)
                .body("violations.field", contains("key"));
        jsonAs(operator, student("body-" + s, "T")).put("/api/students/path-" + s).then().statusCode(400)
                .body("violations.field", contains("key"));
        as(operator).get("/api/programs/path-" + s).then().statusCode(404);
        as(operator).get("/api/startups/path-" + s).then().statusCode(404);
        as(operator).get("/api/students/path-" + s).then().statusCode(404);
    }

    /** A draft company program: it never takes part in other tests' matches. */
    private static String program(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "kind": "GRANT", "scope": "COMPANY", "status": "DRAFT",
                 "regions": ["CA"], "intake": {"deadline": "2027-12-31"},
                 "funding": {"currency": "CAD", "maxAmount": 1000}}"""
                .formatted(key, name);
    }

    private static String startup(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "stage": "SEED", "region": "CA-ON", "headcount": 5,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true}""".formatted(key, name);
    }

    private static String student(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "email": "%s@example.org", "field": "COMPUTER_SCIENCE",
                 "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON",
                 "availableFrom": "2027-05-01", "availableUntil": "2027-09-30"}""".formatted(key, name, key);
    }
}
