package io.triad.program;

import static io.restassured.RestAssured.given;
import static io.triad.program.ProgramFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramEditingBrowserTest extends BrowserTest {
    @Inject
    AccountService accounts;

    @Test
    void administratorEditsInFrenchThenDraftsPublishesClosesAndDeletesAProgram() {
        String s = ProgramFixtures.suffix();
        String admin = ProgramFixtures.account(accounts, Role.PROGRAM_ADMIN, s);
        String key = "bon-numerique-" + s;
        given().auth().preemptive().basic(admin, PASSWORD).contentType(ContentType.JSON).body("""
                {"key": "%s", "name": "Bon pour l'adoption numérique %s", "language": "fr", "kind": "VOUCHER",
                 "scope": "COMPANY", "regions": ["CA-QC"], "summary": "Rembourse des services numériques.",
                 "employer": {"stages": ["SEED", "SERIES_A"], "mustBeIncorporated": true, "maxHeadcount": 99},
                 "funding": {"currency": "CAD", "maxAmount": 15000}}""".formatted(key, s))
                .put("/api/programs/" + key).then().statusCode(201);
        logIn(admin);

        visit("/admin/programs?lang=fr", "mes-programmes");
        assertThat(text("h1")).isEqualTo("Mes programmes");
        find("a[href='/admin/programs/" + key + "/edit']").click();
        check("modifier-programme");
        assertThat(text("h1")).isEqualTo("Modifier Bon pour l'adoption numérique " + s);
        assertThat(text("#section-employer legend")).isEqualTo("Employeur");
        assertThat(find("#funding-maxAmount").getAttribute("value")).isEqualTo("15000");
        assertThat(find("#employer-maxHeadcount").getAttribute("value")).isEqualTo("99");
        assertThat(find("#employer-stages-SERIES_A").isSelected()).isTrue();
        assertThat(find("#employer-mustBeIncorporated").isSelected()).isTrue();
        assertThat(find("#regions").getAttribute("value")).isEqualTo("CA-QC");

        type("#funding-maxAmount", "20000");
        type("#funding-currency", "XYZ");
        find("button[value=draft]").click();
        check("modifier-programme-erreur");
        assertThat(text("#funding-currency-error")).isEqualTo("Saisissez un code de devise de trois lettres comme CAD.");
        assertThat(find("#funding-maxAmount").getAttribute("value")).isEqualTo("20000");
        type("#funding-currency", "CAD");
        find("button[value=draft]").click();
        check("brouillon-enregistre");
        assertThat(text("#notice")).isEqualTo("Le programme " + key + " a été enregistré comme brouillon.");
        assertThat(text("#program-" + key)).contains("Brouillon");

        find("#program-" + key + " form[action$='/publish'] button").click();
        check("programme-publie");
        assertThat(text("#program-" + key)).contains("Publié");
        visit("/programs/" + key, "programme-public");
        assertThat(text("[data-rule='funding.maxAmount']")).contains("20 000,00");
        visit("/admin/programs/" + key + "/matches", "stages-programme-entreprise");
        assertThat(text("main")).contains("Ce programme finance des entreprises, pas des stages");

        visit("/admin/programs", "mes-programmes-publie");
        find("#program-" + key + " form[action$='/close'] button").click();
        check("programme-ferme");
        assertThat(text("#program-" + key)).contains("Fermé");
        find("a[href='/admin/programs/" + key + "/delete']").click();
        check("confirmer-suppression");
        assertThat(text("h1")).isEqualTo("Supprimer Bon pour l'adoption numérique " + s + " ?");
        find("form[action$='/delete'] button[type=submit]").click();
        check("programme-supprime");
        assertThat(text("#notice")).isEqualTo("Le programme " + key + " a été supprimé.");
        assertThat(driver.findElements(org.openqa.selenium.By.id("program-" + key))).isEmpty();
        given().auth().preemptive().basic(admin, PASSWORD).get("/api/programs/" + key).then().statusCode(404);
    }

    private void logIn(String email) {
        visit("/login?lang=fr", "connexion");
        type("#email", email);
        type("#password", PASSWORD);
        find("form.stack button[type=submit]").click();
    }
}
