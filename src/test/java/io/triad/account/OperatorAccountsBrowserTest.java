package io.triad.account;

import static io.triad.TestApi.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorAccountsBrowserTest extends BrowserTest {
    @Test
    void anOperatorFindsAnAccountByEmailAndListsTheOperatorsInFrench() {
        String email = account(Role.OPERATOR);
        logIn(email, "en");

        visit("/operator/accounts?lang=en&q=" + email, "operator-accounts");
        assertThat(text("table.ops-table tbody")).contains(email).contains("Operator");
        visit("/operator/accounts?lang=fr&role=OPERATOR", "operator-accounts-fr");
        assertThat(text("h1")).isEqualTo("Comptes");
        assertThat(text("table.ops-table thead")).contains("Courriel").contains("Profils étudiants");
    }
}
