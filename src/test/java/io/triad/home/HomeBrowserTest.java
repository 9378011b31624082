package io.triad.home;

import static io.triad.TestApi.account;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every role lands on its own home after log-in, accessible and in both languages, and its next step leads on. */
@QuarkusTest
class HomeBrowserTest extends BrowserTest {

    @Test
    void eachRoleLandsOnItsHomeAndFollowsTheNextStep() {
        String s = unique();
        String founder = account(Role.STARTUP);
        importDocument("""
                {"startups": [{"key": "hb-st-%1$s", "name": "Browser Robotics %1$s", "stage": "SEED", "region": "CA-ON",
                  "headcount": 3, "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "owner": "%2$s",
                  "openings": [{"key": "hb-op-%1$s", "title": "Robot tamer %1$s", "startDate": "%3$s", "weeks": 12,
                     "hoursPerWeek": 35, "hourlyWage": 20, "workMode": "REMOTE"}]}]}
                """.formatted(s, founder, LocalDate.now().plusDays(40)));
        logIn(founder, "en");
        check("home-founder");
        assertThat(text("h1")).isEqualTo("Your startups");
        assertThat(text("table.home-table")).contains("Robot tamer " + s);
        go("#next-step", "/startups/hb-st-" + s + "/openings/hb-op-" + s + "/matches");

        logIn(account(Role.STUDENT), "fr");
        check("home-student-fr");
        assertThat(text("#next-step")).isEqualTo("Créez votre profil");
        go("#next-step", "/student");

        logIn(account(Role.PROGRAM_ADMIN), "en");
        check("home-admin");
        go("#next-step", "/admin/programs/new");

        logIn(account(Role.OPERATOR), "fr");
        check("home-operator-fr");
        assertThat(text("h1")).isEqualTo("Exploitation");
    }
}
