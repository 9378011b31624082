package io.triad.notification;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.account.Account;
import io.triad.domain.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every party hears of the workflow's changes that concern it, in its language, and reads them in its inbox. */
@QuarkusTest
class InboxTest {

    @Test
    void aStudentHearsOfAnInvitationAndReadsIt() {
        Flow f = new Flow(1, 1);
        f.invite(0);
        String student = f.studentAccounts.get(0);
        JsonNode inbox = Flow.inbox(student, "?unread=true");
        assertThat(inbox.get("total").asLong()).isEqualTo(1);
        JsonNode item = inbox.get("items").get(0);
        assertThat(item.get("kind").asText()).isEqualTo("INVITATION_RECEIVED");
        assertThat(item.get("subject").asText()).isEqualTo(f.startupName + " invites you to “" + f.openingTitle + "”");
        assertThat(item.get("link").asText()).isEqualTo("/invitations");
        assertThat(item.get("read").asBoolean()).isFalse();
        assertThat(item.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(item.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "kind", "at", "read", "subject", "link");

        String id = item.get("id").asText();
        as(f.founder).post("/api/notifications/" + id + "/read").then().statusCode(404);
        as(student).post("/api/notifications/not-an-id/read").then().statusCode(404);
        JsonNode read = TestApi.read(as(student).post("/api/notifications/" + id + "/read").then().statusCode(200)
                .extract().response());
        assertThat(read.get("read").asBoolean()).isTrue();
        assertThat(Flow.inbox(student, "?unread=true").get("total").asLong()).isZero();
        assertThat(Flow.inbox(student, "").get("total").asLong()).isEqualTo(1);
        as(student).get("/api/notifications?unread=maybe").then().statusCode(400)
                .contentType("application/problem+json");
        io.restassured.RestAssured.given().get("/api/notifications").then().statusCode(401);
    }

    @Test
    void founderAndAdministratorHearOfAnswersAndDecisionsWithTheWaitlistPositionAndTheReason() {
        Flow f = new Flow(3, 3);
        String program = f.program("one", "\"capacity\": 1");
        String first = f.apply(f.placement(0), program);
        String second = f.apply(f.placement(1), program);
        String third = f.apply(f.placement(2), program);
        JsonNode admin = Flow.inbox(f.admin, "");
        assertThat(texts(admin.get("items"), "kind")).containsExactly("APPLICATION_RECEIVED", "APPLICATION_RECEIVED",
                "APPLICATION_RECEIVED");
        assertThat(admin.get("items").get(0).get("subject").asText())
                .isEqualTo("New application to Notify one " + f.s + ": “" + f.openingTitle + "” at " + f.startupName);

        f.approve(first);
        f.approve(second);
        jsonAs(f.admin, Map.of("reason", "Budget spent on earlier files")).post("/api/applications/" + third + "/refuse")
                .then().statusCode(200);
        JsonNode founder = Flow.inbox(f.founder, "");
        assertThat(texts(founder.get("items"), "kind")).containsExactly("APPLICATION_REFUSED", "APPLICATION_WAITLISTED",
                "APPLICATION_APPROVED", "INVITATION_ACCEPTED", "INVITATION_ACCEPTED", "INVITATION_ACCEPTED");
        assertThat(founder.get("items").get(0).get("subject").asText()).endsWith(": Budget spent on earlier files");
        assertThat(founder.get("items").get(1).get("subject").asText()).endsWith("(position 1)");
        assertThat(founder.get("items").get(3).get("subject").asText())
                .isEqualTo(f.studentNames.get(2) + " accepted your invitation to “" + f.openingTitle + "”");

        // the approval withdrawn: the waitlisted application is pending again, and both sides hear of it
        as(f.founder).post("/api/applications/" + first + "/withdraw").then().statusCode(200);
        assertThat(texts(Flow.inbox(f.founder, "").get("items"), "kind")).startsWith("APPLICATION_PENDING");
        assertThat(texts(Flow.inbox(f.admin, "").get("items"), "kind")).startsWith("APPLICATION_RELEASED")
                .contains("APPLICATION_WITHDRAWN");
    }

    @Test
    void subjectsAreWrittenInTheReadersLanguage() {
        Flow f = new Flow(1, 1);
        String student = f.studentAccounts.get(0);
        long id = Account.byEmail(student).orElseThrow().id;
        Arc.container().instance(Preferences.class).get().language(id, "fr");
        f.invite(0);
        assertThat(Flow.inbox(student, "").get("items").get(0).get("subject").asText())
                .isEqualTo(f.startupName + " vous invite à « " + f.openingTitle + " »");
    }

    @Test
    void aCancelledPlacementTellsTheOtherPartyAndADeclineTellsTheFounder() {
        Flow f = new Flow(2, 2);
        String placement = f.placement(0);
        as(f.studentAccounts.get(0)).post("/api/placements/" + placement + "/cancel").then().statusCode(200);
        JsonNode founder = Flow.inbox(f.founder, "");
        assertThat(texts(founder.get("items"), "kind")).containsExactly("PLACEMENT_CANCELLED", "INVITATION_ACCEPTED");
        assertThat(founder.get("items").get(0).get("link").asText()).isEqualTo("/placements/" + placement);
        assertThat(texts(Flow.inbox(f.studentAccounts.get(0), "").get("items"), "kind"))
                .containsExactly("INVITATION_RECEIVED");

        String invitation = f.invite(1);
        as(f.studentAccounts.get(1)).post("/api/invitations/" + invitation + "/decline").then().statusCode(200);
        as(f.studentAccounts.get(1)).post("/api/invitations/" + invitation + "/decline").then().statusCode(409);
        assertThat(texts(Flow.inbox(f.founder, "").get("items"), "kind")).containsOnlyOnce("INVITATION_DECLINED");
    }

    @Test
    void theInboxPageListsNotificationsAndTheNavigationCountsTheUnread() {
        Flow f = new Flow(1, 1);
        f.invite(0);
        String student = f.studentAccounts.get(0);
        String page = as(student).get("/notifications").then().statusCode(200).extract().asString();
        assertThat(page).contains("Notifications (1 unread)").contains(f.openingTitle).contains("data-read=\"false\"");
        String fr = as(student).get("/notifications?lang=fr").then().statusCode(200).extract().asString();
        assertThat(fr).contains("Notifications (1 non lues)").contains("vous invite à");
        String id = Flow.inbox(student, "").get("items").get(0).get("id").asText();
        TestApi.FormToken token = TestApi.formToken();
        as(student).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token())
                .formParam("then", "open").redirects().follow(false).post("/notifications/" + id + "/read")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/invitations"));
        assertThat(as(student).get("/notifications").then().statusCode(200).extract().asString())
                .doesNotContain("unread)").contains("data-read=\"true\"");
        assertThat(as(TestApi.account(Role.STARTUP)).get("/notifications").then().statusCode(200).extract().asString())
                .contains("No notifications here.");
    }

