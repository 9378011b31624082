package io.triad.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

@QuarkusTest
class OperatorAccountsBrowserTest extends BrowserTest {
    private static final String PASSWORD = "operator-pass-1";

    @Inject
    AccountService accounts;

    @Test
    void anOperatorFindsAnAccountByEmailAndListsTheOperatorsInFrench() {
        String email = "operator-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, PASSWORD, Role.OPERATOR);
        visit("/login?lang=en", "login");
        type("#email", email);
        type("#password", PASSWORD);
        find("form.stack button[type=submit]").click();
        // The next visit would otherwise race the log-in's redirect and lose to it, landing on the home page.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));

        visit("/operator/accounts?lang=en&q=" + email, "operator-accounts");
        assertThat(text("table.ops-table tbody")).contains(email).contains("Operator");
        visit("/operator/accounts?lang=fr&role=OPERATOR", "operator-accounts-fr");
        assertThat(text("h1")).isEqualTo("Comptes");
        assertThat(text("table.ops-table thead")).contains("Courriel").contains("Profils étudiants");
    }
}
