package io.triad.account;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.find;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.texts;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.triad.domain.Role;
import io.triad.program.ProgramEntity;
import io.triad.startup.OpeningEntity;
import io.triad.startup.StartupEntity;
import io.triad.student.StudentEntity;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code DELETE /api/accounts/me} erases what the account owns through the features' observers of
 * {@link AccountErased}: from the database, from the search index (the engine stops answering with it) and its
 * sessions. Each test builds its own world in Nunavut in 2033, out of other tests' places and dates: a program
 * administrator's placement grant that funds a founder's opening, which fits a student's profile; then erases one of
 * the three accounts. The grant fails at least two rules for everyone else, so it is neither a program nor a near
 * miss in other tests' matches.
 */
@QuarkusTest
class AccountErasureTest {
    private static final String AS_OF = "2033-01-01";

    private String s;
    private String operator;
    private String admin;
    private String founder;
    private String student;

    @BeforeEach
    void worldOfItsOwn() {
        s = unique();
        operator = account(Role.OPERATOR);
        admin = account(Role.PROGRAM_ADMIN);
        founder = account(Role.STARTUP);
        student = account(Role.STUDENT);
        jsonAs(admin, """
                {"key": "erase-grant-%1$s", "name": "Erasable grant z%1$s", "regions": ["CA"],
                 "kind": "INTERNSHIP_GRANT", "scope": "PLACEMENT", "status": "PUBLISHED",
                 "intake": {"opens": "2033-01-01", "deadline": "2033-12-31"},
                 "employer": {"regions": ["CA-NU"]}, "student": {"regions": ["CA-NU"]},
                 "funding": {"currency": "CAD", "flatPerPlacement": 1000}}""".formatted(s))
                .put("/api/programs/erase-grant-" + s).then().statusCode(201);
        jsonAs(founder, """
                {"key": "erase-st-%1$s", "name": "Erasable startup", "stage": "SEED", "region": "CA-NU", "headcount": 3,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "openings": [
                 {"key": "erase-op-%1$s", "title": "Remote analyst", "skills": ["sql"], "startDate": "2033-06-06",
                  "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "REMOTE"}]}""".formatted(s))
                .put("/api/startups/erase-st-" + s).then().statusCode(201);
        jsonAs(student, """
                {"key": "erase-stu-%1$s", "name": "Erasable student", "email": "erase-%1$s@example.org",
                 "field": "COMPUTER_SCIENCE", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-NU",
                 "skills": ["sql"], "workStatus": "CITIZEN", "availableFrom": "2033-05-01",
                 "availableUntil": "2033-09-30", "workModes": ["REMOTE"]}""".formatted(s))
                .put("/api/students/erase-stu-" + s).then().statusCode(201);
        await("the grant funds the student at the opening", () -> fundingOfTheStudent().contains(grant()));
    }

    @Test
    void erasingAProgramAdministratorRemovesItsProgramsFromTheDatabaseAndTheSearchIndex() {
        assertThat(directoryKeys("z" + s)).containsExactly(grant());
        String session = logIn(admin);

        given().cookie(SessionService.COOKIE, session).delete("/api/accounts/me").then().statusCode(204);

        given().cookie(SessionService.COOKIE, session).get("/api/accounts/me").then().statusCode(401);
        assertThat(ProgramEntity.count("key", grant())).isZero();
        as(operator).get("/api/programs/" + grant()).then().statusCode(404);
        assertThat(directoryKeys("z" + s)).isEmpty();
        await("the erased grant funds nobody", () -> !fundingOfTheStudent().contains(grant()));
        assertThat(studentsOfTheOpening()).containsExactly(studentKey());
    }

    @Test
    void erasingAFounderRemovesItsStartupsAndOpeningsFromTheDatabaseAndTheSearchIndex() {
        String session = logIn(founder);

        given().cookie(SessionService.COOKIE, session).delete("/api/accounts/me").then().statusCode(204);

        given().cookie(SessionService.COOKIE, session).get("/api/accounts/me").then().statusCode(401);
        assertThat(StartupEntity.count("key", "erase-st-" + s)).isZero();
        assertThat(OpeningEntity.count("key", opening())).isZero();
        as(operator).get("/api/startups/erase-st-" + s).then().statusCode(404);
        as(operator).get("/api/openings/" + opening() + "/matches").then().statusCode(404);
        await("the erased opening is no longer matched", () -> !openingsOfTheStudent().contains(opening()));
    }

    @Test
    void erasingAStudentRemovesItsProfileFromTheDatabaseAndTheSearchIndex() {
        String session = logIn(student);

        given().cookie(SessionService.COOKIE, session).delete("/api/accounts/me").then().statusCode(204);

        given().cookie(SessionService.COOKIE, session).get("/api/accounts/me").then().statusCode(401);
        as(student).get("/api/accounts/me").then().statusCode(401);
        assertThat(StudentEntity.count("key", studentKey())).isZero();
        as(operator).get("/api/students/" + studentKey()).then().statusCode(404);
        await("the erased student is no longer matched", () -> studentsOfTheOpening().isEmpty());
        as(operator).get("/api/programs/" + grant()).then().statusCode(200);
    }

    private String grant() {
        return "erase-grant-" + s;
    }

    private String opening() {
        return "erase-op-" + s;
    }

    private String studentKey() {
        return "erase-stu-" + s;
    }

    /** The programs funding the student at this test's opening, as the opening's matches list them. */
    private List<String> fundingOfTheStudent() {
        JsonNode match = find(matches("/api/openings/" + opening() + "/matches"), "student", studentKey());
        return texts(match.path("programs"), "program");
    }

    private List<String> studentsOfTheOpening() {
        return texts(matches("/api/openings/" + opening() + "/matches"), "student").stream()
                .filter(k -> k.endsWith(s)).toList();
    }

    private List<String> openingsOfTheStudent() {
        return texts(matches("/api/students/" + studentKey() + "/matches"), "opening");
    }

    private JsonNode matches(String path) {
        return read(as(operator).queryParam("asOf", AS_OF).queryParam("limit", 1000).get(path)
                .then().statusCode(200).extract().response()).get("items");
    }

    /** Published programs found by the full-text search of the directory. */
    private static List<String> directoryKeys(String q) {
        return texts(read(given().queryParam("q", q).get("/api/programs").then().statusCode(200).extract().response())
                .get("items"), "key");
    }

    /** A session cookie from the log-in form. */
    private static String logIn(String email) {
        return given().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(ContentType.URLENC).formParam("email", email).formParam("password", PASSWORD)
                .redirects().follow(false).post("/login")
                .then().statusCode(303).extract().cookie(SessionService.COOKIE);
    }
}
