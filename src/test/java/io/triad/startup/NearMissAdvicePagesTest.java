package io.triad.startup;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Near misses that help: the opening's own term every student misses is said once, as an action; each student shows
 * at most three misses, the most valuable first; a region the startup is not in is counted, not listed.
 */
@QuarkusTest
class NearMissAdvicePagesTest {

    @Test
    void sharedMissesBecomeOneActionAndEachStudentShowsTheThreeWorthMost() {
        String s = unique();
        String founder = account(Role.STARTUP);
        // the page's shared misses count the students shown: other tests' students may fit this opening too, so the
        // page is this test's two, who rank first (only they have the opening's skill)
        String path = seed(s, founder, "nm", List.of(
                program("nm-weeks-" + s, "Weeks Boost " + s, 95000, "\"placement\": {\"minWeeks\": 17}"),
                program("nm-bc-" + s, "Pacific Only " + s, 99000, "\"employer\": {\"regions\": [\"CA-BC\"]}"),
                program("nm-l1-" + s, "Doctoral One " + s, 91000, "\"student\": {\"levels\": [\"PHD\"]}"),
                program("nm-l2-" + s, "Doctoral Two " + s, 92000, "\"student\": {\"levels\": [\"PHD\"]}"),
                program("nm-l3-" + s, "Doctoral Three " + s, 93000, "\"student\": {\"levels\": [\"PHD\"]}"),
                program("nm-l4-" + s, "Doctoral Four " + s, 90500, "\"student\": {\"levels\": [\"PHD\"]}")));
        String en = as(founder).get(path + "en").then().statusCode(200).extract().asString();
        assertThat(section(en, "shared-misses"))
                .contains("Make this opening at least 17 weeks long to unlock Weeks Boost " + s + " for fewer than 5 students.");
        // other tests' students may fit this opening too: only this test's two are looked at
        List<String> own = cards(en).stream().filter(c -> c.contains("Ada " + s) || c.contains("Ben " + s))
                .toList();
        assertThat(own).hasSize(2);
        for (String card : own) {
            assertThat(card).as("the shared miss is said once, at the top").doesNotContain("Weeks Boost " + s)
                    .as("a region the startup is not in is counted, not listed").doesNotContain("Pacific Only " + s)
                    .containsPattern("other programs? needs? what cannot be changed here");
            int list = card.indexOf("<ul class=\"people-misses\">");
            assertThat(list).as("the near-miss list").isPositive();
            String misses = card.substring(list, card.indexOf("</ul>", list));
            assertThat(count(misses, "<li><a href=\"/programs/")).as("at most three misses").isLessThanOrEqualTo(3);
            assertThat(card.indexOf("Doctoral Three " + s)).as("the most valuable first").isPositive()
                    .isLessThan(card.indexOf("Doctoral Two " + s));
            assertThat(card.indexOf("Doctoral Two " + s)).isLessThan(card.indexOf("Doctoral One " + s));
            assertThat(card).doesNotContain("Doctoral Four " + s).containsPattern("more programs? (is|are) within reach too");
        }
        String fr = as(founder).get(path + "fr").then().statusCode(200).extract().asString();
        assertThat(section(fr, "shared-misses")).contains("Faites durer ce poste au moins 17 semaines pour débloquer Weeks Boost "
                + s + " pour moins de 5 étudiants.");
        assertThat(fr).containsPattern("programmes? exigen?t? ce qui ne peut pas être changé ici");
    }

