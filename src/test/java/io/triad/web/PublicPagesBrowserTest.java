package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicPagesBrowserTest extends BrowserTest {

    @Test
    void visitorSignsUpAsAStudentAndLandsSignedIn() {
        visit("/?lang=en", "home");
        assertThat(text("h1")).contains("Hire students");
        go("a[href='/signup?role=STUDENT']", "/signup");
        check("signup");
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        type("#email", email);
        type("#password", TestApi.PASSWORD);
        go("form.stack button[type=submit]", "/student");
        visit("/", "home-signed-in");
        assertThat(text(".who")).contains(email);
    }

    @Test
    void screenshotsShowTheWholePageNotOnlyTheWindow() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 400));
        try {
            visit("/?lang=en", "home-short-window");
            long pageHeight = ((Number) driver.executeScript(
                    "return document.documentElement.scrollHeight")).longValue();
            long windowHeight = ((Number) driver.executeScript("return window.innerHeight")).longValue();
            assertThat(pageHeight).isGreaterThan(windowHeight);
            byte[] png = fullPageScreenshot();
            // PNG: width and height are the big-endian integers at bytes 16 and 20 of the IHDR chunk.
            long height = java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
            assertThat(height).isGreaterThanOrEqualTo(pageHeight - 1).isGreaterThan(windowHeight);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void theAccessibilityCheckFailsOnASeriousViolation() {
        visit("/?lang=en", "home-before-breaking");
        driver.executeScript("const img = document.createElement('img'); img.src = '/favicon.ico';"
                + " document.querySelector('main').appendChild(img);");
        assertThatThrownBy(() -> check("home-image-without-alt")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical)");
    }

    @Test
    void signUpErrorsAreListedAndValuesKept() {
        visit("/signup?lang=en", "signup-empty");
        type("#email", "not-an-email");
        go("form.stack button[type=submit]", "/signup");
        check("signup-errors");
        assertThat(text("#error-summary")).contains("Enter an email address").contains("10 to 1,024 bytes")
                .contains("Choose what you are");
        assertThat(find("#email").getAttribute("value")).isEqualTo("not-an-email");
    }

    @Test
    void frenchIsChosenWithTheSwitchAndKept() {
        visit("/?lang=en", "home-en");
        go("a.lang", "/");
        check("home-fr");
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(text("h1")).contains("Embauchez des étudiants");
        visit("/login", "login-fr");
        assertThat(text("h1")).isEqualTo("Se connecter");
    }
}