    @Test
    void theSettingsPageChangesTheMailLanguageAKindsModeAndMutesAnItemFromTheInbox() {
        Flow f = new Flow(1, 1);
        String student = f.studentAccounts.get(0);
        TestApi.FormToken token = TestApi.formToken();
        String page = as(student).get("/notifications/settings").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-kind=\"INVITATION_RECEIVED\"").doesNotContain("data-kind=\"APPLICATION_RECEIVED\"")
                .contains("<option value=\"en\" selected>");
        assertThat(as(student).get("/notifications/settings?lang=fr").then().statusCode(200).extract().asString())
                .contains("Dans le résumé quotidien");
        as(student).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token())
                .formParam("language", "fr").formParam("mode-INVITATION_RECEIVED", "DIGEST").redirects().follow(false)
                .post("/notifications/settings").then().statusCode(303);
        long id = Account.byEmail(student).orElseThrow().id;
        assertThat(Arc.container().instance(Preferences.class).get().mode(id, Kind.INVITATION_RECEIVED))
                .isEqualTo(Kind.Mode.DIGEST);
        assertThat(TestApi.read(as(student).get("/api/accounts/me").then().statusCode(200).extract().response())
                .get("language").asText()).isEqualTo("fr");
        as(student).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token())
                .formParam("language", "de").post("/notifications/settings").then().statusCode(400);
        as(student).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token())
                .formParam("mode-INVITATION_RECEIVED", "SOMETIMES").post("/notifications/settings").then().statusCode(400);
        assertThat(Arc.container().instance(Preferences.class).get().mode(id, Kind.INVITATION_RECEIVED))
                .isEqualTo(Kind.Mode.DIGEST);

        f.invite(0);
        assertThat(as(student).get("/notifications").then().extract().asString())
                .contains("value=\"opening:" + f.opening + "\"");
        as(student).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token())
                .formParam("item", "opening:" + f.opening).formParam("back", "inbox").redirects().follow(false)
                .post("/notifications/settings/mutes").then().statusCode(303);
        as(student).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token())
                .formParam("item", "<script>").post("/notifications/settings/mutes").then().statusCode(400);
        assertThat(Arc.container().instance(Preferences.class).get().mutes(id)).containsExactly("opening:" + f.opening);
        assertThat(as(student).get("/notifications/settings").then().extract().asString())
                .contains("<code>opening:" + f.opening + "</code>");
    }
}
