package io.triad.program;

import static io.triad.TestApi.account;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Dashboards never clip a label: on the program dashboard (long region and sector names, in English and French) and
 * the founder's startup pages, at desktop width and at 390 px, no text is wider than its box, no chart text leaves its
 * chart or is cut short with "…", and no table there needs a sideways scroll.
 */
@QuarkusTest
class DashboardClippingBrowserTest extends BrowserTest {
    private static final int PHONE = 390;
    /** Every clipped label of the page, described; the chart tables opened first. */
    private static final String CLIPPED = """
            document.querySelectorAll('main details').forEach(d => d.open = true);
            const out = [];
            const hidden = e => e.closest('.prog-sr, .ops-sr, .people-visually-hidden, .work-sr') !== null
                    || e.getClientRects().length === 0;
            const say = (e, why) => out.push(e.tagName + ' "' + e.textContent.trim().slice(0, 50) + '" ' + why);
            document.querySelectorAll('main h1, main h2, main h3, main th, main td, main dt, main dd, main summary,'
                    + ' main caption, main label, main p, main li, main button, main .badge, main .amount').forEach(e => {
                if (!hidden(e) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) {
                    say(e, e.scrollWidth + ' px of text in ' + e.clientWidth + ' px');
                }
            });
            document.querySelectorAll('main table').forEach(t => {
                if (!hidden(t) && t.scrollWidth > t.clientWidth + 1) {
                    say(t, 'scrolls sideways: ' + t.scrollWidth + ' > ' + t.clientWidth);
                }
            });
            document.querySelectorAll('main svg').forEach(svg => {
                const box = svg.viewBox.baseVal;
                svg.querySelectorAll('text').forEach(t => {
                    const b = t.getBBox();
                    if (b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5) {
                        say(t, 'leaves its chart: ' + Math.round(b.x) + '..' + Math.round(b.x + b.width));
                    }
                    if (t.textContent.trim().endsWith('…')) {
                        say(t, 'is cut short');
                    }
                });
            });
            return out;""";

    @Test
    void noDashboardLabelIsClippedAtDesktopWidthOrOnAPhoneInEitherLanguage() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String founder = account(Role.STARTUP);
        String key = "clip-" + s;
        importDocument("""
                {"programs": [{"key": "%1$s", "name": "Atlantic manufacturing and life sciences placements %1$s",
                   "nameFr": "Stages atlantiques en fabrication de pointe et sciences de la vie %1$s",
                   "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT", "owner": "%2$s",
                   "employer": {"regions": ["CA-NL", "CA-PE"]},
                   "funding": {"currency": "CAD", "wagePercent": 50, "capPerPlacement": 7500}},
                  {"key": "%1$s-co", "name": "Newfoundland and Labrador productivity grant %1$s", "kind": "GRANT",
                   "scope": "COMPANY", "owner": "%2$s", "intake": {"opens": "2020-01-01", "deadline": "2099-12-31"},
                   "employer": {"regions": ["CA-NL"]}, "funding": {"currency": "CAD", "maxAmount": 1250000}}],
                 "startups": [%3$s, %4$s]}""".formatted(key, admin,
                startup("nl-" + s, "CA-NL", founder), startup("pe-" + s, "CA-PE", founder)));
        List<String> clipped = new ArrayList<>();
        logIn(admin, "en");
        pages(List.of("/admin/dashboard/" + key, "/admin/dashboard"), clipped);
        visit("/admin/dashboard/" + key + "?lang=fr", "clip-regions-by-name-fr");
        assertThat(find("#startups-region-table").getAttribute("textContent")).as("regions by name, not code")
                .contains("Terre-Neuve-et-Labrador").contains("Île-du-Prince-Édouard").doesNotContain("CA-NL");
        logIn(founder, "en");
        pages(List.of("/startups/nl-" + s, "/startups/nl-" + s + "/programs", "/startups"), clipped);
        assertThat(clipped).as("clipped labels").isEmpty();
    }

    /** Startups in regions no other test uses, with openings far in the future: no other test counts them. */
    private static String startup(String key, String region, String owner) {
        return """
                {"key": "%1$s", "name": "Compagnie de fabrication de pointe %1$s", "stage": "SEED", "region": "%2$s",
                 "owner": "%3$s", "headcount": 12, "foundedOn": "2021-01-01", "incorporated": true, "forProfit": true,
                 "sectors": ["ADVANCED_MANUFACTURING", "LIFE_SCIENCES", "CLEANTECH", "FINTECH", "SOCIAL_IMPACT"],
                 "openings": [{"key": "%1$s-o", "title": "Ingénieure ou ingénieur en fabrication additive", "startDate": "2097-06-03",
                   "weeks": 16, "hoursPerWeek": 37.5, "hourlyWage": 24, "workMode": "HYBRID", "skills": ["python"]}]}"""
                .formatted(key, region, owner);
    }

    /** Each page in English and French, at the window's width and then at 390 px. */
    @SuppressWarnings("unchecked")
    private void pages(List<String> paths, List<String> clipped) {
        Dimension desktop = driver.manage().window().getSize();
        try {
            for (Dimension size : List.of(desktop, new Dimension(PHONE, 900))) {
                driver.manage().window().setSize(size);
                for (String path : paths) {
                    for (String lang : List.of("en", "fr")) {
                        visit(path + "?lang=" + lang, "clip" + path.replace('/', '-') + "-" + lang + "-" + size.width);
                        ((List<String>) driver.executeScript(CLIPPED)).forEach(c ->
                                clipped.add(path + " (" + lang + ", " + size.width + " px): " + c));
                    }
                }
            }
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }
}
