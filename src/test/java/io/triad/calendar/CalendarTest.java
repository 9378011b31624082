package io.triad.calendar;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The deadline calendar: a secret, revocable feed that calendar parsers read back, and the deadlines page. */
@QuarkusTest
class CalendarTest {
    private static final Pattern FEED = Pattern.compile("value=\"http://localhost:8080(/calendar/[A-Za-z0-9_-]{32}\\.ics)\"");

    /** A founder's world: a startup with an opening, a student who fits it, a company and a placement program. */
    static final class World {
        final String s = TestApi.unique();
        final String region = "XC-" + s.substring(0, 3).toUpperCase();
        final String founder = TestApi.account(Role.STARTUP);
        final String student = TestApi.account(Role.STUDENT);
        final String admin = TestApi.account(Role.PROGRAM_ADMIN);
        final String opening = "cal-op-" + s;
        final String studentKey = "cal-t-" + s;

        World() {
            jsonAs(TestApi.account(Role.OPERATOR), """
                    {"startups": [{"key": "cal-su-%1$s", "name": "Calendar Co %1$s", "stage": "SEED", "region": "%2$s",
                      "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%3$s",
                      "openings": [{"key": "%4$s", "title": "Rivet co-op %1$s", "skills": ["rivets"], "levels": ["BACHELOR"],
                       "startDate": "2091-06-04", "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "ONSITE"}]}],
                     "students": [{"key": "%5$s", "name": "Cal Student", "email": "cal-%1$s@example.org", "owner": "%6$s",
                      "field": "ENGINEERING", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "%2$s",
                      "workStatus": "PROTECTED_PERSON", "birthDate": "1999-02-17", "availableFrom": "2091-05-01",
                      "groups": ["PERSON_WITH_DISABILITY"]}]}"""
                    .formatted(s, region, founder, opening, studentKey, student)).post("/api/import").then().statusCode(200);
            program("cal-co-" + s, "COMPANY", "GRANT", "2090-03-01");
            program("cal-pl-" + s, "PLACEMENT", "WAGE_SUBSIDY", "2099-12-31");
        }

        void program(String key, String scope, String kind, String deadline) {
            program(key, scope, kind, deadline, "");
        }

        /** {@code extra}: more fields of the program, each with its leading comma. */
        void program(String key, String scope, String kind, String deadline, String extra) {
            jsonAs(admin, """
                    {"key": "%s", "name": "Program %s", "kind": "%s", "scope": "%s",
                     "intake": {"opens": "2020-01-01", "deadline": "%s"}, "student": {"workStatus": ["PROTECTED_PERSON"]},
                     "employer": {"regions": ["%s"]}, "funding": {"currency": "CAD", "maxAmount": 1000}%s}"""
                    .formatted(key, key, kind, scope, deadline, region, extra)).put("/api/programs/" + key)
                    .then().statusCode(201);
        }

        String placement() {
            String invitation = read(jsonAs(founder, Map.of("student", studentKey)).post("/api/openings/" + opening
                    + "/invitations").then().statusCode(201).extract().response()).get("id").asText();
            return read(as(student).post("/api/invitations/" + invitation + "/accept").then().statusCode(201)
                    .extract().response()).get("placement").asText();
        }
    }

