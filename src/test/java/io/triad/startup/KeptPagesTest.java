package io.triad.startup;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.domain.Role;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchOrder;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The founders' ranked students and the student's matches are kept rendered until the engine changes, the JSON
 * matches kept as written and the student's own document as read: a change through the API shows on the next view,
 * another instance's change (rows and their change_log entries written straight into PostgreSQL) as soon as this
 * instance's engine has it, and what is not the engine's (where a student stands with the invitations, who may look)
 * is read on every view.
 */
@QuarkusTest
class KeptPagesTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    SearchIndex index;
    @Inject
    ObjectMapper json;

    private final String s = unique();
    private final String founder = account(Role.STARTUP);
    private final String studentAccount = account(Role.STUDENT);
    private final String startup = "kept-st-" + s;
    private final String opening = "kept-op-" + s;
    private final String student = "kept-student-" + s;

    private void startup(String title) {
        jsonAs(founder, """
                {"key": "%s", "name": "Kept startup %s", "stage": "SEED", "region": "CA-ON", "headcount": 3,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "openings": [
                 {"key": "%s", "title": "%s", "skills": ["keptskill%s"], "startDate": "2029-06-04",
                  "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "REMOTE"}]}"""
                .formatted(startup, s, opening, title, s)).put("/api/startups/" + startup).then().statusCode(
                        org.hamcrest.Matchers.oneOf(200, 201));
    }

    private void student(String name) {
        jsonAs(studentAccount, """
                {"key": "%s", "name": "%s", "email": "kept@example.org", "field": "ENGINEERING",
                 "level": "COLLEGE", "enrolment": "ENROLLED_PART_TIME", "region": "CA-NS", "skills": ["keptskill%s"],
                 "availableFrom": "2029-05-01", "availableUntil": "2029-09-30"}""".formatted(student, name, s))
                .put("/api/students/" + student).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private String ranked() {
        return as(founder).header("Accept-Language", "en")
                .get("/startups/" + startup + "/openings/" + opening + "/matches?limit=1000").then().statusCode(200)
                .extract().asString();
    }

    private String matches() {
        return as(studentAccount).header("Accept-Language", "en").get("/student/matches?limit=1000").then()
                .statusCode(200).extract().asString();
    }

    private void changedElsewhere(String sql, String entity, String key, String value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "with changed as (" + sql + ") insert into change_log (entity, key) select '" + entity
                        + "', key from changed")) {
            ps.setString(1, value);
            ps.setString(2, key);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void changesThroughTheApiShowOnTheNextViewOfBothPages() {
        startup("Kept title one " + s);
        student("Kept name one " + s);
        assertThat(ranked()).contains("Kept name one " + s).contains("Kept title one " + s);
        assertThat(matches()).contains("Kept title one " + s);

        student("Kept name two " + s);
        assertThat(ranked()).contains("Kept name two " + s).doesNotContain("Kept name one " + s);
        startup("Kept title two " + s);
        assertThat(matches()).contains("Kept title two " + s).doesNotContain("Kept title one " + s);
        assertThat(ranked()).contains("Kept title two " + s);
    }

    @Test
    void anotherInstancesChangesShowOnceThisInstancesEngineHasThem() throws SQLException {
        startup("Elsewhere title one " + s);
        student("Elsewhere name one " + s);
        assertThat(ranked()).contains("Elsewhere name one " + s);
        assertThat(matches()).contains("Elsewhere title one " + s);

        changedElsewhere("update student set doc = jsonb_set(doc, '{name}', to_jsonb(?::text)) where key = ? "
                + "returning key", "STUDENT", student, "Elsewhere name two " + s);
        await("the other instance's student on the founders' page", () -> ranked().contains("Elsewhere name two " + s));
        changedElsewhere("update opening o set doc = jsonb_set(o.doc, '{title}', to_jsonb(?::text)) from startup s "
                + "where s.id = o.startup_id and s.key = ? returning s.key", "STARTUP", startup, "Elsewhere title two " + s);
        await("the other instance's opening on the student's matches",
                () -> matches().contains("Elsewhere title two " + s));
        assertThat(ranked()).contains("Elsewhere title two " + s);
    }

    /** The JSON matches as the API answers them now, and as the engine's unpruned definition says they are. */
    private JsonNode jsonMatches() {
        return read(as(founder).get("/api/openings/" + opening + "/matches?limit=1000&asOf=2029-01-01").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/json")).extract().response());
    }

    private JsonNode definition() {
        try {
            return read(json.writeValueAsString(index.engine().forOpeningUnpruned(opening,
                    LocalDate.parse("2029-01-01"), 1000, false, MatchOrder.SCORE, false)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theJsonMatchesKeptAsWrittenFollowEveryChangeHereAndElsewhere() throws SQLException {
        startup("Json title " + s);
        student("Json name " + s);
        JsonNode fitting = jsonMatches();
        assertThat(fitting.findValuesAsText("student")).contains(student);
        // the same media type as the API's other JSON answers, written by Quarkus REST from their objects
        assertThat(as(founder).get("/api/openings/" + opening + "/matches").then().extract().contentType())
                .isEqualTo(as(studentAccount).get("/api/students/" + student + "/matches").then().statusCode(200)
                        .extract().contentType());
        assertThat(jsonMatches()).isEqualTo(fitting).isEqualTo(definition());

        jsonAs(studentAccount, """
                {"key": "%s", "name": "Json name %s", "email": "kept@example.org", "field": "ENGINEERING",
                 "level": "COLLEGE", "enrolment": "ENROLLED_PART_TIME", "region": "CA-NS", "skills": ["keptskill%s"],
                 "availableFrom": "2029-05-01", "availableUntil": "2029-05-20"}""".formatted(student, s, s))
                .put("/api/students/" + student).then().statusCode(200);
        assertThat(jsonMatches().findValuesAsText("student")).doesNotContain(student);
        assertThat(jsonMatches()).isEqualTo(definition());

        changedElsewhere("update student set doc = jsonb_set(doc, '{availableUntil}', to_jsonb(?::text)) "
                + "where key = ? returning key", "STUDENT", student, "2029-09-30");
        await("the other instance's change in the JSON matches",
                () -> jsonMatches().findValuesAsText("student").contains(student));
        assertThat(jsonMatches()).isEqualTo(definition());
    }

    @Test
    void aStudentsOwnProfileChangeShowsOnTheirMatchesHereAndElsewhere() throws SQLException {
        startup("Own title " + s);
        student("Own name " + s);
        assertThat(matches()).contains("Own title " + s);

        jsonAs(studentAccount, """
                {"key": "%s", "name": "Own name %s", "email": "kept@example.org", "field": "ENGINEERING",
                 "level": "COLLEGE", "enrolment": "ENROLLED_PART_TIME", "region": "CA-NS", "skills": ["keptskill%s"],
                 "availableFrom": "2029-05-01", "availableUntil": "2029-05-20"}""".formatted(student, s, s))
                .put("/api/students/" + student).then().statusCode(200);
        assertThat(matches()).doesNotContain("Own title " + s);

        changedElsewhere("update student set doc = jsonb_set(doc, '{availableUntil}', to_jsonb(?::text)) "
                + "where key = ? returning key", "STUDENT", student, "2029-09-30");
        await("the other instance's change on the student's matches", () -> matches().contains("Own title " + s));
    }

    @Test
    void whoMayLookIsCheckedOnEveryViewOfAKeptRanking() {
        startup("Guarded " + s);
        student("Guarded name " + s);
        assertThat(ranked()).contains("Guarded name " + s);
        String path = "/startups/" + startup + "/openings/" + opening + "/matches?limit=1000";
        as(account(Role.STARTUP)).get(path).then().statusCode(403);
        as(studentAccount).get(path).then().statusCode(403);
        as(founder).get("/startups/" + startup + "/openings/no-such-" + s + "/matches").then().statusCode(404);
        as(founder).get("/startups/no-such-" + s + "/openings/" + opening + "/matches").then().statusCode(404);
        as(account(Role.STARTUP)).get("/api/openings/" + opening + "/matches").then().statusCode(403);
        as(founder).get("/api/openings/no-such-" + s + "/matches").then().statusCode(404);
        assertThat(as(account(Role.OPERATOR)).get(path).then().statusCode(200).extract().asString())
                .contains("Guarded name " + s);
    }

    @Test
    void eachViewOfAKeptRankingCarriesItsOwnViewersFormToken() {
        startup("Tokens " + s);
        student("Token name " + s);
        String path = "/startups/" + startup + "/openings/" + opening + "/matches?limit=1000";
        TestApi.FormToken first = TestApi.newFormToken();
        TestApi.FormToken second = TestApi.newFormToken();
        assertThat(first.token()).isNotEqualTo(second.token());
        for (TestApi.FormToken viewer : List.of(first, second, first)) {
            String page = as(founder).cookie(TestApi.PRE_SESSION, viewer.cookie()).header("Accept-Language", "en")
                    .get(path).then().statusCode(200).extract().asString();
            assertThat(page).contains("Token name " + s).contains("<form method=\"post\" action=\"/invitations/new\" "
                    + "id=\"invite\">\n<input type=\"hidden\" name=\"_csrf\" value=\"" + viewer.token() + "\">\n"
                    + "<input type=\"hidden\" name=\"opening\" value=\"" + opening + "\">");
            String other = viewer == first ? second.token() : first.token();
            assertThat(page).doesNotContain(other);
        }
        // the kept form, posted with the second viewer's token, invites; the next view shows where the student stands
        as(founder).cookie(TestApi.PRE_SESSION, second.cookie()).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", second.token()).formParam("opening", opening).formParam("student", student)
                .redirects().follow(false).post("/invitations/new").then().statusCode(303);
        assertThat(ranked()).contains("data-standing=\"" + student + "\"").doesNotContain("data-invite=\"" + student);
    }

    @Test
    void theLayoutAroundAKeptRankingIsEachViewersOwn() {
        startup("Framed " + s);
        student("Framed name " + s);
        String operator = account(Role.OPERATOR);
        String otherOperator = account(Role.OPERATOR);
        String path = "/startups/" + startup + "/openings/" + opening + "/matches?limit=1000";
        List<String> viewers = List.of(founder, operator, otherOperator, operator, founder);
        for (String viewer : viewers) {
            String page = as(viewer).header("Accept-Language", "en").get(path).then().statusCode(200).extract()
                    .asString();
            assertThat(page).contains("Framed name " + s).contains(viewer);
            viewers.stream().filter(other -> !other.equals(viewer)).forEach(other -> assertThat(page)
                    .doesNotContain(other));
        }
        assertThat(as(founder).header("Accept-Language", "fr").get(path).then().statusCode(200).extract().asString())
                .contains("<html lang=\"fr\">").contains("Framed name " + s).contains(founder);
    }

    /**
     * A student's matches are framed by a layout kept per viewer's links: two students, each with one pre-session so
     * that their layout is kept, see their own e-mail and page only, in English and then in French.
     */
    @Test
    void theLayoutAroundAStudentsMatchesIsTheirOwn() {
        startup("Framed own " + s);
        student("Framed student " + s);
        String without = account(Role.STUDENT);
        Map<String, String> cookies = Map.of(studentAccount, TestApi.newFormToken().cookie(), without,
                TestApi.newFormToken().cookie());
        for (String lang : List.of("en", "fr")) {
            for (String viewer : List.of(studentAccount, without, studentAccount, without)) {
                String page = as(viewer).cookie(TestApi.PRE_SESSION, cookies.get(viewer))
                        .get("/student/matches?limit=1000&lang=" + lang).then().statusCode(200).extract().asString();
                String other = viewer.equals(studentAccount) ? without : studentAccount;
                assertThat(page).contains("<html lang=\"" + lang + "\">").contains(viewer).doesNotContain(other)
                        .contains(lang.equals("en") ? "<title>Openings for you" : "<title>Postes pour vous");
                String create = "<a class=\"button\" href=\"/student\">";
                if (viewer.equals(studentAccount)) {
                    assertThat(page).contains("Framed own " + s).doesNotContain(create);
                } else {
                    assertThat(page).doesNotContain("Framed own " + s).contains(create);
                }
            }
        }
    }
}
