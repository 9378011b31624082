package io.triad.round;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.web.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A round in a real browser, each page checked by axe: the operator creates it from the form, a student ranks two
 * openings and reorders them with the keyboard alone (Enter on the up button, a plain form post), both founders take
 * the engine's order, the operator runs the round and its page refreshes itself until the figures show; the student
 * reads the result in English and French.
 */
@QuarkusTest
@Tag("browser")
class RoundJourneyBrowserTest extends BrowserTest {

    @Test
    void operatorCreatesStudentRanksByKeyboardOperatorRunsEveryoneReadsTheResult() {
        RoundWorld w = new RoundWorld(1);
        logIn(w.operator, "en");
        visit("/rounds", "rounds-operator");
        type("#name", "Browser " + w.s);
        type("#openings", w.a + " " + w.c);
        setValue("#closesOn", "2090-12-31");
        type("#seed", "21");
        go("#create-heading + form button[type=submit]", "/rounds/.+");
        check("round-created");
        String round = driver.getCurrentUrl().replaceAll(".*/rounds/", "");

        switchTo(w.accounts.get(0));
        visit("/rounds/" + round, "round-student");
        for (String opening : List.of(w.a, w.c)) {
            press("form[action$='/student'] input[name=opening][value='" + opening + "'] ~ button");
        }
        assertThat(ranked()).containsExactly(w.a, w.c);
        press(".round-ranking li[data-key='" + w.c + "'] input[name=action][value=up] ~ button");
        assertThat(ranked()).containsExactly(w.c, w.a);
        check("round-ranked");

        for (String founder : List.of(w.founder, w.otherFounder)) {
            switchTo(founder);
            visit("/rounds/" + round, "round-founder");
            press("input[name=action][value=engine] ~ button");
            check("round-engine-order");
        }

        switchTo(w.operator);
        visit("/rounds/" + round, "round-to-run");
        go("#run", "/rounds/.+");
        Awaitility.await("the round's figures").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    driver.navigate().refresh();
                    return !driver.findElements(By.id("figures")).isEmpty();
                });
        check("round-figures");
        assertThat(text("#match-rate")).contains("1 of 1");

        switchTo(w.accounts.get(0));
        visit("/rounds/" + round, "round-result");
        assertThat(text("#results")).contains("Matched with " + w.shown(w.c) + ", your choice number 1.");
        visit("/rounds/" + round + "?lang=fr", "round-result-fr");
        assertThat(text("#results")).contains("Jumelé avec " + w.shown(w.c));
    }

    /** Focuses the button and presses Enter: the keyboard alone, waiting for the page the form post leads to. */
    private void press(String css) {
        WebElement button = find(css);
        WebElement old = find("html");
        button.sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> {
                    try {
                        old.isEnabled();
                        return false;
                    } catch (org.openqa.selenium.WebDriverException e) {
                        return "complete".equals(driver.executeScript("return document.readyState"));
                    }
                });
    }

    private List<String> ranked() {
        return driver.findElements(By.cssSelector("#student-ranking .round-ranking li")).stream()
                .map(e -> e.getAttribute("data-key")).toList();
    }

    private void switchTo(String email) {
        driver.manage().deleteAllCookies();
        logIn(email, "en");
    }
}
