package io.triad.web;

import static io.triad.TestApi.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy in a real browser (ASVS 5.0 V3.4.3). Every browser journey (startup, student, program
 * administrator, operator, public pages) fails on any CSP violation Chromium logs ({@link BrowserTest}); this class
 * proves that check can fail, and signs out through the layout's log-out form (a POST with the session's token).
 */
@QuarkusTest
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Test
    @DisplayName("V3.4.3: an inline style attribute or inline script is refused by the browser and fails the check")
    void theCheckFailsOnAViolation() {
        visit("/?lang=en", "home-before-inline-style");
        driver.executeScript("document.querySelector('main').setAttribute('style', 'color: red');");
        assertThatThrownBy(() -> check("home-inline-style")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Content Security Policy");
        driver.executeScript("const s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
                + " document.body.appendChild(s);");
        assertThat(driver.executeScript("return window.injected === undefined")).isEqualTo(true);
        assertThat(cspViolations()).isNotEmpty();
    }

    @Test
    @DisplayName("V3.4.3, V7.4.1: a student walks the main pages without violation and signs out through the form")
    void aStudentSignsOutThroughTheLogOutForm() {
        String email = account(Role.STUDENT);
        logIn(email, "en");
        visit("/student", "student-profile");
        visit("/programs", "programs-signed-in");
        go(".account form[action='/logout'] button[type=submit]", "/");
        check("signed-out");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector(".who"))).isEmpty();
        assertThat(find(".account a[href='/login']").isDisplayed()).isTrue();
        open("/student", "/login");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }
}
