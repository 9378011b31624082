package io.triad.program;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.await;
import static io.triad.TestApi.importAs;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The directory as nobody signed in sees it is kept rendered until the engine changes: a change through the API shows
 * on the very next view, another instance's change (a row and its change_log entry written straight into PostgreSQL)
 * as soon as this instance's engine has it, and the kept page carries nothing of one visitor to the next.
 */
@QuarkusTest
class KeptDirectoryTest {
    @Inject
    AgroalDataSource dataSource;

    private static String program(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "kind": "GRANT", "scope": "COMPANY", "funding": {"currency": "CAD"}}"""
                .formatted(key, name);
    }

    private static String anonymous(String query) {
        return given().header("Accept-Language", "en").get("/programs?q=" + query).then().statusCode(200)
                .extract().asString();
    }

    @Test
    void aProgramChangedThroughTheApiShowsOnTheNextAnonymousView() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "kept-" + s;
        String word = "keptword" + s;
        importAs(admin, "{\"programs\": [" + program(key, "First name " + word) + "]}");
        assertThat(anonymous(word)).contains("First name " + word);
        assertThat(anonymous(word)).as("kept").contains("First name " + word);

        jsonAs(admin, program(key, "Second name " + word)).put("/api/programs/" + key).then().statusCode(200);
        assertThat(anonymous(word)).contains("Second name " + word).doesNotContain("First name " + word);

        given().auth().preemptive().basic(admin, io.triad.TestApi.PASSWORD).delete("/api/programs/" + key).then()
                .statusCode(204);
        assertThat(anonymous(word)).doesNotContain("Second name " + word);
    }

    @Test
    void anotherInstancesChangeShowsOnceThisInstancesEngineHasIt() throws SQLException {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "kept-other-" + s;
        String word = "otherword" + s;
        importAs(admin, "{\"programs\": [" + program(key, "Before " + word) + "]}");
        assertThat(anonymous(word)).contains("Before " + word);

        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                with changed as (update program set doc = jsonb_set(doc, '{name}', to_jsonb(?::text)) where key = ?
                  returning key)
                insert into change_log (entity, key) select 'PROGRAM', key from changed""")) {
            ps.setString(1, "After " + word);
            ps.setString(2, key);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        await("the other instance's change on the anonymous directory", () -> anonymous(word).contains("After " + word));
        assertThat(anonymous(word)).doesNotContain("Before " + word);
    }

    @Test
    void theKeptPageHoldsNothingOfTheVisitorAndFollowsTheLanguage() {
        String s = unique();
        String word = "visitorword" + s;
        importAs(account(Role.PROGRAM_ADMIN), "{\"programs\": [" + program("kept-visitor-" + s, "Visitor " + word)
                + "]}");
        Response first = given().header("Accept-Language", "en").get("/programs?q=" + word);
        Response second = given().header("Accept-Language", "en").get("/programs?q=" + word);
        assertThat(second.asString()).isEqualTo(first.asString()).doesNotContain("_csrf").contains("lang=\"en\"");
        assertThat(second.getContentType()).isEqualTo(first.getContentType()).startsWith("text/html");
        assertThat(first.getCookie("triad_pre")).isNotBlank();
        assertThat(second.getCookie("triad_pre")).as("each visitor its own pre-session").isNotBlank()
                .isNotEqualTo(first.getCookie("triad_pre"));
        assertThat(given().header("Accept-Language", "fr").get("/programs?q=" + word).asString())
                .contains("lang=\"fr\"").contains("Visitor " + word);

        String student = account(Role.STUDENT);
        String signedIn = given().auth().preemptive().basic(student, io.triad.TestApi.PASSWORD)
                .header("Accept-Language", "en").get("/programs?q=" + word).then().statusCode(200).extract().asString();
        assertThat(signedIn).as("a signed-in reader's page is their own").contains(student).contains("_csrf");
    }
}
