package io.triad.program;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.eventually;
import static io.triad.TestApi.importAs;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
class ProgramAdminJourneyBrowserTest extends BrowserTest {
    /** A startup (owned by {@code founder}) with one opening, and a student who fits it. */
    private record Seed(String founder, String opening, String student) {
    }

    @Test
    void administratorPublishesAProgramWithTheRuleBuilderAndItFundsAStartupsMatch() {
        String s = unique();
        Seed seed = seedStartupOpeningAndStudent(s);
        String program = "ontario-coop-" + s;

        signUpAsAdministrator(s);
        go("a[href='/admin/programs/new']", "/admin/programs/new");
        check("rule-builder-new");
        fillRuleBuilder(program, s);
        go("button[value=publish]", "/admin/programs/new");

        check("rule-builder-min-above-max");
        find("#error-summary a[href='#employer-maxHeadcount']").click();
        check("rule-builder-error-beside-field");
        assertThat(text("#error-summary")).contains("Maximum headcount: Must be at least the value of “Minimum headcount”.");
        assertThat(text("#employer-maxHeadcount-error")).contains("Minimum headcount");
        assertThat(find("#employer-maxHeadcount").getAttribute("aria-describedby")).contains("employer-maxHeadcount-error");
        assertThat(find("#employer-minHeadcount").getAttribute("value")).isEqualTo("50");
        assertThat(find("#employer-maxHeadcount").getAttribute("value")).isEqualTo("10");
        assertThat(find("#funding-wagePercent").getAttribute("value")).isEqualTo("62.5");
        assertThat(find("#employer-stages-SEED").isSelected()).isTrue();
        assertThat(find("#employer-stages-IDEA").isSelected()).isFalse();
        assertThat(find("#student-levels-MASTER").isSelected()).isTrue();
        assertThat(new Select(find("#kind")).getFirstSelectedOption().getAttribute("value")).isEqualTo("WAGE_SUBSIDY");
        assertThat(find("#key").getAttribute("value")).isEqualTo(program);

        type("#employer-minHeadcount", "1");
        type("#employer-maxHeadcount", "100");
        go("button[value=publish]", "/admin/programs");
        check("programs-after-publish");
        assertThat(text("#notice")).isEqualTo("The program " + program + " is published.");
        assertThat(text("#program-" + program)).contains("Ontario co-op wage boost " + s).contains("Published");
        go("#program-" + program + " a[href='/admin/dashboard/" + program + "']", "/admin/dashboard/" + program);
        check("dashboard-from-programs-list");
        assertThat(text("h1")).contains("Ontario co-op wage boost " + s);
        go("nav a[href='/admin/dashboard']", "/admin/dashboard");
        check("dashboards-from-navigation");
        assertThat(text("main")).contains("Ontario co-op wage boost " + s);

        assertMatchFundedBy(seed, program, new BigDecimal("3750.00"));
        visit("/admin/programs/" + program + "/matches", "best-placements");
        // people and openings by name, never by key; the fit as a percentage, explained once above the table
        assertThat(text("tr[data-student='" + seed.student() + "']")).contains("Machine learning co-op · Northwind Robotics")
                .contains("Amara Okafor").doesNotContain(seed.opening()).doesNotContain(seed.student())
                .containsPattern("\\d{1,3}%").contains("$3,750.00").contains("python").contains("Field of study fits");
        assertThat(text("#fit-legend")).contains("never counts funding");
        visit("/programs/" + program, "program-rules");
        assertThat(text("[data-rule='employer.maxHeadcount']")).isEqualTo("The company has at most 100 employees.");
        assertThat(text("[data-rule='funding.wagePercent']")).isEqualTo("Pays 62.5% of the gross wages, up to $5,000.00 per placement.");
        assertThat(text("[data-rule='employer.stages']")).isEqualTo("The company's stage is one of: Seed, Series A.");
    }

    private void signUpAsAdministrator(String s) {
        visit("/signup?role=PROGRAM_ADMIN&lang=en", "signup-administrator");
        type("#email", "journey-admin-" + s + "@example.org");
        type("#password", PASSWORD);
        go("form.stack button[type=submit]", "/admin/programs");
        check("programs-empty");
        assertThat(text("h1")).isEqualTo("My programs");
    }

