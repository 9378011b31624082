package io.triad.program;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Deadlines visible: a status badge wherever a program is listed, an order by closing date, a past start said. */
@QuarkusTest
class DeadlinesPagesTest {

    private static String program(String key, String name, String intake, String owner) {
        return """
                {"key": "%s", "name": "%s", "kind": "GRANT", "scope": "COMPANY", "regions": ["CA"], "intake": {%s},
                 "funding": {"currency": "CAD", "maxAmount": 1000}, "owner": "%s"}""".formatted(key, name, intake, owner);
    }

    @Test
    void programsShowTheirIntakeAsABadgeAndSortByClosingDate() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        LocalDate today = LocalDate.now();
        importDocument("{\"programs\": [" + String.join(",",
                program("dl-late-" + s, "Zeta late " + s, "\"deadline\": \"" + today.plusDays(200) + "\"", admin),
                program("dl-soon-" + s, "Omega soon " + s, "\"deadline\": \"" + today.plusDays(5) + "\"", admin),
                program("dl-next-" + s, "Alpha upcoming " + s, "\"opens\": \"" + today.plusDays(10) + "\", \"deadline\": \""
                        + today.plusDays(100) + "\"", admin)) + "]}");
        String en = given().get("/programs?lang=en&size=1000&sort=deadline&q=" + s).then().statusCode(200).extract()
                .asString();
        assertThat(en).contains("badge badge-closing-soon\">Closing soon").contains("badge badge-upcoming\">Upcoming")
                .contains("badge badge-open\">Open").contains("<option value=\"deadline\" selected>");
        assertThat(en.indexOf("Omega soon " + s)).as("closing soonest first").isLessThan(en.indexOf("Alpha upcoming " + s));
        assertThat(en.indexOf("Alpha upcoming " + s)).isLessThan(en.indexOf("Zeta late " + s));
        String fr = given().get("/programs?lang=fr&size=1000&sort=deadline&q=" + s).then().statusCode(200).extract()
                .asString();
        assertThat(fr).contains("Ferme bientôt").contains("À venir").contains("Date limite la plus proche d&#39;abord");
        assertThat(given().get("/programs/dl-soon-" + s + "?lang=en").then().statusCode(200).extract().asString())
                .contains("<dt>Deadline</dt>").contains("Closing soon");

        String list = as(admin).get("/admin/programs?lang=en&sort=deadline").then().statusCode(200).extract().asString();
        assertThat(list).contains("aria-sort=\"ascending\">Deadline").contains("Closing soon");
        assertThat(list.indexOf("Omega soon " + s)).isLessThan(list.indexOf("Zeta late " + s));
        assertThat(as(admin).get("/admin/programs?lang=fr").then().statusCode(200).extract().asString())
                .contains("href=\"/admin/programs?sort=deadline\">Date limite");
    }

    @Test
    void anOpeningWhoseStartDateHasPassedIsFlaggedNotSilent() {
        String s = unique();
        String founder = account(Role.STARTUP);
        importDocument("""
                {"startups": [{"key": "dl-st-%1$s", "name": "Late Starts %1$s", "stage": "SEED", "region": "CA-ON",
                  "headcount": 3, "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "owner": "%2$s",
                  "openings": [{"key": "dl-op-%1$s", "title": "Bygone %1$s", "startDate": "%3$s", "weeks": 12,
                     "hoursPerWeek": 35, "hourlyWage": 20, "workMode": "REMOTE"}]}]}
                """.formatted(s, founder, LocalDate.now().minusDays(3)));
        assertThat(as(founder).get("/startups/dl-st-" + s + "?lang=en").then().statusCode(200).extract().asString())
                .contains("Its start date has passed").contains("href=\"/startups/dl-st-" + s + "/openings/dl-op-" + s + "/edit\"");
        assertThat(as(founder).get("/startups/dl-st-" + s + "/openings/dl-op-" + s + "/matches?lang=fr").then()
                .statusCode(200).extract().asString()).contains("id=\"started-warning\"").contains("Sa date de début est passée");
    }
}
