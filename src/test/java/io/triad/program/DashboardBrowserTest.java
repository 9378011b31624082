package io.triad.program;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi.DashboardWorld;
import io.triad.web.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

@QuarkusTest
class DashboardBrowserTest extends BrowserTest {
    @Test
    void anAdministratorReadsWhoIsEligibleInEnglishAndFrench() {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        logIn(seed.admin, "en");
        String page = "/admin/dashboard/" + seed.key;
        waitForPlacements(page + "?lang=en", "6");
        check("dashboard-en");
        assertThat(text("h1")).isEqualTo("Dashboard: Dashboard test " + seed.suffix);
        assertThat(figure("eligible-startups")).isEqualTo("2");
        assertThat(figure("eligible-openings")).isEqualTo("2");
        // three eligible students: an administrator sees no count of fewer than 5 students (operators do)
        assertThat(figure("eligible-students")).isEqualTo("fewer than 5");
        assertThat(figure("median")).isEqualTo("$4,900.00");
        openTables();
        check("dashboard-en-tables");
        assertThat(rows("startups-region")).containsExactly(seed.regionA + " 1", seed.regionB + " 1");
        assertThat(rows("startups-sector")).containsExactly("Software 2", "Hardware 1");
        assertThat(rows("students-region")).isEmpty();
        // six amounts in two bins of three: both under 5, left out
        assertThat(amountRows()).isZero();
        assertThat(find("#chart-startups-sector svg").getAttribute("role")).isEqualTo("img");
        assertThat(find("#chart-startups-sector svg title").getAttribute("textContent"))
                .isEqualTo("Eligible startups by sector");

        visit(page + "?lang=fr", "dashboard-fr");
        assertThat(text("h1")).startsWith("Tableau de bord : ");
        assertThat(figure("eligible-students")).isEqualTo("moins de 5");
        assertThat(figure("median").replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("4 900,00 $");
        openTables();
        assertThat(rows("startups-sector")).containsExactly("Logiciels 2", "Matériel 1");
        assertThat(find("#startups-sector-table caption").getText()).isEqualTo("Entreprises admissibles par secteur");
        visit("/admin/dashboard?lang=en", "dashboards");
        go("a[href='" + page + "']", page);
        assertThat(driver.getCurrentUrl()).endsWith(page);
    }

    /** The engine follows the database within moments; reload until it has the seeded placements. */
    private void waitForPlacements(String page, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.get(base.toString().replaceAll("/$", "") + page);
            return expected.equals(figure("placements"));
        });
    }

    private String figure(String id) {
        return text("#fig-" + id + " .ops-figure-value");
    }

    private void openTables() {
        for (WebElement summary : driver.findElements(By.cssSelector(".ops-chart-data summary"))) {
            summary.click();
        }
    }

    private List<String> rows(String chart) {
        return driver.findElements(By.cssSelector("#" + chart + "-table tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    private int amountRows() {
        return driver.findElements(By.cssSelector("#amounts-table tbody td")).stream()
                .mapToInt(td -> Integer.parseInt(td.getText())).sum();
    }
}
