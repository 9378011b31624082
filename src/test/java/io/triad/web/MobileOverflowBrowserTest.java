package io.triad.web;

import static io.triad.TestApi.account;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Every page at 390 px (a phone): nothing pushes the page sideways (tables scroll inside themselves, long words wrap),
 * and the header folds into a menu that opens without any script.
 */
@QuarkusTest
class MobileOverflowBrowserTest extends BrowserTest {
    private static final int PHONE = 390;

    @Test
    void noPageOverflowsA390PixelScreenInEitherLanguage() {
        String s = unique();
        String founder = account(Role.STARTUP);
        String student = account(Role.STUDENT);
        String admin = account(Role.PROGRAM_ADMIN);
        importDocument("""
                {"programs": [{"key": "mob-%1$s", "name": "Mobile wage subsidy with a rather long name %1$s",
                   "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT", "regions": ["CA"], "owner": "%4$s",
                   "intake": {"deadline": "%5$s"}, "funding": {"currency": "CAD", "wagePercent": 50, "capPerPlacement": 5000}}],
                 "startups": [{"key": "mob-st-%1$s", "name": "Mobile Robotics %1$s", "stage": "SEED", "region": "CA-ON",
                  "headcount": 3, "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "owner": "%2$s",
                  "openings": [{"key": "mob-op-%1$s", "title": "Phone tester %1$s", "startDate": "%6$s", "weeks": 12,
                     "hoursPerWeek": 35, "hourlyWage": 20, "workMode": "REMOTE", "skills": ["kotlin"]}]}],
                 "students": [{"key": "mob-stu-%1$s", "name": "Mobile Student %1$s", "email": "mob-%1$s@example.org",
                  "field": "COMPUTER_SCIENCE", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON",
                  "skills": ["kotlin"], "workModes": ["REMOTE"], "availableFrom": "%7$s", "owner": "%3$s"}]}
                """.formatted(s, founder, student, admin, LocalDate.now().plusDays(10), LocalDate.now().plusDays(40),
                LocalDate.now()));
        String st = "/startups/mob-st-" + s;
        String op = st + "/openings/mob-op-" + s;
        List<String> failures = new ArrayList<>();
        phone(List.of("/", "/login", "/signup", "/programs", "/programs/mob-" + s), failures);
        visit("/signup?lang=en", "signup-radios");
        for (String id : List.of("role", "role-student", "role-admin")) {
            int radio = find("#" + id).getRect().getY() + find("#" + id).getRect().getHeight() / 2;
            org.openqa.selenium.Rectangle label = find("label[for='" + id + "']").getRect();
            assertThat(radio).as("radio " + id + " beside its label").isBetween(label.getY(), label.getY() + label.getHeight());
        }
        logIn(founder, "en");
        phone(List.of("/home", "/startups", "/startups/new", st, st + "/edit", st + "/openings/new", op + "/edit",
                op + "/matches", st + "/programs", st + "/delete", "/invitations", "/placements", "/account",
                "/account/delete"), failures);
        logIn(student, "fr");
        phone(List.of("/home", "/student", "/student/matches", "/student/preview", "/invitations", "/placements"),
                failures);
        logIn(admin, "en");
        String p = "/admin/programs/mob-" + s;
        phone(List.of("/home", "/admin/programs", "/admin/programs/new", p + "/edit", p + "/matches",
                p + "/applications", "/admin/dashboard", "/admin/dashboard/mob-" + s), failures);
        logIn(account(Role.OPERATOR), "en");
        phone(List.of("/home", "/operator/import", "/operator/accounts"), failures);
        assertThat(failures).as("pages wider than " + PHONE + " px").isEmpty();
    }

    /** Visits each page at 390 px in both languages and notes any that scrolls sideways; the window comes back after. */
    private void phone(List<String> paths, List<String> failures) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(PHONE, 900));
        try {
            assertThat(((Number) driver.executeScript("return window.innerWidth")).intValue()).isEqualTo(PHONE);
            for (String path : paths) {
                for (String lang : List.of("en", "fr")) {
                    visit(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, "phone" + path.replace('/', '-')
                            + "-" + lang);
                    long overflow = ((Number) driver.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                            .longValue();
                    if (overflow > 0) {
                        failures.add(path + " (" + lang + "): " + overflow + " px too wide");
                    }
                }
            }
            assertThat(find("details.nav-compact").isDisplayed()).as("the compact menu at " + PHONE + " px").isTrue();
            find("details.nav-compact summary").click();
            assertThat(find("details.nav-compact .nav").isDisplayed()).as("the menu opens without script").isTrue();
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
