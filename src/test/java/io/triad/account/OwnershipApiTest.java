package io.triad.account;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triad.domain.Role;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OwnershipApiTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void programWritesNeedTheOwningAdministratorOrAnOperator() {
        String key = "prog-" + unique();
        String owner = account(Role.PROGRAM_ADMIN);
        String other = account(Role.PROGRAM_ADMIN);

        given().contentType(ContentType.JSON).body(program(key, "PUBLISHED")).put("/api/programs/" + key)
                .then().statusCode(401).contentType(PROBLEM);
        jsonAs(account(Role.STARTUP), program(key, "PUBLISHED")).put("/api/programs/" + key).then().statusCode(403).contentType(PROBLEM);
        jsonAs(owner, program(key, "PUBLISHED")).put("/api/programs/" + key)
                .then().statusCode(201).body("key", equalTo(key)).body("name", equalTo("Program " + key));
        as(owner).get("/api/accounts/me").then().body("owns.programs", contains(key));

        jsonAs(other, program(key, "PUBLISHED").replace("Program ", "Hijacked ")).put("/api/programs/" + key)
                .then().statusCode(403).contentType(PROBLEM);
        as(other).delete("/api/programs/" + key).then().statusCode(403);
        given().get("/api/programs/" + key).then().statusCode(200).body("name", equalTo("Program " + key));

        jsonAs(account(Role.OPERATOR), program(key, "PUBLISHED").replace("Program ", "Edited ")).put("/api/programs/" + key)
                .then().statusCode(200).body("name", equalTo("Edited " + key));
        as(owner).get("/api/accounts/me").then().body("owns.programs", contains(key));
        jsonAs(owner, program("elsewhere-" + key, "PUBLISHED")).put("/api/programs/" + key)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("key"));
        given().get("/api/programs/elsewhere-" + key).then().statusCode(404);
    }

    @Test
    void draftsAndClosedProgramsAreHiddenFromAllButTheirAdministratorAndOperators() {
        String draft = "draft-" + unique();
        String closed = "closed-" + unique();
        String owner = account(Role.PROGRAM_ADMIN);
        jsonAs(owner, program(draft, "DRAFT")).put("/api/programs/" + draft).then().statusCode(201);
        jsonAs(owner, program(closed, "CLOSED")).put("/api/programs/" + closed).then().statusCode(201);

        for (String key : new String[] {draft, closed}) {
            given().get("/api/programs/" + key).then().statusCode(404).contentType(PROBLEM);
            as(account(Role.PROGRAM_ADMIN)).get("/api/programs/" + key).then().statusCode(404);
            as(account(Role.STARTUP)).get("/api/programs/" + key).then().statusCode(404);
            as(owner).get("/api/programs/" + key).then().statusCode(200).body("key", equalTo(key));
            as(account(Role.OPERATOR)).get("/api/programs/" + key).then().statusCode(200).body("key", equalTo(key));
        }
    }

    @Test
    void publishedProgramIsPublicUntilItsAdministratorDeletesIt() {
        String key = "public-" + unique();
        String owner = account(Role.PROGRAM_ADMIN);
        jsonAs(owner, program(key, "PUBLISHED")).put("/api/programs/" + key).then().statusCode(201);
        given().get("/api/programs/" + key).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("funding.currency", equalTo("CAD"));

        as(owner).delete("/api/programs/" + key).then().statusCode(204);
        given().get("/api/programs/" + key).then().statusCode(404).contentType(PROBLEM);
        as(owner).get("/api/accounts/me").then().body("owns.programs", empty());
    }

    @Test
    void startupWritesNeedTheirOwnerAndAFounderMayOwnSeveral() {
        String s = unique();
        String first = "a-startup-" + s;
        String second = "b-startup-" + s;
        String founder = account(Role.STARTUP);
        String other = account(Role.STARTUP);

        given().contentType(ContentType.JSON).body(startup(first, s)).put("/api/startups/" + first).then().statusCode(401);
        jsonAs(account(Role.STUDENT), startup(first, s)).put("/api/startups/" + first).then().statusCode(403).contentType(PROBLEM);
        jsonAs(account(Role.PROGRAM_ADMIN), startup(first, s)).put("/api/startups/" + first).then().statusCode(403);
        jsonAs(founder, startup(first, s)).put("/api/startups/" + first).then().statusCode(201)
                .body("key", equalTo(first)).body("openings.key", contains("opening-" + s));
        jsonAs(founder, startup(second, "2-" + s)).put("/api/startups/" + second).then().statusCode(201);
        as(founder).get("/api/accounts/me").then().body("owns.startups", contains(first, second));
        jsonAs(founder, startup(second, s)).put("/api/startups/" + second).then().statusCode(400)
                .body("violations.field", contains("openings"));

        jsonAs(other, startup(first, s).replace("Startup ", "Hijacked ")).put("/api/startups/" + first).then().statusCode(403);
        as(other).get("/api/startups/" + first).then().statusCode(403).contentType(PROBLEM);
        as(other).delete("/api/startups/" + first).then().statusCode(403);
        jsonAs(founder, startup(first, s)).put("/api/startups/" + second).then().statusCode(400)
                .body("violations.field", contains("key"));
        as(founder).get("/api/startups/" + first).then().statusCode(200).body("name", equalTo("Startup " + first));

        as(founder).delete("/api/startups/" + first).then().statusCode(204);
        as(founder).get("/api/startups/" + first).then().statusCode(404).contentType(PROBLEM);
        as(founder).get("/api/accounts/me").then().body("owns.startups", contains(second));
    }

    @Test
    void aStudentAccountOwnsExactlyOneProfile() {
        String s = unique();
        String key = "student-" + s;
        String student = account(Role.STUDENT);

        given().contentType(ContentType.JSON).body(student(key, "BACHELOR")).put("/api/students/" + key).then().statusCode(401);
        jsonAs(account(Role.STARTUP), student(key, "BACHELOR")).put("/api/students/" + key).then().statusCode(403).contentType(PROBLEM);
        jsonAs(student, student(key, "BACHELOR")).put("/api/students/" + key).then().statusCode(201)
                .body("key", equalTo(key)).body("email", equalTo(key + "@example.org"));
        as(student).get("/api/accounts/me").then().body("owns.students", contains(key));
        jsonAs(student, student("second-" + s, "BACHELOR")).put("/api/students/second-" + s)
                .then().statusCode(409).contentType(PROBLEM);
        jsonAs(student, student(key, "MASTER")).put("/api/students/" + key).then().statusCode(200).body("level", equalTo("MASTER"));
        jsonAs(student, student(key, "MASTER")).put("/api/students/other-" + s).then().statusCode(400)
                .body("violations.field", contains("key"));

        // Another student may not even learn that the profile exists.
        String other = account(Role.STUDENT);
        as(other).get("/api/students/" + key).then().statusCode(404);
        jsonAs(other, student(key, "PHD")).put("/api/students/" + key).then().statusCode(404);
        as(other).delete("/api/students/" + key).then().statusCode(404);
        as(student).get("/api/students/" + key).then().statusCode(200).body("level", equalTo("MASTER"));

        as(student).delete("/api/students/" + key).then().statusCode(204);
        as(student).get("/api/students/" + key).then().statusCode(404);
        as(student).get("/api/accounts/me").then().body("owns.students", empty());
        jsonAs(student, student("second-" + s, "BACHELOR")).put("/api/students/second-" + s).then().statusCode(201);
    }

    @Test
    void aFounderSeesTheRedactedProfileOfAStudentWhoFitsOneOfItsOpeningsOnly() {
        String s = unique();
        String founder = account(Role.STARTUP);
        jsonAs(founder, startup("fits-" + s, s)).put("/api/startups/fits-" + s).then().statusCode(201);
        String operator = account(Role.OPERATOR);
        jsonAs(operator, student("fit-" + s, "BACHELOR")).put("/api/students/fit-" + s).then().statusCode(201);
        jsonAs(operator, student("unfit-" + s, "PHD")).put("/api/students/unfit-" + s).then().statusCode(201);

        as(founder).get("/api/students/fit-" + s).then().statusCode(200)
                .body("key", equalTo("fit-" + s)).body("name", equalTo("Student fit-" + s))
                .body("skills", contains("python")).body("level", equalTo("BACHELOR"))
                .body("$", not(hasKey("birthDate"))).body("$", not(hasKey("workStatus")))
                .body("$", not(hasKey("groups"))).body("$", not(hasKey("email")))
                .body("$", not(hasKey("shareEnhancedEligibility")));
        as(founder).get("/api/students/unfit-" + s).then().statusCode(404).contentType(PROBLEM);
        as(account(Role.STARTUP)).get("/api/students/fit-" + s).then().statusCode(404);
        as(operator).get("/api/students/fit-" + s).then().statusCode(200)
                .body("birthDate", equalTo("2004-02-29")).body("workStatus", equalTo("CITIZEN"))
                .body("groups", contains("INDIGENOUS"));
    }

    /** A company program whose deadline keeps it out of other tests' matches. */
    private static String program(String key, String status) {
        return """
                {"key": "%s", "name": "Program %s", "kind": "GRANT", "scope": "COMPANY", "status": "%s",
                 "regions": ["CA"], "intake": {"deadline": "2028-12-31"}, "funding": {"currency": "CAD", "maxAmount": 1000}}"""
                .formatted(key, key, status);
    }

    private static String startup(String key, String s) {
        return """
                {"key": "%s", "name": "Startup %s", "stage": "SEED", "region": "CA-ON", "headcount": 5,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "openings": [
                 {"key": "opening-%s", "title": "Developer", "skills": ["python"], "levels": ["BACHELOR", "MASTER"],
                  "fields": ["COMPUTER_SCIENCE"], "startDate": "2028-06-05", "weeks": 10, "hoursPerWeek": 35,
                  "hourlyWage": 22, "workMode": "HYBRID"}]}""".formatted(key, key, s);
    }

    private static String student(String key, String level) {
        return """
                {"key": "%s", "name": "Student %s", "email": "%s@example.org", "field": "COMPUTER_SCIENCE",
                 "level": "%s", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON", "skills": ["python"],
                 "workStatus": "CITIZEN", "birthDate": "2004-02-29", "groups": ["INDIGENOUS"],
                 "availableFrom": "2028-05-01", "availableUntil": "2028-09-30"}""".formatted(key, key, key, level);
    }
}
