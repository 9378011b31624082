package io.triad.program;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramEditingBrowserTest extends BrowserTest {
    @Test
    void administratorEditsInFrenchThenDraftsPublishesClosesAndDeletesAProgram() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "bon-numerique-" + s;
        given().auth().preemptive().basic(admin, PASSWORD).contentType(ContentType.JSON).body("""
                {"key": "%s", "name": "Bon pour l'adoption numérique %s", "language": "fr", "kind": "VOUCHER",
                 "scope": "COMPANY", "regions": ["CA-QC"], "summary": "Rembourse des services numériques.",
                 "employer": {"stages": ["SEED", "SERIES_A"], "mustBeIncorporated": true, "maxHeadcount": 99},
                 "funding": {"currency": "CAD", "maxAmount": 15000}}""".formatted(key, s))
                .put("/api/programs/" + key).then().statusCode(201);
        logIn(admin, "fr");

        visit("/admin/programs?lang=fr", "mes-programmes");
        assertThat(text("h1")).isEqualTo("Mes programmes");
        String edit = "/admin/programs/" + key + "/edit";
        go("a[href='" + edit + "']", edit);
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
        go("button[value=draft]", edit);
        check("modifier-programme-erreur");
        assertThat(text("#funding-currency-error")).as("the error names its field, like the other forms")
                .isEqualTo("Devise : Saisissez un code de devise de trois lettres comme CAD.");
        assertThat(find("#funding-maxAmount").getAttribute("value")).isEqualTo("20000");
        type("#funding-currency", "CAD");
        go("button[value=draft]", "/admin/programs");
        check("brouillon-enregistre");
        assertThat(text("#notice")).isEqualTo("Le programme " + key + " a été enregistré comme brouillon.");
        assertThat(text("#program-" + key)).contains("Brouillon");

        go("#program-" + key + " form[action$='/publish'] button", "/admin/programs");
        check("programme-publie");
        assertThat(text("#program-" + key)).contains("Publié");
        visit("/programs/" + key, "programme-public");
        assertThat(text("[data-rule='funding.maxAmount']")).contains("20 000,00");
        visit("/admin/programs/" + key + "/matches", "stages-programme-entreprise");
        assertThat(text("main")).contains("Ce programme finance des entreprises, pas des stages");

        visit("/admin/programs", "mes-programmes-publie");
        go("#program-" + key + " form[action$='/close'] button", "/admin/programs");
        check("programme-ferme");
        assertThat(text("#program-" + key)).contains("Fermé");
        go("a[href='/admin/programs/" + key + "/delete']", "/admin/programs/" + key + "/delete");
        check("confirmer-suppression");
        assertThat(text("h1")).isEqualTo("Supprimer Bon pour l'adoption numérique " + s + " ?");
        go("form[action$='/delete'] button[type=submit]", "/admin/programs");
        check("programme-supprime");
        assertThat(text("#notice")).isEqualTo("Le programme " + key + " a été supprimé.");
        assertThat(driver.findElements(org.openqa.selenium.By.id("program-" + key))).isEmpty();
        given().auth().preemptive().basic(admin, PASSWORD).get("/api/programs/" + key).then().statusCode(404);
    }
}
