package io.triad.program;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.importDocument;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi.DashboardWorld;
import io.triad.domain.Role;
import org.junit.jupiter.api.Test;

/** The best-placements table names and links its opening and student, to pages only the program's administrator opens. */
@QuarkusTest
class PlacementPartiesPagesTest {

    /** A world whose region-A PhD student also has a birth date, a work status, groups and an email on record. */
    private static DashboardWorld world(String privateKey) {
        DashboardWorld w = new DashboardWorld("PUBLISHED");
        importDocument("""
                {"students": [{"key": "%s", "name": "Private Person", "email": "private-%s@example.org",
                  "field": "TRADES", "level": "PHD", "enrolment": "ENROLLED_FULL_TIME", "region": "%s",
                  "skills": ["python"], "birthDate": "1999-04-17", "workStatus": "INTERNATIONAL",
                  "groups": ["INDIGENOUS", "WOMAN_IN_STEM"], "shareEnhancedEligibility": true,
                  "bio": "Builds robots.", "availableFrom": "2020-01-01", "availableUntil": "2099-12-31"}]}""".formatted(privateKey, w.suffix, w.regionA));
        await("the program's best placements list the student", () -> as(w.admin)
                .get("/api/programs/" + w.key + "/matches?limit=50").then().extract().asString().contains(privateKey));
        return w;
    }

    @Test
    void theTableLinksTheOpeningAndTheRedactedStudentWhichTheAdministratorOpens() {
        String privateKey = "private-" + io.triad.TestApi.unique();
        DashboardWorld w = world(privateKey);
        String table = as(w.admin).get("/admin/programs/" + w.key + "/matches").then().statusCode(200).extract()
                .asString();
        assertThat(table).contains("href=\"/admin/programs/" + w.key + "/openings/" + w.opening("a") + "?asOf=")
                .contains("href=\"/admin/programs/" + w.key + "/students/" + privateKey + "?asOf=")
                .contains(">Opening a · Startup a</a>").contains(">Private Person</a>");

        String opening = as(w.admin).get("/admin/programs/" + w.key + "/openings/" + w.opening("a") + "?lang=en")
                .then().statusCode(200).extract().asString();
        assertThat(opening).contains("<h1>Opening a</h1>").contains("Startup a").contains("Hybrid")
                .contains("Best placements of Dashboard test " + w.suffix);

        for (String lang : new String[] {"en", "fr"}) {
            String student = as(w.admin).get("/admin/programs/" + w.key + "/students/" + privateKey + "?lang=" + lang)
                    .then().statusCode(200).extract().asString();
            assertThat(student).contains("<h1>Private Person</h1>").contains("Builds robots.").contains("python")
                    .doesNotContain("private-" + w.suffix + "@example.org").doesNotContain("1999")
                    .doesNotContain("International").doesNotContain("Indigenous").doesNotContain("Autochtone")
                    .doesNotContain("autochtone").doesNotContain("Woman in").doesNotContain("enhanced")
                    .doesNotContain("admissib");
        }
        String operator = account(Role.OPERATOR);
        as(operator).get("/admin/programs/" + w.key + "/students/" + privateKey).then().statusCode(200);
    }

    @Test
    void nobodyElseOpensThemAndAStudentOutsideTheListIsUnknown() {
        String privateKey = "private-" + io.triad.TestApi.unique();
        DashboardWorld w = world(privateKey);
        String student = "/admin/programs/" + w.key + "/students/" + privateKey;
        String opening = "/admin/programs/" + w.key + "/openings/" + w.opening("a");
        for (Role role : new Role[] {Role.PROGRAM_ADMIN, Role.STARTUP, Role.STUDENT}) {
            String other = account(role);
            assertThat(as(other).get(student).then().statusCode(403).extract().asString()).doesNotContain("Private Person");
            as(other).get(opening).then().statusCode(403);
        }
        assertThat(given().redirects().follow(false).get(student).then().extract().statusCode()).isIn(302, 303, 401);
        as(w.admin).get("/admin/programs/" + w.key + "/students/" + w.student("t4")).then().statusCode(404);
        as(w.admin).get("/admin/programs/" + w.key + "/openings/" + w.opening("big")).then().statusCode(404);
        as(w.admin).get("/admin/programs/" + w.key + "/students/no-such-" + privateKey).then().statusCode(404);
        as(w.admin).get(student + "?asOf=not-a-date").then().statusCode(400);
    }
}