    private void fillRuleBuilder(String program, String s) {
        type("#key", program);
        type("#name", "Ontario co-op wage boost " + s);
        type("#agency", "Ontario Ministry of Colleges (example)");
        type("#regions", "CA-ON");
        new Select(find("#kind")).selectByValue("WAGE_SUBSIDY");
        new Select(find("#scope")).selectByValue("PLACEMENT");
        type("#summary", "Pays part of the wages of a co-op student hired by a young Ontario hardware company.");
        type("#url", "https://example.org/ontario-coop");
        driver.executeScript("arguments[0].value = arguments[1]", find("#intake-deadline"),
                LocalDate.now().plusYears(1).toString());
        find("#employer-stages-SEED").click();
        find("#employer-stages-SERIES_A").click();
        type("#employer-minHeadcount", "50");
        type("#employer-maxHeadcount", "10");
        type("#employer-regions", "CA-ON");
        find("#employer-sectors-HARDWARE").click();
        find("#employer-mustBeIncorporated").click();
        find("#student-levels-BACHELOR").click();
        find("#student-levels-MASTER").click();
        find("#student-fields-COMPUTER_SCIENCE").click();
        find("#student-enrolment-ENROLLED_FULL_TIME").click();
        type("#placement-minWeeks", "8");
        type("#placement-minHoursPerWeek", "30");
        type("#funding-wagePercent", "62.5");
        type("#funding-capPerPlacement", "5000");
    }

    /** GET /api/openings/{key}/matches as the startup's owner until the student is funded by the program (index: async). */
    @SuppressWarnings("unchecked")
    private static void assertMatchFundedBy(Seed seed, String program, BigDecimal amount) {
        Map<String, Object> funded = eventually("program " + program + " funds " + seed.student())
                .until(() -> fundingBy(seed, program), Optional::isPresent).get();
        Map<String, Object> value = (Map<String, Object>) funded.get("amount");
        assertThat((BigDecimal) value.get("value")).isEqualByComparingTo(amount);
        assertThat(value.get("currency")).isEqualTo("CAD");
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> fundingBy(Seed seed, String program) {
        String body = given().auth().preemptive().basic(seed.founder(), PASSWORD)
                .get("/api/openings/" + seed.opening() + "/matches").then().statusCode(200).extract().asString();
        List<Map<String, Object>> items = new JsonPath(body)
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getList("items");
        return items.stream().filter(i -> seed.student().equals(i.get("student")))
                .flatMap(i -> ((List<Map<String, Object>>) i.get("programs")).stream())
                .filter(p -> program.equals(p.get("program"))).findFirst();
    }

    /** 20.00 an hour, 30 hours a week, 10 weeks: 6,000 of wages; 62.5% of it is 3,750 (under the 5,000 cap). */
    private Seed seedStartupOpeningAndStudent(String s) {
        String operator = account(Role.OPERATOR);
        String founder = account(Role.STARTUP);
        LocalDate start = LocalDate.now().plusDays(60);
        String opening = "northwind-ml-" + s;
        String student = "amara-" + s;
        importAs(operator, """
                {"startups": [{"key": "northwind-%1$s", "name": "Northwind Robotics %1$s", "stage": "SEED",
                  "region": "CA-ON", "sectors": ["HARDWARE", "SOFTWARE"], "headcount": 12, "foundedOn": "2023-05-01",
                  "incorporated": true, "forProfit": true, "owner": "%2$s",
                  "openings": [{"key": "%3$s", "title": "Machine learning co-op",
                    "description": "Train grasping models in Python and PyTorch.", "skills": ["python", "pytorch"],
                    "levels": ["BACHELOR", "MASTER"], "fields": ["COMPUTER_SCIENCE"], "startDate": "%4$s",
                    "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20.00, "workMode": "HYBRID"}]}],
                 "students": [{"key": "%5$s", "name": "Amara Okafor", "email": "%5$s@example.org",
                  "field": "COMPUTER_SCIENCE", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME",
                  "workStatus": "PERMANENT_RESIDENT", "birthDate": "2005-09-14", "region": "CA-ON",
                  "skills": ["python", "pytorch"], "availableFrom": "%6$s", "availableUntil": "%7$s",
                  "workModes": ["HYBRID"]}]}""".formatted(s, founder, opening, start, student, LocalDate.now(),
                start.plusYears(1)));
        return new Seed(founder, opening, student);
    }
}
