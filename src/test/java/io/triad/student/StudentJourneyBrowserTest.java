package io.triad.student;

import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.importDocument;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.triad.TestApi.FreshDatabase;
import io.triad.web.BrowserTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** A student signs up, fills the profile and sees the openings that fit, with the funding for each. */
@QuarkusTest
@TestProfile(FreshDatabase.class)
class StudentJourneyBrowserTest extends BrowserTest {

    @Test
    void studentSignsUpFillsTheProfileAndSeesOpeningsWithFundingInEnglishAndFrench() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        seed(run);
        visit("/signup?role=STUDENT&lang=en", "signup");
        type("#email", "lea-" + run + "@example.org");
        type("#password", PASSWORD);
        go("form.stack button[type=submit]", "/student");
        check("profile-new");
        assertThat(text("h1")).isEqualTo("My student profile");
        assertThat(text(".people-private")).contains("never shown to startups");
        fillProfile();
        scrollTo(".people-private");
        check("profile-private-section");
        go("form.stack button[type=submit]", "/student");
        check("profile-saved");
        assertThat(text(".notice")).contains("Saved.");
        assertThat(text("main")).as("no technical key shown to people").doesNotContainPattern("lea-gagnon-[a-z0-9]{4}");

        go("main a[href='/student/matches']", "/student/matches");
        reloadUntil(page -> page.contains("harbour-analyst-" + run), "harbour-analyst-" + run);
        check("matches");
        assertThat(text("h1")).isEqualTo("Openings for you");
        // 25.00 $/h x 35 h x 12 weeks = 10,500.00; the student sees her own enhanced rate: 60 % = 6,300.00.
        assertThat(card(run)).contains("Data analyst co-op").contains("at Harbour Data " + run)
                .contains("Co-op Wage Credit " + run + ": $6,300.00").contains("3 of 3 skills")
                .contains("60% of $10,500.00 in gross wages")
                .as("a startup region the student cannot change is counted, not listed")
                .doesNotContain("Ontario Placement " + run + ":").contains("1 other program needs what cannot be changed here");

        visit("/student/matches?lang=fr", "matches-fr");
        assertThat(text("h1")).isEqualTo("Postes pour vous");
        assertThat(card(run)).contains("chez Harbour Data " + run).contains("Co-op Wage Credit " + run + " : 6 300,00 $")
                .contains("3 compétences sur 3")
                .doesNotContain("Ontario Placement " + run + " :")
                .contains("1 autre programme exige ce qui ne peut pas être changé ici");
        visit("/student", "profile-fr");
        assertThat(text("h1")).isEqualTo("Mon profil étudiant");
        assertThat(text(".people-private")).contains("ne sont jamais montrés aux jeunes pousses");
        visit("/student?lang=en", "profile-en");
    }

    private void fillProfile() {
        type("#name", "Léa Gagnon");
        type("#institution", "Université Laval");
        new Select(find("#field")).selectByValue("MATHEMATICS_STATISTICS");
        new Select(find("#level")).selectByValue("BACHELOR");
        new Select(find("#enrolment")).selectByValue("ENROLLED_FULL_TIME");
        setValue("#graduationDate", "2029-05-31");
        setValue("#birthDate", "2004-02-10");
        new Select(find("#workStatus")).selectByValue("CITIZEN");
        find("#groups-INDIGENOUS").click();
        type("#region", "CA-QC");
        setValue("#availableFrom", LocalDate.now().toString());
        find("#workModes-REMOTE").click();
        type("#skills", "R, SQL, statistics");
        find("#interests").click();
        type("#bio", "Second-year statistics student who likes clean data.");
    }

    private String card(String run) {
        return find("li.people-match[data-opening='harbour-analyst-" + run + "']").getText()
                .replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** A startup with a remote opening and a placement program that pays more for Indigenous students. */
    private void seed(String run) {
        String body = """
                { "programs": [
                  { "key": "coop-%1$s", "name": "Co-op Wage Credit %1$s", "regions": ["CA"], "kind": "TAX_CREDIT",
                    "scope": "PLACEMENT", "employer": { "regions": ["CA"] },
                    "student": { "enrolment": ["ENROLLED_FULL_TIME"] },
                    "funding": { "currency": "CAD", "wagePercent": 40, "capPerPlacement": 6000, "enhancedWagePercent": 60,
                                 "enhancedCapPerPlacement": 8000, "enhancedGroups": ["INDIGENOUS"] } },
                  { "key": "ontario-%1$s", "name": "Ontario Placement %1$s", "regions": ["CA-ON"], "kind": "WAGE_SUBSIDY",
                    "scope": "PLACEMENT", "employer": { "regions": ["CA-ON"] },
                    "funding": { "currency": "CAD", "wagePercent": 50 } } ],
                  "startups": [
                  { "key": "harbour-%1$s", "name": "Harbour Data %1$s", "stage": "SEED", "region": "CA-QC",
                    "city": "Montréal", "sectors": ["SOFTWARE"], "headcount": 15, "foundedOn": "2021-01-04",
                    "incorporated": true, "forProfit": true,
                    "openings": [
                    { "key": "harbour-analyst-%1$s", "title": "Data analyst co-op",
                      "description": "Clean data and build dashboards with R and SQL.", "skills": ["r", "sql", "statistics"],
                      "startDate": "%2$s", "weeks": 12, "hoursPerWeek": 35, "hourlyWage": 25.00,
                      "workMode": "REMOTE", "positions": 1 } ] } ] }""".formatted(run,
                LocalDate.now().plusDays(90));
        importDocument(body);
    }
}
