package io.triad.startup;

import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.importDocument;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.triad.TestApi.FreshDatabase;
import io.triad.web.BrowserTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A founder signs up, creates the company profile and an opening, and sees ranked students with funding. */
@QuarkusTest
@TestProfile(FreshDatabase.class)
class StartupJourneyBrowserTest extends BrowserTest {
    private static final String STARTUP = "/startups/[^/]+";
    private static final String MATCHES = STARTUP + "/openings/[^/]+/matches";

    @Test
    void founderSignsUpCreatesAnOpeningAndSeesRankedStudentsWithTheirFunding() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        seed(run);
        signUp("founder-" + run + "@example.org");
        createStartup("Maple Analytics " + run);
        createOpening("Statistics co-op " + run);

        go("a[href$='/matches']", MATCHES);
        reloadUntil(page -> page.contains("alice-" + run) && page.contains("bruno-" + run)
                && page.contains("chloe-" + run), "the three seeded students");
        check("matches-by-score");
        assertThat(text("h1")).isEqualTo("Students for Statistics co-op " + run);
        assertThat(order(run)).containsExactly("alice", "bruno", "chloe");
        // 20.00 $/h x 30 h x 10 weeks = 6,000.00; 50 % = 3,000.00; Chloé shares her enhanced 70 % = 4,200.00.
        assertThat(card("bruno", run)).contains("Bruno Côté")
                .contains("Maple Wage Subsidy " + run + ": $3,000.00 higher rate possible").contains("python")
                .contains("2 of 4 skills");
        assertThat(card("chloe", run)).contains("Maple Wage Subsidy " + run + ": $4,200.00")
                .doesNotContain("higher rate possible");
        // the flag is explained once, above the cards
        assertThat(text("#enhanced-legend")).startsWith("Higher rate possible: a program so marked pays an enhanced rate");
        // every amount says how it was computed, with the gross wages, the programs together and the net cost
        assertThat(card("bruno", run)).contains("50% of $6,000.00 in gross wages")
                .contains("Gross wages\n$6,000.00").contains("$20.00 an hour × 30 hours a week × 10 weeks")
                .contains("Funding together\n$3,000.00").contains("Cost to the startup after funding\n$3,000.00")
                .containsPattern("Fit: \\d{1,3}%");
        assertThat(card("chloe", run)).contains("enhanced rate: the student shared that they qualify: 70% of $6,000.00")
                .contains("Cost to the startup after funding\n$1,800.00");
        assertThat(text("#fit-legend")).contains("never counts funding");
        scrollTo("li.people-match[data-student='bruno-" + run + "']");
        check("matches-funding-of-bruno");
        assertThat(card("alice", run)).contains("4 of 4 skills").contains("Near misses")
                .contains("Maple Wage Subsidy " + run + ":")
                .contains("Level of study — needs Bachelor's, Master's or Doctorate (PhD), has College")
                .doesNotContain("BACHELOR");

        find("#funded").click();
        go(".people-filters button[type=submit]", MATCHES);
        check("matches-funded-only");
        assertThat(driver.getCurrentUrl()).contains("funded=true");
        assertThat(order(run)).containsExactly("bruno", "chloe");

        find("#funded").click();
        find("#sort-amount").click();
        go(".people-filters button[type=submit]", MATCHES);
        check("matches-most-funding-first");
        assertThat(order(run)).containsExactly("chloe", "bruno", "alice");

