package io.triad.program;

import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi.DashboardWorld;
import io.triad.web.BrowserTest;
import org.junit.jupiter.api.Test;

/** An administrator follows the best-placements table to the opening and to the student, in English and French. */
@QuarkusTest
class PlacementPartiesBrowserTest extends BrowserTest {
    @Test
    void anAdministratorOpensTheOpeningAndTheStudentOfABestPlacement() {
        DashboardWorld w = new DashboardWorld("PUBLISHED");
        await("the program's best placements", () -> as(w.admin).get("/api/programs/" + w.key + "/matches")
                .then().extract().asString().contains(w.student("t1")));
        logIn(w.admin, "en");
        String matches = "/admin/programs/" + w.key + "/matches";
        visit(matches, "best-placements");
        go("a[href^='/admin/programs/" + w.key + "/openings/" + w.opening("a") + "?']",
                "/admin/programs/" + w.key + "/openings/" + w.opening("a"));
        check("best-placement-opening");
        assertThat(text("h1")).isEqualTo("Opening a");
        go(".people-crumbs a", matches);
        go("a[href^='/admin/programs/" + w.key + "/students/" + w.student("t1") + "?']",
                "/admin/programs/" + w.key + "/students/" + w.student("t1"));
        check("best-placement-student");
        assertThat(text("h1")).isEqualTo("Student t1");
        assertThat(text("main")).contains("never shown").doesNotContain("t1-" + w.suffix + "@example.org");
        visit("/admin/programs/" + w.key + "/students/" + w.student("t1") + "?lang=fr", "best-placement-student-fr");
        assertThat(text(".lead")).contains("jamais montrés");
    }
}
