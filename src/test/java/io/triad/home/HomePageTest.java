package io.triad.home;

import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.web.PageClient;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each role's home after log-in: what it holds, and the one next step it suggests, in English and French. */
@QuarkusTest
class HomePageTest {

    private static String home(String email, String lang) {
        return as(email).get("/home?lang=" + lang).then().statusCode(200).extract().asString();
    }

    @Test
    void logInLandsOnTheHomeAndTheHomeNeedsAnAccount() {
        String email = account(Role.STUDENT);
        PageClient.Anonymous visitor = PageClient.visit();
        given().cookie(PageClient.PRE, visitor.cookie()).contentType(PageClient.FORM).formParam("_csrf", visitor.token())
                .formParam("email", email).formParam("password", PASSWORD).redirects().follow(false).post("/login")
                .then().statusCode(303).header("Location", endsWith("/home"));
        given().redirects().follow(false).get("/home").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/login?next="));
    }

    @Test
    void aNewFounderIsAskedToDescribeTheStartup() {
        String founder = account(Role.STARTUP);
        assertThat(home(founder, "en")).contains("<h1>Your startups</h1>").contains("href=\"/startups/new\"")
                .contains("Describe your startup");
        assertThat(home(founder, "fr")).contains("<h1>Vos entreprises</h1>").contains("Décrivez votre entreprise");
    }

    @Test
    void aFounderSeesOpeningsWithPrivateCountsAndIsWarnedOfAStartDateThatHasPassed() {
        String s = unique();
        String founder = account(Role.STARTUP);
        String past = LocalDate.now().minusDays(10).toString();
        String later = LocalDate.now().plusDays(60).toString();
        importDocument("""
                {"startups": [{"key": "home-st-%1$s", "name": "Home Robotics %1$s", "stage": "SEED", "region": "CA-ON",
                  "headcount": 3, "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "owner": "%2$s",
                  "openings": [
                    {"key": "home-late-%1$s", "title": "Late opening %1$s", "startDate": "%3$s", "weeks": 12,
                     "hoursPerWeek": 35, "hourlyWage": 20, "workMode": "REMOTE"},
                    {"key": "home-next-%1$s", "title": "Next opening %1$s", "startDate": "%4$s", "weeks": 12,
                     "hoursPerWeek": 35, "hourlyWage": 20, "workMode": "REMOTE"}]}]}
                """.formatted(s, founder, past, later));
        String en = home(founder, "en");
        assertThat(en).contains("Home Robotics " + s).contains("Late opening " + s).contains("Next opening " + s)
                .contains("This start date has passed")
                .contains("href=\"/startups/home-st-" + s + "/openings/home-late-" + s + "/edit\"")
                .contains("Change the start date of Late opening " + s)
                .contains("fewer than 5").contains("Deadlines in the next 30 days")
                .doesNotContain(">home-late-" + s + "<");
        String fr = home(founder, "fr");
        assertThat(fr).contains("Cette date de début est passée").contains("moins de 5")
                .contains("Changez la date de début de Late opening " + s);
    }

    @Test
    void aStudentWithoutAProfileIsAskedToCreateItAndOneWithAThinProfileSeesWhatIsMissing() {
        String student = account(Role.STUDENT);
        assertThat(home(student, "en")).contains("Create your profile").contains("id=\"next-step\" href=\"/student\"");
        assertThat(home(student, "fr")).contains("Créez votre profil");
        String s = unique();
        importDocument("""
                {"students": [{"key": "home-stu-%1$s", "name": "Home Student", "email": "home-%1$s@example.org",
                  "field": "COMPUTER_SCIENCE", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME",
                  "region": "CA-ON", "availableFrom": "2030-05-01", "owner": "%2$s"}]}""".formatted(s, student));
        String en = home(student, "en");
        assertThat(en).contains("What your profile is missing").contains("Add your skills")
                .contains("Say when you are available").contains("Choose how you can work").contains("Your best matches");
        assertThat(home(student, "fr")).contains("Ajoutez vos compétences").contains("Vos meilleurs jumelages");
    }

    @Test
    void anAdministratorSeesProgramsWithStatusAndDeadlineAndIsAskedToPublishADraft() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        assertThat(home(admin, "en")).contains("Create your first program");
        String soon = LocalDate.now().plusDays(5).toString();
        importDocument("""
                {"programs": [
                  {"key": "home-draft-%1$s", "name": "Home Draft %1$s", "kind": "GRANT", "scope": "COMPANY",
                   "status": "DRAFT", "funding": {"currency": "CAD", "maxAmount": 1000}, "owner": "%2$s"},
                  {"key": "home-soon-%1$s", "name": "Home Soon %1$s", "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT",
                   "intake": {"deadline": "%3$s"}, "funding": {"currency": "CAD", "wagePercent": 50}, "owner": "%2$s"}]}
                """.formatted(s, admin, soon));
        String en = home(admin, "en");
        assertThat(en).contains("Home Draft " + s).contains("Home Soon " + s)
                .contains("badge badge-draft\">Draft").contains("badge badge-closing-soon\">Closing soon")
                .contains("Publish Home Draft " + s).contains("Placements it could fund today")
                .contains("No deadline");
        assertThat(en.indexOf("Home Soon " + s)).as("soonest deadline first").isLessThan(en.indexOf("<th scope=\"row\" data-label=\"Program\"><a href=\"/admin/programs/home-draft-"));
        String fr = home(admin, "fr");
        assertThat(fr).contains("Brouillon").contains("Ferme bientôt").contains("Publiez Home Draft " + s)
                .contains("Aucune date limite");
    }

    @Test
    void anOperatorSeesWhatTriadHoldsAndWhetherSearchIsReady() {
        String operator = account(Role.OPERATOR);
        assertThat(home(operator, "en")).contains("<h1>Operations</h1>").contains("Search is ready")
                .contains("id=\"figure-accounts\"").contains("href=\"/operator/import\"");
        assertThat(home(operator, "fr")).contains("<h1>Exploitation</h1>").contains("La recherche est prête");
    }
}