    static void post(String email, String path, String action) {
        TestApi.FormToken token = TestApi.formToken();
        as(email).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token())
                .formParam("action", action).redirects().follow(false).post(path).then().statusCode(303);
    }

    /** Creates (or replaces) the account's calendar address on the deadlines page; answers its path. */
    static String feed(String email, String action) {
        post(email, "/deadlines/calendar", action);
        Matcher m = FEED.matcher(as(email).get("/deadlines").then().statusCode(200).extract().asString());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static Calendar parse(String path) throws Exception {
        String ics = RestAssured.given().get(path).then().statusCode(200).contentType("text/calendar")
                .extract().asString();
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /**
     * An event of one of the world's own programs ({@code program-<key>-startup|opening-<key>@triad}, the program's key
     * ending in the world's suffix): another test's program, eligible for this startup too, names the startup's key.
     */
    private static boolean ownProgram(VEvent e, World w) {
        return value(e, "UID").startsWith("program-") && value(e, "UID").contains("-" + w.s + "-");
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void aFoundersFeedHoldsEligibleProgramDeadlinesAndItsPlacementAsAllDayEventsWithStableUids() throws Exception {
        World w = new World();
        String placement = w.placement();
        String path = feed(w.founder, "renew");
        Calendar calendar = parse(path);
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).contains("-//Triad//Deadlines//EN");
        // other tests' company programs without rules are rightly eligible for this startup too: only its own count
        List<VEvent> all = calendar.getComponents("VEVENT");
        List<VEvent> events = all.stream().filter(e -> ownProgram(e, w)
                || value(e, "UID").equals("placement-" + placement + "@triad")).toList();
        assertThat(events).extracting(e -> value(e, "SUMMARY")).containsExactly(
                "Deadline of Program cal-co-" + w.s + " (Calendar Co " + w.s + ")",
                "“Rivet co-op " + w.s + "” starts (" + w.studentKey + ")",
                "Deadline of Program cal-pl-" + w.s + " for “Rivet co-op " + w.s + "”");
        for (VEvent event : events) {
            assertThat(event.getProperty("DTSTART").orElseThrow().getParameter(Parameter.VALUE).map(Parameter::getValue))
                    .contains("DATE");
            LocalDate start = LocalDate.parse(value(event, "DTSTART"), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(LocalDate.parse(value(event, "DTEND"), java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                    .isEqualTo(start.plusDays(1));
            assertThat(value(event, "DTSTAMP")).matches("\\d{8}T\\d{6}Z");
            assertThat(value(event, "URL")).startsWith("http://localhost:8080/");
        }
        assertThat(events).extracting(e -> value(e, "DTSTART")).containsExactly("20900301", "20910604", "20991231");
        assertThat(events).extracting(e -> value(e, "UID")).containsExactly(
                "program-cal-co-" + w.s + "-startup-cal-su-" + w.s + "@triad", "placement-" + placement + "@triad",
                "program-cal-pl-" + w.s + "-placement-" + placement + "@triad");
        assertThat(parse(path).getComponents("VEVENT")).extracting(e -> value((VEvent) e, "UID"))
                .isEqualTo(all.stream().map(e -> value(e, "UID")).toList());
        String raw = RestAssured.given().get(path).then().extract().asString();
        assertThat(raw).doesNotContain("1999-02-17", "19990217", "PROTECTED_PERSON", "PERSON_WITH_DISABILITY");

        String page = as(w.founder).get("/deadlines").then().statusCode(200).extract().asString();
        assertThat(page.indexOf("2090-03-01")).isLessThan(page.indexOf("2091-06-04"));
        assertThat(page.indexOf("2091-06-04")).isLessThan(page.indexOf("2099-12-31"));
        assertThat(page).contains("href=\"webcal://localhost:8080" + path + "\"");
        assertThat(as(w.founder).get("/deadlines?lang=fr").then().extract().asString()).contains("Ajouter au calendrier");
    }

    @Test
    void aStudentsFeedHoldsTheLastDayToAnswerAnInvitation() throws Exception {
        World w = new World();
        jsonAs(w.founder, Map.of("student", w.studentKey)).post("/api/openings/" + w.opening + "/invitations")
                .then().statusCode(201);
        List<VEvent> events = parse(feed(w.student, "renew")).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(value(events.get(0), "DTSTART")).isEqualTo("20910604");
        assertThat(value(events.get(0), "SUMMARY")).isEqualTo("Last day to answer the invitation to “Rivet co-op " + w.s
                + "” (Calendar Co " + w.s + ")");
    }

    @Test
    void aReplacedOrRevokedAddressStopsWorkingAndNeedsNoSession() throws Exception {
        World w = new World();
        String first = feed(w.founder, "renew");
        RestAssured.given().get(first).then().statusCode(200);
        String second = feed(w.founder, "renew");
        assertThat(second).isNotEqualTo(first);
        RestAssured.given().get(first).then().statusCode(404);
        RestAssured.given().get(second).then().statusCode(200);
        post(w.founder, "/deadlines/calendar", "revoke");
        RestAssured.given().get(second).then().statusCode(404);
        RestAssured.given().get("/calendar/not-a-token.ics").then().statusCode(404);
        assertThat(as(w.founder).get("/deadlines").then().extract().asString()).contains("Create a calendar address");
    }

    @Test
    void aFounderIsRemindedOnceOfAnEligibleDeadlineWithinFourteenDaysNotOfOneItAppliedTo() {
        World w = new World();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Toronto"));
        w.program("cal-soon-" + w.s, "COMPANY", "GRANT", today.plusDays(10).toString());
        w.program("cal-late-" + w.s, "COMPANY", "GRANT", today.plusDays(20).toString());
        w.program("cal-pa-" + w.s, "PLACEMENT", "WAGE_SUBSIDY", today.plusDays(3).toString());
        String placement = w.placement();
        jsonAs(w.founder, Map.of("program", "cal-pa-" + w.s)).post("/api/placements/" + placement + "/applications")
                .then().statusCode(201);
        DeadlineReminders reminders = io.quarkus.arc.Arc.container().instance(DeadlineReminders.class).get();
        reminders.run();
        reminders.run();
        com.fasterxml.jackson.databind.JsonNode inbox = read(as(w.founder).get("/api/notifications?limit=100")
                .then().statusCode(200).extract().response());
        List<String> subjects = TestApi.texts(inbox.get("items"), "subject").stream()
                .filter(t -> t.contains("deadline")).toList();
        assertThat(subjects).containsExactly("Program cal-soon-" + w.s + ": the deadline is " + today.plusDays(10)
                + ", and you have not applied yet");
        assertThat(TestApi.texts(inbox.get("items"), "kind")).containsOnlyOnce("DEADLINE_SOON");
    }

    @Test
    void aFoundersFeedAndPageHoldTheDeadlineOfAProgramThatWouldFundAMatchNobodyAppliedFor() throws Exception {
        World w = new World();
        TestApi.await("the student is matched", () -> read(as(w.founder).get("/api/openings/" + w.opening + "/matches")
                .then().extract().response()).toString().contains(w.studentKey));
        String path = feed(w.founder, "renew");
        List<VEvent> events = parse(path).<VEvent>getComponents("VEVENT").stream()
                .filter(e -> ownProgram(e, w)).toList();
        assertThat(events).extracting(e -> value(e, "UID")).containsExactly(
                "program-cal-co-" + w.s + "-startup-cal-su-" + w.s + "@triad",
                "program-cal-pl-" + w.s + "-opening-" + w.opening + "@triad");
        VEvent match = events.get(1);
        assertThat(value(match, "SUMMARY")).isEqualTo("Deadline of Program cal-pl-" + w.s + " for “Rivet co-op " + w.s
                + "”");
        assertThat(value(match, "DTSTART")).isEqualTo("20991231");
        assertThat(match.getProperty("DTSTART").orElseThrow().getParameter(Parameter.VALUE).map(Parameter::getValue))
                .contains("DATE");
        assertThat(value(match, "URL")).isEqualTo("http://localhost:8080/startups/cal-su-" + w.s + "/openings/"
                + w.opening + "/matches");
        String raw = RestAssured.given().get(path).then().extract().asString();
        assertThat(raw).doesNotContain("1999-02-17", "19990217", "PROTECTED_PERSON", "PERSON_WITH_DISABILITY",
                "Cal Student");
        String page = as(w.founder).get("/deadlines").then().statusCode(200).extract().asString();
        assertThat(page).contains("Deadline of Program cal-pl-" + w.s + " for “Rivet co-op " + w.s + "”")
                .doesNotContain("1999-02-17", "PROTECTED_PERSON", "Cal Student");
        assertThat(as(w.founder).get("/deadlines?lang=fr").then().statusCode(200).extract().asString())
                .contains("Date limite de Program cal-pl-" + w.s);

        // once a placement of that opening shows the program, the match's event gives way to the placement's
        String placement = w.placement();
        assertThat(parse(path).<VEvent>getComponents("VEVENT")).extracting(e -> value(e, "UID"))
                .contains("program-cal-pl-" + w.s + "-placement-" + placement + "@triad")
                .doesNotContain("program-cal-pl-" + w.s + "-opening-" + w.opening + "@triad");
    }

    @Test
    void aFounderIsRemindedOnceOfAProgramThatWouldFundAMatchOfItsOpeningWithNoApplicationYet() {
        World w = new World();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Toronto"));
        w.program("cal-mt-" + w.s, "PLACEMENT", "WAGE_SUBSIDY", today.plusDays(6).toString());
        TestApi.await("the program funds the match", () -> read(as(w.founder).get("/api/openings/" + w.opening
                + "/matches").then().extract().response()).toString().contains("cal-mt-" + w.s));
        DeadlineReminders reminders = io.quarkus.arc.Arc.container().instance(DeadlineReminders.class).get();
        reminders.run();
        reminders.run();
        com.fasterxml.jackson.databind.JsonNode inbox = read(as(w.founder).get("/api/notifications?limit=100")
                .then().statusCode(200).extract().response());
        List<com.fasterxml.jackson.databind.JsonNode> told = new java.util.ArrayList<>();
        inbox.get("items").forEach(i -> {
            if (i.get("kind").asText().equals("DEADLINE_SOON")) {
                told.add(i);
            }
        });
        assertThat(told).extracting(i -> i.get("subject").asText()).containsExactly("Program cal-mt-" + w.s
                + ": the deadline is " + today.plusDays(6) + ", and you have not applied yet");
        assertThat(told.get(0).get("link").asText()).isEqualTo("/startups/cal-su-" + w.s + "/openings/"
                + w.opening + "/matches");
        assertThat(inbox.toString()).doesNotContain("1999-02-17", "PROTECTED_PERSON", "PERSON_WITH_DISABILITY");
        // the student's inbox hears nothing of a founder's deadline
        assertThat(read(as(w.student).get("/api/notifications").then().extract().response()).toString())
                .doesNotContain("cal-mt-" + w.s);
    }

    static void language(String email, String language) {
        long id = io.triad.account.Account.byEmail(email).orElseThrow().id;
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(io.triad.db.Sql.class).get().update("update account set language = ? where id = ?", language, id));
    }

    @Test
    void aFrenchAccountsFeedAndPageNameProgramsInFrenchWithTheSameUidsAndEnglishWhenThereIsNoFrenchName()
            throws Exception {
        World w = new World();
        w.program("cal-fr-" + w.s, "COMPANY", "GRANT", "2090-04-01", ", \"nameFr\": \"Subvention rivet " + w.s + "\"");
        language(w.founder, "fr");
        String path = feed(w.founder, "renew");
        List<VEvent> events = parse(path).<VEvent>getComponents("VEVENT").stream()
                .filter(e -> ownProgram(e, w) && value(e, "UID").contains("-startup-")).toList();
        assertThat(events).extracting(e -> value(e, "UID")).containsExactly(
                "program-cal-co-" + w.s + "-startup-cal-su-" + w.s + "@triad",
                "program-cal-fr-" + w.s + "-startup-cal-su-" + w.s + "@triad");
        assertThat(events).extracting(e -> value(e, "SUMMARY")).containsExactly(
                "Date limite de Program cal-co-" + w.s + " (Calendar Co " + w.s + ")",
                "Date limite de Subvention rivet " + w.s + " (Calendar Co " + w.s + ")");
        language(w.founder, "en");
        assertThat(parse(path).<VEvent>getComponents("VEVENT").stream()
                .filter(e -> value(e, "UID").equals("program-cal-fr-" + w.s + "-startup-cal-su-" + w.s + "@triad"))
                .map(e -> value(e, "SUMMARY")).toList())
                .containsExactly("Deadline of Program cal-fr-" + w.s + " (Calendar Co " + w.s + ")");

        assertThat(as(w.founder).get("/deadlines?lang=fr").then().statusCode(200).extract().asString())
                .contains("Date limite de Subvention rivet " + w.s + " (Calendar Co " + w.s + ")")
                .contains("Date limite de Program cal-co-" + w.s + " (Calendar Co " + w.s + ")")
                .doesNotContain("Program cal-fr-" + w.s);
        assertThat(as(w.founder).get("/deadlines?lang=en").then().statusCode(200).extract().asString())
                .contains("Deadline of Program cal-fr-" + w.s + " (Calendar Co " + w.s + ")")
                .doesNotContain("Subvention rivet " + w.s);
        assertThat(as(w.admin).get("/deadlines?lang=fr").then().statusCode(200).extract().asString())
                .contains("Date limite de votre programme Subvention rivet " + w.s)
                .contains("Date limite de votre programme Program cal-co-" + w.s);
    }

    @Test
    void aFrenchFounderIsRemindedOfAProgramByItsFrenchNameAndTheSameNoticeReadsInEnglishInEnglish() {
        World w = new World();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Toronto"));
        w.program("cal-frsoon-" + w.s, "COMPANY", "GRANT", today.plusDays(9).toString(),
                ", \"nameFr\": \"Bourse bientôt " + w.s + "\"");
        w.program("cal-ensoon-" + w.s, "COMPANY", "GRANT", today.plusDays(8).toString());
        language(w.founder, "fr");
        io.quarkus.arc.Arc.container().instance(DeadlineReminders.class).get().run();
        // one run writes both (in one transaction, so in no particular order)
        assertThat(deadlineSubjects(w)).containsExactlyInAnyOrder(
                "Bourse bientôt " + w.s + " : la date limite est le " + today.plusDays(9)
                        + ", et vous n'avez pas encore fait de demande",
                "Program cal-ensoon-" + w.s + " : la date limite est le " + today.plusDays(8)
                        + ", et vous n'avez pas encore fait de demande");
        language(w.founder, "en");
        assertThat(deadlineSubjects(w)).containsExactlyInAnyOrder(
                "Program cal-frsoon-" + w.s + ": the deadline is " + today.plusDays(9) + ", and you have not applied yet",
                "Program cal-ensoon-" + w.s + ": the deadline is " + today.plusDays(8) + ", and you have not applied yet");
    }

    private static List<String> deadlineSubjects(World w) {
        com.fasterxml.jackson.databind.JsonNode inbox = read(as(w.founder).get("/api/notifications?limit=100")
                .then().statusCode(200).extract().response());
        List<String> out = new java.util.ArrayList<>();
        inbox.get("items").forEach(i -> {
            if (i.get("kind").asText().equals("DEADLINE_SOON") && i.get("link").asText().contains(w.s)) {
                out.add(i.get("subject").asText());
            }
        });
        return out;
    }
}
