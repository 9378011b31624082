package io.triad.alert;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Saved alerts tell each new match once, can be paused, edited and deleted on one page, and refuse bad input. */
@QuarkusTest
class AlertTest {
    private static final Pattern ALERT = Pattern.compile("data-alert=\"([0-9a-f-]{36})\"");

    static RequestSpecification form(String email) {
        TestApi.FormToken token = TestApi.formToken();
        return as(email).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token()).redirects()
                .follow(false);
    }

    static String onlyAlert(String email) {
        Matcher m = ALERT.matcher(as(email).get("/alerts").then().statusCode(200).extract().asString());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static int run() {
        return Arc.container().instance(AlertRunner.class).get().run();
    }

    static List<String> alertSubjects(String email) {
        JsonNode inbox = read(as(email).get("/api/notifications?limit=100").then().statusCode(200).extract().response());
        List<String> out = new java.util.ArrayList<>();
        inbox.get("items").forEach(i -> {
            if (i.get("kind").asText().equals("ALERT_MATCH")) {
                out.add(i.get("subject").asText());
            }
        });
        return out;
    }

    static void program(String admin, String key, String region) {
        jsonAs(admin, """
                {"key": "%s", "name": "Alerted %s", "kind": "GRANT", "scope": "COMPANY", "regions": ["%s"],
                 "funding": {"currency": "CAD"}}""".formatted(key, key, region)).put("/api/programs/" + key)
                .then().statusCode(201);
        TestApi.await("the directory finds " + key, () -> read(as(admin).get("/api/programs?region=" + region)
                .then().extract().response()).get("items").toString().contains(key));
    }

    @Test
    void aDirectorySearchAlertTellsEachNewProgramOncePausesResumesEditsAndDeletes() {
        String s = TestApi.unique();
        String region = "XA-" + s.substring(0, 3).toUpperCase();
        String admin = TestApi.account(Role.PROGRAM_ADMIN);
        String founder = TestApi.account(Role.STARTUP);
        program(admin, "al-old-" + s, region);
        assertThat(as(founder).get("/alerts?region=" + region + "&kind=GRANT").then().statusCode(200).extract().asString())
                .contains("value=\"" + region + "\"").contains("<option value=\"GRANT\" selected>");
        form(founder).formParam("alert", "PROGRAMS").formParam("name", "Grants in " + region).formParam("region", region)
                .post("/alerts").then().statusCode(303);
        String id = onlyAlert(founder);
        run();
        assertThat(alertSubjects(founder)).isEmpty();

        program(admin, "al-new-" + s, region);
        run();
        run();
        assertThat(alertSubjects(founder)).containsExactly("Alert “Grants in " + region + "”: Alerted al-new-" + s);

        form(founder).post("/alerts/" + id + "/pause").then().statusCode(303);
        assertThat(as(founder).get("/alerts").then().extract().asString()).contains("data-paused=\"true\"");
        program(admin, "al-paused-" + s, region);
        run();
        assertThat(alertSubjects(founder)).hasSize(1);
        form(founder).post("/alerts/" + id + "/resume").then().statusCode(303);
        run();
        assertThat(alertSubjects(founder)).hasSize(2).first().asString().endsWith("al-paused-" + s);

        form(founder).formParam("name", "Renamed").formParam("region", region).post("/alerts/" + id + "/edit")
                .then().statusCode(303);
        assertThat(as(founder).get("/alerts?lang=fr").then().extract().asString()).contains("value=\"Renamed\"")
                .contains("Alertes enregistrées");
        form(TestApi.account(Role.STARTUP)).post("/alerts/" + id + "/delete").then().statusCode(404);
        form(founder).post("/alerts/" + id + "/delete").then().statusCode(303);
        assertThat(as(founder).get("/alerts").then().extract().asString()).contains("No saved alerts yet.");
    }

    @Test
    void badAlertsAreRefusedAndSaveNothing() {
        String founder = TestApi.account(Role.STARTUP);
        String student = TestApi.account(Role.STUDENT);
        form(founder).formParam("alert", "PROGRAMS").formParam("name", "").post("/alerts").then().statusCode(400);
        form(founder).formParam("alert", "PROGRAMS").formParam("name", "x").formParam("kind", "LOTTERY")
                .post("/alerts").then().statusCode(400);
        form(founder).formParam("alert", "WHATEVER").formParam("name", "x").post("/alerts").then().statusCode(400);
        form(founder).formParam("alert", "STUDENTS").formParam("name", "x").formParam("opening", "not-mine")
                .post("/alerts").then().statusCode(404);
        form(student).formParam("alert", "STUDENTS").formParam("name", "x").formParam("opening", "not-mine")
                .post("/alerts").then().statusCode(404);
        form(founder).formParam("alert", "OPENINGS").formParam("name", "x").post("/alerts").then().statusCode(403);
        form(founder).post("/alerts/not-an-id/pause").then().statusCode(404);
        assertThat(as(founder).get("/alerts").then().extract().asString()).contains("No saved alerts yet.");
    }

    @Test
    void aFounderHearsOfANewStudentWhoFitsItsOpeningAboveTheScoreByKeyOnly() {
        String s = TestApi.unique();
        String region = "XB-" + s.substring(0, 3).toUpperCase();
        String founder = TestApi.account(Role.STARTUP);
        String operator = TestApi.account(Role.OPERATOR);
        String opening = "al-op-" + s;
        jsonAs(operator, """
                {"startups": [{"key": "al-su-%1$s", "name": "Alert Co", "stage": "SEED", "region": "%2$s",
                  "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%3$s",
                  "openings": [{"key": "%4$s", "title": "Anvil co-op", "skills": ["anvils"], "levels": ["BACHELOR"],
                   "startDate": "2091-06-04", "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "ONSITE"}]}]}"""
                .formatted(s, region, founder, opening)).post("/api/import").then().statusCode(200);
        form(founder).formParam("alert", "STUDENTS").formParam("name", "Anvil people").formParam("opening", opening)
                .formParam("minScore", "0").post("/alerts").then().statusCode(303);
        form(founder).formParam("alert", "STUDENTS").formParam("name", "x").formParam("opening", opening)
                .formParam("minScore", "1.5").post("/alerts").then().statusCode(400);
        String key = "al-t-" + s;
        jsonAs(operator, """
                {"students": [{"key": "%s", "name": "Alerted Student", "email": "al-%s@example.org",
                  "field": "ENGINEERING", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "%s",
                  "workStatus": "PROTECTED_PERSON", "birthDate": "1999-02-17", "skills": ["anvils"],
                  "availableFrom": "2091-05-01", "groups": ["PERSON_WITH_DISABILITY"]}]}"""
                .formatted(key, s, region)).post("/api/import").then().statusCode(200);
        TestApi.await("the student is matched", () -> read(as(founder).get("/api/openings/" + opening + "/matches")
                .then().extract().response()).toString().contains(key));
        run();
        List<String> subjects = alertSubjects(founder);
        assertThat(subjects).containsExactly("Alert “Anvil people”: " + key);
        String inbox = read(as(founder).get("/api/notifications").then().extract().response()).toString();
        assertThat(inbox).doesNotContain("1999-02-17", "PROTECTED_PERSON", "PERSON_WITH_DISABILITY", "Alerted Student");
    }

    @Test
    void aStudentHearsOfANewOpeningThatFitsIt() {
        String s = TestApi.unique();
        String region = "XD-" + s.substring(0, 3).toUpperCase();
        String student = TestApi.account(Role.STUDENT);
        String operator = TestApi.account(Role.OPERATOR);
        String key = "al-st-" + s;
        jsonAs(operator, """
                {"students": [{"key": "%s", "name": "Opening Seeker", "email": "os-%s@example.org", "owner": "%s",
                  "field": "ENGINEERING", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "%s",
                  "skills": ["kilns"], "availableFrom": "2091-05-01"}]}""".formatted(key, s, student, region))
                .post("/api/import").then().statusCode(200);
        form(student).formParam("alert", "OPENINGS").formParam("name", "Kiln jobs").post("/alerts").then().statusCode(303);
        jsonAs(operator, """
                {"startups": [{"key": "al-ks-%1$s", "name": "Kiln Co", "stage": "SEED", "region": "%2$s",
                  "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true,
                  "openings": [{"key": "al-ko-%1$s", "title": "Kiln co-op", "skills": ["kilns"], "levels": ["BACHELOR"],
                   "startDate": "2091-06-04", "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "ONSITE"}]}]}"""
                .formatted(s, region)).post("/api/import").then().statusCode(200);
        TestApi.await("the opening fits the student", () -> read(as(student).get("/api/students/" + key + "/matches")
                .then().extract().response()).toString().contains("al-ko-" + s));
        run();
        run();
        assertThat(alertSubjects(student)).containsExactly("Alert “Kiln jobs”: al-ko-" + s + " (al-ks-" + s + ")");
    }

    /** The hidden and named fields of the directory's "save this search" form, as a browser would post them. */
    static Map<String, String> saveForm(String page) {
        int start = page.indexOf("<form method=\"post\" action=\"/alerts\" id=\"save-search-form\">");
        assertThat(start).isNotNegative();
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("name=\"([a-zA-Z]+)\" value=\"([^\"]*)\"").matcher(form);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'"));
        }
        fields.remove("_csrf");
        return fields;
    }

    @Test
    void aDirectorySearchIsSavedFromTheDirectoryPageAndTellsOfNewProgramsThatMatchIt() {
        String s = TestApi.unique();
        String region = "XS-" + s.substring(0, 3).toUpperCase();
        String admin = TestApi.account(Role.PROGRAM_ADMIN);
        String founder = TestApi.account(Role.STARTUP);
        program(admin, "al-dir-" + s, region);
        assertThat(io.restassured.RestAssured.given().get("/programs?region=" + region).then().statusCode(200)
                .extract().asString()).doesNotContain("save-search-form");
        String page = as(founder).get("/programs?q=Alerted&region=" + region + "&kind=GRANT&scope=COMPANY")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Save this search");
        Map<String, String> fields = saveForm(page);
        assertThat(fields).containsEntry("alert", "PROGRAMS").containsEntry("q", "Alerted")
                .containsEntry("region", region).containsEntry("kind", "GRANT").containsEntry("scope", "COMPANY")
                .containsEntry("name", "Alerted · " + region + " · Grant · Pays the company");
        assertThat(as(founder).get("/programs?q=Alerted&region=" + region + "&lang=fr").then().extract().asString())
                .contains("Enregistrer cette recherche");
        form(founder).formParams(fields).post("/alerts").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/alerts?saved=true"));
        String alerts = as(founder).get("/alerts?saved=true").then().statusCode(200).extract().asString();
        assertThat(alerts).contains("Alert saved").contains("value=\"Alerted · " + region + " · Grant · Pays the company\"")
                .contains("value=\"" + region + "\"").contains("<option value=\"COMPANY\" selected>");
        assertThat(as(founder).get("/alerts?saved=true&lang=fr").then().extract().asString())
                .contains("Alerte enregistrée");
        String id = onlyAlert(founder);
        run();
        assertThat(alertSubjects(founder)).isEmpty();
        program(admin, "al-dir-new-" + s, region);
        run();
        run();
        assertThat(alertSubjects(founder)).containsExactly("Alert “Alerted · " + region
                + " · Grant · Pays the company”: Alerted al-dir-new-" + s);
        form(founder).post("/alerts/" + id + "/pause").then().statusCode(303);
        assertThat(as(founder).get("/alerts").then().extract().asString()).contains("data-paused=\"true\"");
        form(founder).post("/alerts/" + id + "/delete").then().statusCode(303);
        assertThat(as(founder).get("/alerts").then().extract().asString()).contains("No saved alerts yet.");
    }

    @Test
    void aRegionTypedAsTheSearchIsSavedAsTheRegionTheDirectoryFound() {
        String page = as(TestApi.account(Role.STUDENT)).get("/programs?q=Ontario").then().statusCode(200).extract()
                .asString();
        assertThat(saveForm(page)).containsEntry("q", "").containsEntry("region", "CA-ON")
                .containsEntry("name", "Ontario");
        String bad = as(TestApi.account(Role.STUDENT)).get("/programs?kind=LOTTERY").then().statusCode(400).extract()
                .asString();
        assertThat(bad).doesNotContain("save-search-form");
    }

    static void language(String email, String language) {
        long id = io.triad.account.Account.byEmail(email).orElseThrow().id;
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Arc.container()
                .instance(io.triad.db.Sql.class).get().update("update account set language = ? where id = ?", language, id));
    }

    @Test
    void aFrenchFounderIsAlertedOfAProgramByItsFrenchNameAndOfOneWithoutByItsEnglishName() {
        String s = TestApi.unique();
        String region = "XF-" + s.substring(0, 3).toUpperCase();
        String admin = TestApi.account(Role.PROGRAM_ADMIN);
        String founder = TestApi.account(Role.STARTUP);
        language(founder, "fr");
        form(founder).formParam("alert", "PROGRAMS").formParam("name", "Aides " + region).formParam("region", region)
                .post("/alerts").then().statusCode(303);
        jsonAs(admin, """
                {"key": "al-fr-%1$s", "name": "Alerted al-fr-%1$s", "nameFr": "Subvention alertée %1$s", "kind": "GRANT",
                 "scope": "COMPANY", "regions": ["%2$s"], "funding": {"currency": "CAD"}}""".formatted(s, region))
                .put("/api/programs/al-fr-" + s).then().statusCode(201);
        program(admin, "al-en-" + s, region);
        TestApi.await("the directory finds both", () -> read(as(admin).get("/api/programs?region=" + region)
                .then().extract().response()).get("items").size() == 2);
        run();
        assertThat(alertSubjects(founder)).containsExactlyInAnyOrder("Alerte « Aides " + region + " » : Subvention alertée " + s,
                "Alerte « Aides " + region + " » : Alerted al-en-" + s);
        language(founder, "en");
        assertThat(alertSubjects(founder)).containsExactlyInAnyOrder("Alert “Aides " + region + "”: Alerted al-fr-" + s,
                "Alert “Aides " + region + "”: Alerted al-en-" + s);
    }
}
