package io.triad.notification;

import io.triad.db.Sql;
import static io.triad.TestApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.triad.TestApi;
import io.triad.account.Account;
import io.triad.domain.Role;
import io.triad.notification.GreenMailResource.InjectGreenMail;
import io.triad.notification.Kind.Mode;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mail through the outbox to a real SMTP server: language, parts, headers, unsubscribe, digest, mutes, privacy. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class MailTest {
    @InjectGreenMail
    GreenMail greenMail;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    static MailSender sender() {
        return Arc.container().instance(MailSender.class).get();
    }

    static Sql db() {
        return Arc.container().instance(Sql.class).get();
    }

    static long id(String email) {
        return Account.byEmail(email).orElseThrow().id;
    }

    /** Delivers everything due (this test's and others'), as the scheduled sender would. */
    void deliverAll() {
        MailSender sender = sender();
        sender.deliver(10_000, sender::smtp);
    }

    static List<String> kindsQueuedFor(String email) {
        return QuarkusTransaction.requiringNew().call(() -> db().list(
                "select array_to_string(kinds, ',') from mail_outbox where account_id = ? order by created_at",
                rs -> rs.getString(1), id(email)));
    }

    @Test
    void aFrenchStudentGetsItsInvitationByMailInFrenchWithTextHtmlAndOneClickUnsubscribe() throws Exception {
        Flow f = new Flow(1, 1);
        String student = f.studentAccounts.get(0);
        Arc.container().instance(Preferences.class).get().language(id(student), "fr");
        String invitation = f.invite(0);
        deliverAll();
        List<MimeMessage> mails = Mails.to(greenMail, student);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String subject = f.startupName + " vous invite à « " + f.openingTitle + " »";
        assertThat(mail.getSubject()).isEqualTo(subject);
        String messageId = QuarkusTransaction.requiringNew().call(() -> db().one(
                "select message_id from mail_outbox where account_id = ?", rs -> rs.getString(1), id(student))).orElseThrow();
        assertThat(mail.getMessageID()).isEqualTo(messageId).matches("<[0-9a-f-]{36}@triad\\.invalid>");
        String unsubscribe = Mails.header(mail, "List-Unsubscribe");
        assertThat(unsubscribe).matches("<http://localhost:8080/unsubscribe/[A-Za-z0-9_-]{32}>");
        assertThat(Mails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        List<String> parts = Mails.parts(mail);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith("text/plain").contains("Bonjour,").contains(subject)
                .contains("http://localhost:8080/invitations").contains(unsubscribe.substring(1, unsubscribe.length() - 1));
        assertThat(parts.get(1)).startsWith("text/html").contains("<html lang=\"fr\">").contains("Bonjour,")
                .contains("vous invite à");

        // one click, as a mail client sends it: no session, no form token
        String path = unsubscribe.substring("<http://localhost:8080".length(), unsubscribe.length() - 1);
        assertThat(RestAssured.given().get(path).then().statusCode(200).extract().asString())
                .contains("List-Unsubscribe");
        RestAssured.given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(path).then().statusCode(200);
        RestAssured.given().contentType("application/x-www-form-urlencoded").post("/unsubscribe/unknown-token")
                .then().statusCode(404);
        assertThat(Arc.container().instance(Preferences.class).get().mode(id(student), Kind.INVITATION_RECEIVED))
                .isEqualTo(Mode.NEVER);

        // withdrawn then invited again: the inbox hears of both, the mail only of the withdrawal
        as(f.founder).post("/api/invitations/" + invitation + "/withdraw").then().statusCode(200);
        f.invite(0);
        assertThat(TestApi.texts(Flow.inbox(student, "").get("items"), "kind"))
                .containsExactly("INVITATION_RECEIVED", "INVITATION_WITHDRAWN", "INVITATION_RECEIVED");
        assertThat(kindsQueuedFor(student)).containsExactly("INVITATION_RECEIVED", "INVITATION_WITHDRAWN");
    }

    @Test
    void theDigestSkipsItsRunWhileAnotherInstanceHoldsTheJob() throws Exception {
        Flow f = new Flow(1, 1);
        Arc.container().instance(Preferences.class).get().set(id(f.founder), Kind.INVITATION_ACCEPTED, Mode.DIGEST);
        f.placement(0);
        Digests digests = Arc.container().instance(Digests.class).get();
        // another instance's digest run, as PostgreSQL sees it: the same advisory lock on another connection
        try (java.sql.Connection other = dataSource.getConnection(); java.sql.Statement s = other.createStatement()) {
            s.execute("select pg_advisory_lock(hashtext('triad.digest'))");
            assertThat(digests.run()).isZero();
            assertThat(kindsQueuedFor(f.founder)).isEmpty();
            s.execute("select pg_advisory_unlock(hashtext('triad.digest'))");
        }
        assertThat(digests.run()).isPositive();
        assertThat(kindsQueuedFor(f.founder)).containsExactly("INVITATION_ACCEPTED");
    }

    @Test
    void aDailyDigestIsOneMailForManyEventsAndIsNeverSentTwice() throws Exception {
        Flow f = new Flow(3, 3);
        Arc.container().instance(Preferences.class).get().set(id(f.founder), Kind.INVITATION_ACCEPTED, Mode.DIGEST);
        f.placement(0);
        f.placement(1);
        f.placement(2);
        assertThat(kindsQueuedFor(f.founder)).isEmpty();
        Digests digests = Arc.container().instance(Digests.class).get();
        digests.run();
        digests.run();
        assertThat(kindsQueuedFor(f.founder)).containsExactly("INVITATION_ACCEPTED");
        deliverAll();
        List<MimeMessage> mails = Mails.to(greenMail, f.founder);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Triad: 3 notifications of the day");
        String text = Mails.parts(mails.get(0)).get(0);
        for (int i = 0; i < f.students.size(); i++) {
            assertThat(text).contains(f.studentNames.get(i) + " accepted your invitation")
                    .doesNotContain(f.students.get(i));
        }
    }

    @Test
    void aMutedOpeningTellsNothingAndANeverKindStaysInTheInboxOnly() {
        Flow f = new Flow(2, 2);
        String student = f.studentAccounts.get(0);
        Arc.container().instance(Preferences.class).get().mute(id(student), "opening:" + f.opening);
        f.invite(0);
        assertThat(Flow.inbox(student, "").get("total").asLong()).isZero();
        assertThat(kindsQueuedFor(student)).isEmpty();

        String other = f.studentAccounts.get(1);
        Arc.container().instance(Preferences.class).get().set(id(other), Kind.INVITATION_RECEIVED, Mode.NEVER);
        f.invite(1);
        assertThat(Flow.inbox(other, "").get("total").asLong()).isEqualTo(1);
        assertThat(kindsQueuedFor(other)).isEmpty();
    }

    @Test
    void noSensitiveStudentFieldReachesAFounderOrAnAdministratorInAnyNotificationOrMail() throws Exception {
        Flow f = new Flow(5, 5);
        String program = f.program("priv", "\"capacity\": 1");
        String first = f.apply(f.placement(0), program);
        String second = f.apply(f.placement(1), program);
        String third = f.apply(f.placement(2), program);
        f.approve(first);
        f.approve(second);
        TestApi.jsonAs(f.admin, Map.of("reason", "Not this time")).post("/api/applications/" + third + "/refuse")
                .then().statusCode(200);
        as(f.founder).post("/api/applications/" + first + "/withdraw").then().statusCode(200);
        String invitation = f.invite(3);
        as(f.founder).post("/api/invitations/" + invitation + "/withdraw").then().statusCode(200);
        for (String reader : List.of(f.founder, f.admin)) {
            Arc.container().instance(Preferences.class).get().set(id(reader), Kind.APPLICATION_WITHDRAWN, Mode.DIGEST);
        }
        // the founder's deadline reminder and calendar (a program its placements and its match could use), a muted
        // application, and the expiry of an invitation nobody answered
        Arc.container().instance(Preferences.class).get().set(id(f.founder), Kind.INVITATION_EXPIRED, Mode.IMMEDIATE);
        f.invite(4);
        String soon = java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto")).plusDays(5).toString();
        TestApi.jsonAs(f.admin, """
                {"key": "nf-soon-%1$s", "name": "Notify soon %1$s", "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT",
                 "intake": {"opens": "2020-01-01", "deadline": "%2$s"},
                 "student": {"workStatus": ["PROTECTED_PERSON"], "maxAge": 99},
                 "employer": {"regions": ["%3$s"]}, "funding": {"currency": "CAD", "flatPerPlacement": 1000}}"""
                .formatted(f.s, soon, f.region)).put("/api/programs/nf-soon-" + f.s).then().statusCode(201);
        run("io.triad.calendar.DeadlineReminders");
        Forms.post(f.founder, "/notifications/settings/mutes", Map.of("item", "application:" + third, "back",
                "inbox"), "/notifications");
        Forms.post(f.founder, "/deadlines/calendar", Map.of("action", "renew"), "/deadlines");
        String deadlines = as(f.founder).get("/deadlines").then().statusCode(200).extract().asString();
        java.util.regex.Matcher feed = java.util.regex.Pattern.compile("value=\"http://localhost:8080(/calendar/[^\"]+)\"")
                .matcher(deadlines);
        assertThat(feed.find()).isTrue();
        String calendar = RestAssured.given().get(feed.group(1)).then().statusCode(200).extract().asString();
        QuarkusTransaction.requiringNew().run(() -> db().update(
                "update opening set doc = jsonb_set(doc, '{startDate}', '\"2020-01-06\"') where key = ?", f.opening));
        Arc.container().instance(Expiries.class).get().run();
        Arc.container().instance(Digests.class).get().run();
        deliverAll();

        List<String> seen = new ArrayList<>(List.of(deadlines, calendar));
        for (String reader : List.of(f.founder, f.admin)) {
            Arc.container().instance(Preferences.class).get().language(id(reader), "en");
            seen.add(Flow.inbox(reader, "?limit=1000").toString());
            seen.add(as(reader).get("/notifications").then().statusCode(200).extract().asString());
            seen.add(as(reader).get("/notifications?lang=fr").then().statusCode(200).extract().asString());
            seen.add(as(reader).get("/notifications/settings").then().statusCode(200).extract().asString());
            seen.addAll(QuarkusTransaction.requiringNew().call(() -> db().list(
                    "select subject || text_body || html_body from mail_outbox where account_id = ?",
                    rs -> rs.getString(1), id(reader))));
            for (MimeMessage mail : Mails.to(greenMail, reader)) {
                seen.add(Mails.raw(mail));
                seen.addAll(Mails.parts(mail));
            }
        }
        String all = String.join("\n", seen);
        assertThat(all).contains(f.openingTitle).contains("Notify priv").contains("Not this time")
                .contains("Notify soon " + f.s + ": the deadline is " + soon)
                .contains("Deadline of Notify soon " + f.s + " for “" + f.openingTitle + "”")
                .contains("Your invitation to " + f.studentNames.get(4) + " for “" + f.openingTitle
                        + "” expired unanswered")
                .contains("<code>application:" + third + "</code>");
        for (String sensitive : Flow.SENSITIVE) {
            assertThat(all).doesNotContainIgnoringCase(sensitive);
        }
    }

    /** Runs another feature's scheduled job now, as its schedule would (its class is that package's own). */
    static void run(String job) throws Exception {
        Class<?> type = Class.forName(job);
        java.lang.reflect.Method run = type.getDeclaredMethod("run");
        run.setAccessible(true);
        run.invoke(Arc.container().instance(type).get());
    }

    @Test
    void operatorsReadTheKeptMailAndTheOutboxGaugeOthersMayNot() {
        Flow f = new Flow(1, 1);
        f.invite(0);
        String page = as(f.operator).get("/operator/mail").then().statusCode(200).extract().asString();
        assertThat(page).contains(f.startupName + " invites you to");
        as(f.founder).get("/operator/mail").then().statusCode(403);
        assertThat(as(f.operator).get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("(?m)^triad_mail_outbox_pending \\d+\\.\\d+");
    }

    @Test
    void anInvitationThatExpiredIsToldOnceToItsStudentAndToTheFounderWhoSentItByMailAsChosen() throws Exception {
        Flow f = new Flow(1, 1);
        Arc.container().instance(Preferences.class).get().set(id(f.founder), Kind.INVITATION_EXPIRED, Mode.IMMEDIATE);
        Arc.container().instance(Preferences.class).get().language(id(f.founder), "fr");
        String invitation = f.invite(0);
        QuarkusTransaction.requiringNew().run(() -> db().update(
                "update opening set doc = jsonb_set(doc, '{startDate}', '\"2020-01-06\"') where key = ?", f.opening));
        Expiries expiries = Arc.container().instance(Expiries.class).get();
        assertThat(expiries.run()).isGreaterThanOrEqualTo(2);
        expiries.run();
        assertThat(TestApi.texts(Flow.inbox(f.studentAccounts.get(0), "").get("items"), "kind"))
                .containsExactly("INVITATION_EXPIRED", "INVITATION_RECEIVED");
        com.fasterxml.jackson.databind.JsonNode founder = Flow.inbox(f.founder, "").get("items");
        assertThat(TestApi.texts(founder, "kind")).containsExactly("INVITATION_EXPIRED");
        String subject = "Votre invitation à " + f.studentNames.get(0) + " pour « " + f.openingTitle
                + " » a expiré sans réponse";
        assertThat(founder.get(0).get("subject").asText()).isEqualTo(subject);
        assertThat(as(f.founder).get("/notifications").then().extract().asString())
                .contains("value=\"invitation:" + invitation + "\"").contains("value=\"opening:" + f.opening + "\"");
        // the student keeps the kind's default (the daily digest): only the founder's mail goes out now
        deliverAll();
        List<MimeMessage> mails = Mails.to(greenMail, f.founder);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(subject);
        assertThat(Mails.parts(mails.get(0)).get(0)).contains("Bonjour,");
        assertThat(Mails.to(greenMail, f.studentAccounts.get(0))).extracting(MimeMessage::getSubject)
                .containsExactly(f.startupName + " invites you to “" + f.openingTitle + "”");
        String settings = as(f.founder).get("/notifications/settings").then().extract().asString();
        assertThat(settings).contains("data-kind=\"INVITATION_EXPIRED\"");
    }

    @Test
    void aMutedInvitationOrApplicationTellsNothingByInboxOrMailWhileItsSiblingsStillTell() throws Exception {
        Flow f = new Flow(3, 3);
        String program = f.program("mute", "");
        String student = f.studentAccounts.get(0);
        String invitation = f.invite(0);
        String page = as(student).get("/invitations").then().statusCode(200).extract().asString();
        assertThat(page).contains("value=\"invitation:" + invitation + "\"");
        Forms.post(student, "/notifications/settings/mutes", Map.of("item", "invitation:" + invitation,
                "back", "/invitations"), "/invitations");
        as(f.founder).post("/api/invitations/" + invitation + "/withdraw").then().statusCode(200);
        assertThat(TestApi.texts(Flow.inbox(student, "").get("items"), "kind")).containsExactly("INVITATION_RECEIVED");
        f.invite(0); // another invitation to the same opening is not muted
        assertThat(TestApi.texts(Flow.inbox(student, "").get("items"), "kind")).containsExactly("INVITATION_RECEIVED",
                "INVITATION_RECEIVED");
        assertThat(as(student).get("/notifications/settings").then().extract().asString())
                .contains("Invitation “" + f.openingTitle + "” <code>invitation:" + invitation + "</code>");

        // the founder mutes one application from its placement's page: its decisions reach neither inbox nor mail
        String placement = f.placement(1);
        String muted = f.apply(placement, program);
        String other = f.apply(f.placement(2), program);
        assertThat(as(f.founder).get("/placements/" + placement).then().statusCode(200).extract().asString())
                .contains("value=\"application:" + muted + "\"");
        Forms.post(f.founder, "/notifications/settings/mutes", Map.of("item", "application:" + muted,
                "back", "/placements/" + placement), "/placements/" + placement);
        Arc.container().instance(Preferences.class).get().set(id(f.founder), Kind.APPLICATION_REFUSED, Mode.DIGEST);
        f.approve(muted);
        f.approve(other);
        List<String> approved = new ArrayList<>();
        Flow.inbox(f.founder, "").get("items").forEach(i -> approved.add(i.get("kind").asText() + " " + i.get("link")
                .asText()));
        assertThat(approved).contains("APPLICATION_APPROVED /placements/" + placementOf(other))
                .doesNotContain("APPLICATION_APPROVED /placements/" + placement);
        // a digest notice written before the mute is not mailed after it
        String third = f.apply(placement, f.program("late", ""));
        TestApi.jsonAs(f.admin, Map.of("reason", "No")).post("/api/applications/" + third + "/refuse").then()
                .statusCode(200);
        Forms.post(f.founder, "/notifications/settings/mutes", Map.of("item", "application:" + third,
                "back", "inbox"), "/notifications");
        Arc.container().instance(Digests.class).get().run();
        deliverAll();
        List<MimeMessage> mails = Mails.to(greenMail, f.founder);
        String everything = String.join("\n", mails.stream().flatMap(m -> Mails.parts(m).stream()).toList());
        assertThat(mails).extracting(MimeMessage::getSubject).filteredOn(t -> t.contains("approved")).containsExactly("Notify mute " + f.s + " approved the application for “" + f.openingTitle + "”");
        assertThat(everything).doesNotContain("refused");
        assertThat(kindsQueuedFor(f.founder)).containsOnlyOnce("APPLICATION_APPROVED");
        assertThat(QuarkusTransaction.requiringNew().call(() -> db().one("select mail from notification where "
                + "account_id = ? and item = ?", rs -> rs.getString(1), id(f.founder), "application:" + third)))
                .contains("NONE");
        Forms.post(f.founder, "/notifications/settings/mutes", Map.of("item", "application:not-an-id"), null, 400);
    }

    static String placementOf(String application) {
        return QuarkusTransaction.requiringNew().call(() -> db().one("select placement_id::text from application "
                + "where id = ?::uuid", rs -> rs.getString(1), application)).orElseThrow();
    }

    @Test
    void aFrenchFounderReadsProgramsByTheirFrenchNamesInInboxImmediateMailAndDigestAnEnglishAdministratorInEnglish()
            throws Exception {
        Flow f = new Flow(2, 2);
        String french = f.program("frname", "\"nameFr\": \"Aide soudure " + f.s + "\"");
        String english = f.program("enonly", "");
        Preferences preferences = Arc.container().instance(Preferences.class).get();
        preferences.language(id(f.founder), "fr");
        f.approve(f.apply(f.placement(0), french));
        deliverAll();
        String approved = "Aide soudure " + f.s + " a approuvé la demande pour « " + f.openingTitle + " »";
        assertThat(Mails.to(greenMail, f.founder)).extracting(MimeMessage::getSubject).contains(approved);
        assertThat(Mails.to(greenMail, f.admin)).extracting(MimeMessage::getSubject)
                .contains("New application to Notify frname " + f.s + ": “" + f.openingTitle + "” at " + f.startupName);
        assertThat(TestApi.texts(Flow.inbox(f.founder, "").get("items"), "subject")).contains(approved);

        // in the digest, of a program without a French name: its English name in a French sentence
        preferences.set(id(f.founder), Kind.APPLICATION_APPROVED, Mode.DIGEST);
        f.approve(f.apply(f.placement(1), english));
        Arc.container().instance(Digests.class).get().run();
        deliverAll();
        String digest = Mails.to(greenMail, f.founder).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Triad");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(m -> Mails.parts(m).get(0)).findFirst().orElseThrow();
        assertThat(digest).contains("Notify enonly " + f.s + " a approuvé la demande pour « " + f.openingTitle + " »")
                .doesNotContain("approved");
        // the same stored notices read in English by an English reader
        preferences.language(id(f.founder), "en");
        assertThat(TestApi.texts(Flow.inbox(f.founder, "").get("items"), "subject"))
                .contains("Notify frname " + f.s + " approved the application for “" + f.openingTitle + "”")
                .noneMatch(t -> t.contains("Aide soudure"));
    }
}
