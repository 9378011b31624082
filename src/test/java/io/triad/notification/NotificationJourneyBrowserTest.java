package io.triad.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.web.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A student's inbox, notification settings, saved alerts and deadlines in a real browser, in English then French:
 * every page axe-clean and within the Content-Security-Policy (BrowserTest checks both on every page).
 */
@QuarkusTest
class NotificationJourneyBrowserTest extends BrowserTest {

    @Test
    void aStudentReadsItsInvitationSetsItsMailSavesAnAlertAndSubscribesToItsDeadlines() {
        Flow f = new Flow(1, 1);
        f.invite(0);
        logIn(f.studentAccounts.get(0), "en");
        assertThat(text("nav a[href='/notifications']")).isEqualTo("Notifications (1 unread)");
        visit("/notifications", "inbox");
        assertThat(text("#notifications")).contains(f.startupName + " invites you to “" + f.openingTitle + "”");
        go("#notifications form:not(:has(input[name=item])) button", "/invitations");
        assertThat(text("nav a[href='/notifications']")).isEqualTo("Notifications");

        visit("/notifications/settings", "settings");
        find("input[name='mode-INVITATION_RECEIVED'][value='DIGEST']").click();
        go("#notification-settings button[type=submit]", "/notifications/settings");
        assertThat(find("input[name='mode-INVITATION_RECEIVED'][value='DIGEST']").isSelected()).isTrue();
        check("settings-saved");

        visit("/alerts", "alerts-empty");
        type("#new-name", "Programs in my region");
        type("#new-region", f.region);
        go("#new-programs-alert button[type=submit]", "/alerts");
        assertThat(text("#alerts")).contains("Programs in my region");
        go("#alerts form[action$='/pause'] button", "/alerts");
        assertThat(text("#alerts")).contains("Paused");
        check("alert-paused");

        visit("/deadlines", "deadlines");
        assertThat(text("#deadlines")).contains("Last day to answer the invitation to “" + f.openingTitle + "”");
        go("form[action='/deadlines/calendar'] button", "/deadlines");
        assertThat(find("#add-to-calendar").getAttribute("href")).matches("webcal://.*/calendar/[A-Za-z0-9_-]{32}\\.ics");
        check("deadlines-subscribed");

        visit("/notifications?lang=fr", "inbox-fr");
        assertThat(text("h1")).isEqualTo("Notifications");
        assertThat(text("#notifications")).contains("vous invite à");
        visit("/notifications/settings", "settings-fr");
        assertThat(text("main")).contains("Dans le résumé quotidien");
        visit("/alerts", "alerts-fr");
        assertThat(text("h1")).isEqualTo("Alertes enregistrées");
        assertThat(text("#alerts")).contains("En pause");
        visit("/deadlines", "deadlines-fr");
        assertThat(text("#deadlines")).contains("Dernier jour pour répondre");
        assertThat(text("#add-to-calendar")).isEqualTo("Ajouter au calendrier");
    }

    @Test
    void aFounderSavesADirectorySearchMutesAnInvitationFromItsPageAndReadsItsMatchesDeadlines() {
        Flow f = new Flow(1, 1);
        String program = f.program("br", "");
        f.invite(0);
        logIn(f.founder, "en");
        visit("/programs?region=" + f.region + "&scope=PLACEMENT", "directory-save");
        assertThat(find("#save-name").getAttribute("value")).isEqualTo(f.region + " · Pays for a student placement");
        go("#save-search-form button[type=submit]", "/alerts");
        assertThat(text("#alert-saved")).contains("Alert saved");
        assertThat(find("#alerts input[name=region]").getAttribute("value")).isEqualTo(f.region);
        check("alerts-saved-from-directory");

        visit("/invitations", "invitations-mute");
        go("#invitations form[action='/notifications/settings/mutes'] button", "/invitations");
        visit("/notifications/settings", "settings-muted");
        assertThat(text("#mutes")).contains("Invitation “" + f.openingTitle + "”");

        visit("/deadlines", "deadlines-matches");
        String deadline = "Deadline of Notify br " + f.s + " for “" + f.openingTitle + "”";
        reloadUntil(page -> page.contains(deadline), "the deadline of " + program + " for the opening's match");
        assertThat(text("#deadlines")).contains(deadline);

        visit("/programs?region=" + f.region + "&lang=fr", "directory-save-fr");
        assertThat(text("#save-search")).contains("Enregistrer cette recherche");
        visit("/notifications/settings", "settings-muted-fr");
        assertThat(text("#mutes")).contains("Invitation « " + f.openingTitle + " »");
        visit("/deadlines", "deadlines-matches-fr");
        assertThat(text("#deadlines")).contains("Date limite de Notify br " + f.s + " pour « " + f.openingTitle + " »");
    }
}
