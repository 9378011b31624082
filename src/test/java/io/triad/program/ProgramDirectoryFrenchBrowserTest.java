package io.triad.program;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.account;
import static io.triad.TestApi.eventually;
import static io.triad.TestApi.importAs;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
class ProgramDirectoryFrenchBrowserTest extends BrowserTest {
    private static final String QUERY = "q=stagiaires&region=CA-QC&kind=INTERNSHIP_GRANT";

    @Test
    void visitorSearchesTheDirectoryInFrenchFiltersPagesAndOpensAProgram() {
        String s = unique();
        List<String> wanted = List.of("Stages en innovation au Québec " + s, "Bourse d'accueil de stagiaires " + s,
                "Programme canadien de stages rémunérés " + s);
        List<String> unwanted = List.of("Subvention salariale pour stagiaires " + s, "Stagiaires en Ontario " + s);
        seedFrenchPrograms(s);
        long total = waitUntilSearchable(List.of("qc-innovation-" + s, "qc-accueil-" + s, "ca-remuneres-" + s));

        visit("/programs?lang=fr", "repertoire");
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(text("h1")).isEqualTo("Répertoire des programmes");
        assertThat(text("label[for=q]")).isEqualTo("Rechercher des programmes");
        type("#q", "stagiaires");
        type("#region", "Québec");
        new Select(find("#kind")).selectByValue("INTERNSHIP_GRANT");
        type("#size", "2");
        go("form.prog-search button[type=submit]", "/programs");
        check("repertoire-resultats");
        assertThat(text("#results-heading")).isEqualTo("Résultats");
        assertThat(text(".prog-count")).startsWith(total + " programmes trouvés · Page 1 sur " + (total + 1) / 2);
        assertThat(driver.findElements(By.cssSelector(".prog-cards > li"))).hasSize(2);

        Map<String, String> pageOf = collectAcrossPages();
        assertThat(pageOf.keySet()).containsAll(wanted).doesNotContainAnyElementsOf(unwanted).hasSize((int) total);
        String name = wanted.get(0);
        open(pageOf.get(name), "/programs");
        go(driver.findElement(By.linkText(name)), "/programs/qc-innovation-" + s);
        check("programme-detail");
        assertDetailInFrench(name, s);
    }

    /** Follows "Suivant" to the last page; each program name with the address of the page that listed it. */
    private Map<String, String> collectAcrossPages() {
        Map<String, String> pageOf = new LinkedHashMap<>();
        for (int page = 1; page <= 50; page++) {
            for (WebElement link : driver.findElements(By.cssSelector(".prog-cards h3 a"))) {
                pageOf.put(link.getText(), driver.getCurrentUrl());
            }
            List<WebElement> next = driver.findElements(By.cssSelector("a[rel=next]"));
            if (next.isEmpty()) {
                break;
            }
            assertThat(next.get(0).getText()).isEqualTo("Suivant");
            go(next.get(0), "/programs");
            check("repertoire-page-" + (page + 1));
        }
        return pageOf;
    }

    private void assertDetailInFrench(String name, String s) {
        assertThat(text("h1")).isEqualTo(name);
        List<String> headings = new ArrayList<>();
        driver.findElements(By.cssSelector("main h2, main h3")).forEach(h -> headings.add(h.getText()));
        assertThat(headings).contains("Règles d'admissibilité", "Période de demande", "Employeur", "Étudiant", "Stage",
                "Financement");
        assertThat(text("[data-rule='placement.minWeeks']")).isEqualTo("Le stage dure au moins 12 semaines.");
        assertThat(text("[data-rule='employer.regions']")).isEqualTo("L'entreprise est située dans : Québec.");
        assertThat(text("[data-rule='student.levels']"))
                .isEqualTo("Le niveau d'études de l'étudiant est l'un des suivants : Baccalauréat, Maîtrise.");
        assertThat(text("[data-rule='intake.deadline']")).isEqualTo("Les demandes ferment le 31 décembre 2027.");
        assertThat(spaces(text("[data-rule='funding.flatPerPlacement']")))
                .matches("Verse un montant fixe de 3 000,00 \\$( CA)? par stage\\.");
        assertThat(find("a.prog-source").getAttribute("href")).isEqualTo("https://example.org/qc-innovation-" + s);
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** The API's count for the same search, once the three programs are in the search index. */
    private static long waitUntilSearchable(List<String> keys) {
        return eventually("the programs " + keys + " are searchable")
                .until(() -> given().get("/api/programs?" + QUERY + "&size=1000").then().statusCode(200).extract()
                        .jsonPath(), page -> page.getList("items.key").containsAll(keys))
                .getLong("total");
    }

    private void seedFrenchPrograms(String s) {
        String operator = account(Role.OPERATOR);
        importAs(operator, """
                {"programs": [
                 {"key": "qc-innovation-%1$s", "name": "Stages en innovation au Québec %1$s", "language": "fr",
                  "agency": "Ministère de l'Économie (exemple)", "regions": ["CA-QC"], "kind": "INTERNSHIP_GRANT",
                  "scope": "PLACEMENT", "url": "https://example.org/qc-innovation-%1$s",
                  "summary": "Aide les jeunes pousses à accueillir un stagiaire universitaire pendant l'été.",
                  "intake": {"opens": "2026-01-05", "deadline": "2027-12-31"},
                  "employer": {"regions": ["CA-QC"]}, "student": {"levels": ["BACHELOR", "MASTER"]},
                  "placement": {"minWeeks": 12}, "funding": {"currency": "CAD", "flatPerPlacement": 3000}},
                 {"key": "qc-accueil-%1$s", "name": "Bourse d'accueil de stagiaires %1$s", "language": "fr",
                  "regions": ["CA-QC"], "kind": "INTERNSHIP_GRANT", "scope": "PLACEMENT",
                  "summary": "Une bourse pour chaque stagiaire en génie accueilli par une entreprise technologique.",
                  "funding": {"currency": "CAD", "wagePercent": 40, "capPerPlacement": 4000}},
                 {"key": "ca-remuneres-%1$s", "name": "Programme canadien de stages rémunérés %1$s", "language": "fr",
                  "regions": ["CA"], "kind": "INTERNSHIP_GRANT", "scope": "PLACEMENT",
                  "summary": "Subvention pour embaucher une ou un stagiaire dans une jeune entreprise.",
                  "funding": {"currency": "CAD", "wagePercent": 50}},
                 {"key": "qc-salaire-%1$s", "name": "Subvention salariale pour stagiaires %1$s", "language": "fr",
                  "regions": ["CA-QC"], "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT",
                  "summary": "Rembourse le salaire d'un stagiaire.", "funding": {"currency": "CAD", "wagePercent": 50}},
                 {"key": "on-stagiaires-%1$s", "name": "Stagiaires en Ontario %1$s", "language": "fr",
                  "regions": ["CA-ON"], "kind": "INTERNSHIP_GRANT", "scope": "PLACEMENT",
                  "summary": "Pour chaque stagiaire accueilli en Ontario.", "funding": {"currency": "CAD"}}]}"""
                .formatted(s));
    }
}
