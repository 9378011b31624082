package io.triad.alert;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new or reopened program is told once to the founders and students it concerns, and to nobody else. */
@QuarkusTest
class ProgramNewsTest {

    static int run() {
        return Arc.container().instance(ProgramNews.class).get().run();
    }

    /** This test's news only: other tests' programs without employer rules are news to every founder. */
    static List<String> news(String email, String suffix) {
        JsonNode inbox = read(as(email).get("/api/notifications?limit=100").then().statusCode(200).extract().response());
        List<String> out = new ArrayList<>();
        inbox.get("items").forEach(i -> {
            if (i.get("kind").asText().equals("PROGRAM_NEW") && i.get("subject").asText().endsWith(suffix)) {
                out.add(i.get("subject").asText());
            }
        });
        return out;
    }

    static void program(String admin, String key, String scope, String region, String deadline) {
        jsonAs(admin, """
                {"key": "%s", "name": "News %s", "kind": "GRANT", "scope": "%s",
                 "intake": {"opens": "2020-01-01", "deadline": "%s"}, "employer": {"regions": ["%s"]},
                 "funding": {"currency": "CAD", "flatPerPlacement": 500}}""".formatted(key, key, scope, deadline, region))
                .put("/api/programs/" + key).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    @Test
    void newAndReopenedProgramsReachTheFoundersAndStudentsTheyFundOnce() {
        run(); // the watermark: what changed before is not news
        String s = TestApi.unique();
        String region = "XP-" + s.substring(0, 3).toUpperCase();
        String founder = TestApi.account(Role.STARTUP);
        String student = TestApi.account(Role.STUDENT);
        String stranger = TestApi.account(Role.STARTUP);
        String admin = TestApi.account(Role.PROGRAM_ADMIN);
        String opening = "pn-op-" + s;
        jsonAs(TestApi.account(Role.OPERATOR), """
                {"startups": [{"key": "pn-su-%1$s", "name": "News Co", "stage": "SEED", "region": "%2$s",
                  "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%3$s",
                  "openings": [{"key": "%4$s", "title": "Lathe co-op", "skills": ["lathes"], "levels": ["BACHELOR"],
                   "startDate": "2091-06-04", "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "ONSITE"}]},
                  {"key": "pn-other-%1$s", "name": "Elsewhere Co", "stage": "SEED", "region": "XQ-ZZZ",
                  "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%5$s"}],
                 "students": [{"key": "pn-t-%1$s", "name": "News Student", "email": "pn-%1$s@example.org", "owner": "%6$s",
                  "field": "ENGINEERING", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "%2$s",
                  "skills": ["lathes"], "availableFrom": "2091-05-01"}]}"""
                .formatted(s, region, founder, opening, stranger, student)).post("/api/import").then().statusCode(200);
        program(admin, "pn-co-" + s, "COMPANY", region, "2099-12-31");
        program(admin, "pn-pl-" + s, "PLACEMENT", region, "2099-12-31");
        TestApi.await("the placement program funds the opening's match", () -> read(as(founder)
                .get("/api/openings/" + opening + "/matches").then().extract().response()).toString()
                .contains("pn-pl-" + s));
        run();
        run();
        assertThat(news(founder, s)).containsExactlyInAnyOrder("A new program you are eligible for: News pn-co-" + s,
                "A new program you are eligible for: News pn-pl-" + s);
        assertThat(news(student, s)).containsExactly("A new program you are eligible for: News pn-pl-" + s);
        assertThat(news(stranger, s)).isEmpty();

        program(admin, "pn-co-" + s, "COMPANY", region, "2100-06-30");
        run();
        assertThat(news(founder, s)).hasSize(3).first().asString().endsWith("News pn-co-" + s);
    }

    static void language(String email, String language) {
        long id = io.triad.account.Account.byEmail(email).orElseThrow().id;
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Arc.container()
                .instance(io.triad.db.Sql.class).get().update("update account set language = ? where id = ?", language, id));
    }

    @Test
    void aFrenchFounderHearsOfANewProgramByItsFrenchNameAndOfOneWithoutByItsEnglishName() {
        run();
        String s = TestApi.unique();
        String region = "XR-" + s.substring(0, 3).toUpperCase();
        String founder = TestApi.account(Role.STARTUP);
        String admin = TestApi.account(Role.PROGRAM_ADMIN);
        jsonAs(TestApi.account(Role.OPERATOR), """
                {"startups": [{"key": "pnf-su-%1$s", "name": "Nouvelles Co", "stage": "SEED", "region": "%2$s",
                  "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%3$s"}]}"""
                .formatted(s, region, founder)).post("/api/import").then().statusCode(200);
        language(founder, "fr");
        program(admin, "pnf-en-" + s, "COMPANY", region, "2099-12-31");
        jsonAs(admin, """
                {"key": "pnf-fr-%1$s", "name": "News pnf-fr-%1$s", "nameFr": "Bourse nouvelle %1$s", "kind": "GRANT",
                 "scope": "COMPANY", "intake": {"opens": "2020-01-01", "deadline": "2099-12-31"},
                 "employer": {"regions": ["%2$s"]}, "funding": {"currency": "CAD", "flatPerPlacement": 500}}"""
                .formatted(s, region)).put("/api/programs/pnf-fr-" + s).then().statusCode(201);
        run();
        assertThat(news(founder, s)).containsExactlyInAnyOrder(
                "Un nouveau programme auquel vous êtes admissible : Bourse nouvelle " + s,
                "Un nouveau programme auquel vous êtes admissible : News pnf-en-" + s);
        language(founder, "en");
        assertThat(news(founder, s)).containsExactlyInAnyOrder("A new program you are eligible for: News pnf-fr-" + s,
                "A new program you are eligible for: News pnf-en-" + s);
    }
}
