package io.triad.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.web.BrowserTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * WORKFLOW.md in a real browser, each page checked by axe and saved as a screenshot: the founder invites a ranked
 * student, the student accepts, the founder applies to two programs in one click each, the administrator approves
 * one and the other, full, waitlists; the founder sees the net cost, the administrator the uptake; then in French.
 */
@QuarkusTest
class PlacementJourneyBrowserTest extends BrowserTest {
    @Inject
    DataSource db;

    @Test
    void founderInvitesStudentAcceptsFounderAppliesAdministratorApprovesOneAndTheFullOneWaitlists() throws Exception {
        World w = new World(2, 2);
        String open = w.program("open", "\"flatPerPlacement\": 1000", "\"capacity\": 5");
        String full = w.program("full", "\"flatPerPlacement\": 1500", "\"capacity\": 1");
        w.approve(w.apply(w.placement(1), full).get("id").asText());

        logIn(w.founder, "en");
        visit("/startups/" + w.startup + "/openings/" + w.opening + "/matches", "ranked-students");
        go("button[data-invite='" + w.student(0) + "']", "/invitations");
        check("invitation-sent");
        assertThat(text("#invitations")).contains("Invited");
        assertThat(text("#pipelines")).contains("Welding co-op at Workflow startup");
        visit("/startups/" + w.startup + "/openings/" + w.opening + "/matches", "ranked-students-invited");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("button[data-invite='" + w.student(0)
                + "']"))).isEmpty();
        assertThat(text("[data-standing='" + w.student(0) + "']")).contains("Invited");

        switchTo(w.studentAccount(0));
        visit("/invitations", "invitation-received");
        String invitation = new Seeds(db).ids("select i.id from invitation i join opening o on o.id = i.opening_id "
                + "join student t on t.id = i.student_id where o.key = ? and t.key = ? and i.status = 'INVITED'",
                w.opening, w.student(0)).get(0);
        go("form[action='/invitations/" + invitation + "/accept'] button", "/placements/.+");
        check("placement-accepted");
        String placement = driver.getCurrentUrl().replaceAll(".*/placements/", "");

        switchTo(w.founder);
        visit("/placements/" + placement, "placement-to-apply");
        go("button[data-program='" + open + "']", "/placements/.+");
        go("button[data-program='" + full + "']", "/placements/.+");
        check("placement-applied");
        assertThat(text("#applications")).contains("Pending");

        switchTo(w.admin);
        for (String program : List.of(open, full)) {
            String shot = program.equals(open) ? "open" : "full";
            visit("/admin/programs/" + program + "/applications?status=PENDING", "queue-" + shot);
            String application = new Seeds(db).ids("select a.id from application a join program g on "
                    + "g.id = a.program_id where a.placement_id = ?::uuid and g.key = ?", placement, program).get(0);
            go("form[action='/placements/applications/" + application + "/approve'] button",
                    "/admin/programs/.+/applications");
            check("queue-decided-" + shot);
        }
        visit("/admin/programs/" + full + "/applications", "queue-full");
        assertThat(text("#applications")).contains("Waitlisted").contains("position 1 on the waitlist");
        visit("/admin/dashboard/" + full, "dashboard-uptake-full");
        assertThat(text("#uptake-approved")).isEqualTo("1");
        assertThat(text("#uptake-waitlisted")).isEqualTo("1");

        switchTo(w.founder);
        visit("/placements/" + placement, "net-cost");
        assertThat(text("#subsidies")).isEqualTo("$1,000.00");
        assertThat(text("#pending")).isEqualTo("$1,500.00");
        assertThat(text("#net-cost")).isEqualTo("$5,000.00");
        assertThat(text("#applications")).contains("Approved").contains("Waitlisted");
        visit("/placements/" + placement + "?lang=fr", "net-cost-fr");
        assertThat(text("#net-cost")).isEqualTo("5 000,00 $");
        assertThat(text("#applications")).contains("Approuvée").contains("Sur liste d'attente");
        visit("/invitations?lang=fr", "pipeline-fr");
        visit("/placements?lang=en", "placements-en");
    }

    private void switchTo(String email) {
        driver.manage().deleteAllCookies();
        logIn(email, "en");
    }
}