        go(".people-crumbs a[href^='/startups/']", STARTUP);
        go("a[href^='/startups/'][href$='/programs']", STARTUP + "/programs");
        check("company-programs");
        assertThat(text("main")).contains("Seed Growth Grant " + run).contains("Up to $25,000.00")
                .contains("Micro Firm Voucher " + run).contains("Maximum headcount — needs at most 5, has 8");
        visit(URI.create(driver.getCurrentUrl()).getPath() + "?lang=fr", "company-programs-fr");
        assertThat(text("main").replace('\u00a0', ' ')).contains("Micro Firm Voucher " + run)
                .contains("Effectif maximal — exigé au plus 5, actuel 8");
        visit("/startups?lang=en", "startups-en");
        deleteStartup("Maple Analytics " + run);
    }

    /** Deletes the startup from its page, through the confirmation step. */
    private void deleteStartup(String name) {
        go(driver.findElement(By.linkText(name)), STARTUP);
        go("a[href$='/delete']", STARTUP + "/delete");
        check("startup-delete-confirm");
        assertThat(text("h1")).isEqualTo("Delete " + name + "?");
        assertThat(text("main")).contains("its 1 opening for good");
        go("button.danger", "/startups");
        check("startup-deleted");
        assertThat(text("#notice")).isEqualTo("The startup and its openings were deleted.");
        assertThat(driver.findElements(By.linkText(name))).isEmpty();
    }

    private void signUp(String email) {
        visit("/signup?role=STARTUP&lang=en", "signup");
        type("#email", email);
        type("#password", PASSWORD);
        go("form.stack button[type=submit]", "/startups");
        check("startups-empty");
        assertThat(text("h1")).isEqualTo("My startups");
    }

    private void createStartup(String name) {
        go("main a[href='/startups/new']", "/startups/new");
        check("startup-new");
        go("form.stack button[type=submit]", "/startups/new");
        check("startup-errors");
        assertThat(text("#error-summary")).contains("Enter the startup's name").contains("Choose the startup's stage");
        type("#name", name);
        new Select(find("#stage")).selectByValue("SEED");
        type("#region", "Ontario");
        type("#city", "Waterloo");
        find("#sectors").click();
        type("#headcount", "8");
        setValue("#foundedOn", "2022-03-01");
        find("#incorporated").click();
        find("#forProfit").click();
        go("form.stack button[type=submit]", STARTUP);
        check("startup-saved");
        assertThat(text("h1")).isEqualTo(name);
        assertThat(text("main")).contains("Saved.").contains("Seed").contains("Waterloo, Ontario").contains("Software");
    }

    private void createOpening(String title) {
        go("a[href$='/openings/new']", STARTUP + "/openings/new");
        check("opening-new");
        type("#title", title);
        type("#description", "Model demand with statistics, python and sql; share results in dashboards.");
        type("#skills", "python, sql, statistics, tableau");
        find("#fields-MATHEMATICS_STATISTICS").click();
        setValue("#startDate", LocalDate.now().plusDays(120).toString());
        type("#weeks", "10");
        type("#hoursPerWeek", "30");
        type("#hourlyWage", "20");
        find("#workMode-REMOTE").click();
        go("form.stack button[type=submit]", STARTUP);
        check("opening-saved");
        assertThat(text("main")).contains(title).contains("10 weeks, 30 hours a week, $20.00 an hour");
    }

    /** Our seeded students in page order (other tests' students may be listed too). */
    private List<String> order(String run) {
        return driver.findElements(By.cssSelector("li.people-match")).stream().map(e -> e.getAttribute("data-student"))
                .filter(k -> k.endsWith("-" + run)).map(k -> k.substring(0, k.length() - run.length() - 1)).toList();
    }

    private String card(String student, String run) {
        WebElement card = find("li.people-match[data-student='" + student + "-" + run + "']");
        return card.getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** A placement program, two company programs and three students who fit a remote statistics opening. */
    private void seed(String run) {
        String from = LocalDate.now().toString();
        String student = """
                { "key": "%s-%s", "name": "%s", "email": "%s-%s@example.org", "field": "MATHEMATICS_STATISTICS",
                  "level": "%s", "enrolment": "%s", "workStatus": "%s", "region": "CA-ON", "skills": [%s],
                  "interests": ["SOFTWARE"], "bio": "Enjoys statistics and data.", "availableFrom": "%s",
                  "workModes": ["REMOTE"], "groups": [%s], "shareEnhancedEligibility": %s }""";
        String body = """
                { "programs": [
                  { "key": "wage-%1$s", "name": "Maple Wage Subsidy %1$s", "regions": ["CA"], "kind": "WAGE_SUBSIDY",
                    "scope": "PLACEMENT", "employer": { "regions": ["CA"], "mustBeIncorporated": true },
                    "student": { "levels": ["BACHELOR", "MASTER", "PHD"] },
                    "placement": { "minWeeks": 8, "minHoursPerWeek": 30 },
                    "funding": { "currency": "CAD", "wagePercent": 50, "capPerPlacement": 5000, "enhancedWagePercent": 70,
                                 "enhancedCapPerPlacement": 7000, "enhancedGroups": ["WOMAN_IN_STEM", "FIRST_YEAR_STUDENT"] } },
                  { "key": "grant-%1$s", "name": "Seed Growth Grant %1$s", "regions": ["CA"], "kind": "GRANT", "scope": "COMPANY",
                    "employer": { "stages": ["SEED", "SERIES_A"], "regions": ["CA"] },
                    "funding": { "currency": "CAD", "maxAmount": 25000 } },
                  { "key": "voucher-%1$s", "name": "Micro Firm Voucher %1$s", "regions": ["CA"], "kind": "VOUCHER", "scope": "COMPANY",
                    "employer": { "maxHeadcount": 5 }, "funding": { "currency": "CAD", "maxAmount": 10000 } } ],
                  "students": [ %2$s, %3$s, %4$s ] }""".formatted(run,
                student.formatted("alice", run, "Alice Martin", "alice", run, "COLLEGE", "ENROLLED_PART_TIME",
                        "INTERNATIONAL", "\"python\", \"sql\", \"statistics\", \"tableau\"", from, "", "false"),
                student.formatted("bruno", run, "Bruno Côté", "bruno", run, "BACHELOR", "ENROLLED_FULL_TIME", "CITIZEN",
                        "\"python\", \"sql\"", from, "\"FIRST_YEAR_STUDENT\"", "false"),
                student.formatted("chloe", run, "Chloé Nguyen", "chloe", run, "MASTER", "ENROLLED_FULL_TIME",
                        "PERMANENT_RESIDENT", "\"python\"", from, "\"WOMAN_IN_STEM\"", "true"));
        importDocument(body);
    }
}