    @Test
    void eachFlagBesideAnAmountIsExplainedOnceAboveTheCards() {
        String s = unique();
        String founder = account(Role.STARTUP);
        String path = seed(s, founder, "fl", List.of(
                program("fl-age-" + s, "Young Hires " + s, 4000, "\"student\": {\"maxAge\": 40}"),
                program("fl-any-" + s, "Anyone Fund " + s, 3000, "\"placement\": {\"minWeeks\": 1}")));
        String en = as(founder).get(path + "en").then().statusCode(200).extract().asString();
        // the age rule is unknown to the founder: its amount is flagged in each card, the flag explained once (other
        // tests' programs may pay these students too, so only this test's two programs are looked at)
        assertThat(count(en, "id=\"conditional-legend\"")).isEqualTo(1);
        assertThat(en).contains("<p class=\"people-note\" id=\"conditional-legend\">Conditional: an amount so marked "
                + "depends on the student&#39;s age or work status");
        assertThat(en.indexOf("id=\"conditional-legend\"")).isLessThan(en.indexOf("<ol class=\"people-results\""));
        List<String> own = cards(en).stream().filter(c -> c.contains("Ada " + s) || c.contains("Ben " + s))
                .toList();
        assertThat(own).hasSize(2).allSatisfy(card -> assertThat(card)
                .contains("Young Hires " + s + "</a>: <span class=\"amount\">$4,000.00</span> "
                        + "<span class=\"people-flag\">conditional</span>")
                .contains("Anyone Fund " + s + "</a>: <span class=\"amount\">$3,000.00</span>\n")
                .doesNotContain("Depends on").doesNotContain("does not show you")
                .as("kept markup without its templates' indentation").contains("\n<div>\n<h3>"));
        String fr = as(founder).get(path + "fr").then().statusCode(200).extract().asString();
        assertThat(fr).contains("<span class=\"people-flag\">sous condition</span>")
                .contains("id=\"conditional-legend\">Sous condition : un montant ainsi marqué dépend de l&#39;âge");
    }

    /**
     * A startup of the founder with a remote opening only the two students' skill fits, the programs and the two
     * students (Ada and Ben); once both are ranked, the opening's matches path (two students), its language to add.
     */
    private static String seed(String s, String founder, String prefix, List<String> programs) {
        String start = LocalDate.now().plusDays(60).toString();
        importDocument("""
                {"programs": [%3$s],
                 "startups": [{"key": "%4$s-st-%1$s", "name": "Labs %1$s", "stage": "SEED", "region": "CA-ON",
                  "headcount": 3, "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "owner": "%2$s",
                  "openings": [{"key": "%4$s-op-%1$s", "title": "Tracker %1$s", "startDate": "%5$s", "weeks": 12,
                     "hoursPerWeek": 35, "hourlyWage": 20, "workMode": "REMOTE", "skills": ["nmskill%1$s"]}]}],
                 "students": [%6$s, %7$s]}
                """.formatted(s, founder, String.join(", ", programs), prefix, start,
                student(prefix + "-a-" + s, "Ada " + s, s), student(prefix + "-b-" + s, "Ben " + s, s)));
        String path = "/startups/" + prefix + "-st-" + s + "/openings/" + prefix + "-op-" + s + "/matches?limit=2&lang=";
        await("both students ranked", () -> as(founder).get(path + "en").asString().contains("Ben " + s)
                && as(founder).get(path + "en").asString().contains("Ada " + s));
        return path;
    }

    private static String program(String key, String name, int flat, String rule) {
        return """
                {"key": "%s", "name": "%s", "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT", "regions": ["CA"], %s,
                 "funding": {"currency": "CAD", "flatPerPlacement": %d}}""".formatted(key, name, rule, flat);
    }

    private static String student(String key, String name, String s) {
        return """
                {"key": "%s", "name": "%s", "email": "%s@example.org", "field": "COMPUTER_SCIENCE", "level": "BACHELOR",
                 "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON", "skills": ["nmskill%s"], "workModes": ["REMOTE"],
                 "availableFrom": "%s"}""".formatted(key, name, key, s, LocalDate.now().toString());
    }

    private static String section(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as("section " + id).isPositive();
        return html.substring(at, html.indexOf("</section>", at));
    }

    private static List<String> cards(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"card people-match\"(.*?)</li>\\s*\\{?\\s*(?=<li class=\"card people-match\"|</ol>)",
                Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        assertThat(out).as("match cards").isNotEmpty();
        return out;
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
