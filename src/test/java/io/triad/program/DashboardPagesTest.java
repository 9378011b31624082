package io.triad.program;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.TestApi.DashboardWorld;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardPagesTest {
    @Inject
    EntityManager em;

    private static io.restassured.specification.RequestSpecification as(String email) {
        return TestApi.as(email).redirects().follow(false);
    }

    @Test
    void onlyTheProgramsAdministratorAndOperatorsSeeItsDashboard() {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        String other = TestApi.account(Role.PROGRAM_ADMIN);
        String operator = TestApi.account(Role.OPERATOR);
        String student = TestApi.account(Role.STUDENT);
        String path = "/admin/dashboard/" + seed.key;
        as(seed.admin).get(path + "?lang=en").then().statusCode(200).body(containsString("Dashboard test"));
        as(operator).get(path).then().statusCode(200);
        as(other).get(path + "?lang=en").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("Not allowed"));
        as(student).get(path).then().statusCode(403);
        as(seed.admin).get("/admin/dashboard/no-such-program-" + seed.suffix + "?lang=fr").then().statusCode(404)
                .body(containsString("Page introuvable"));
        given().redirects().follow(false).get(path).then().statusCode(303)
                .header("Location", containsString("/login?next="));
        as(seed.admin).get("/admin/dashboard").then().statusCode(200).body(containsString(path));
    }

    @Test
    void anAdministratorSeesNoCountOfFewerThanFiveStudentsButAnOperatorDoes() {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        String path = "/admin/dashboard/" + seed.key + "?lang=en";
        TestApi.await("the engine has the seeded placements", () -> as(seed.admin).get(path).asString()
                .contains("fewer than 5"));
        String admin = as(seed.admin).get(path).then().statusCode(200).extract().asString();
        String operator = as(TestApi.account(Role.OPERATOR)).get(path).then().statusCode(200).extract().asString();
        assertThat(figureValue(admin, "eligible-students")).isEqualTo("fewer than 5");
        assertThat(figureValue(operator, "eligible-students")).isEqualTo("3");
        assertThat(table(admin, "students-region")).doesNotContain(seed.regionB);
        assertThat(table(operator, "students-region")).contains(seed.regionB);
    }

    private static String table(String html, String chart) {
        int at = html.indexOf("id=\"" + chart + "-table\"");
        return at < 0 ? "" : html.substring(at, html.indexOf("</table>", at));
    }

    private static String figureValue(String html, String id) {
        int at = html.indexOf("id=\"fig-" + id + "\"");
        int value = html.indexOf("ops-figure-value", at);
        int start = html.indexOf('>', value) + 1;
        return html.substring(start, html.indexOf('<', start)).strip();
    }

    @Test
    void anotherAdministratorsDraftIsNotFoundButItsOwnerPreviewsIt() {
        DashboardWorld seed = new DashboardWorld("DRAFT");
        String other = TestApi.account(Role.PROGRAM_ADMIN);
        String path = "/admin/dashboard/" + seed.key;
        as(other).get(path).then().statusCode(404);
        as(seed.admin).get(path + "?lang=en").then().statusCode(200)
                .body(containsString("This program is not published"))
                .body(containsString("id=\"fig-eligible-startups\""));
    }

    @Test
    void approvedPlacementsCountAgainstCapacityAndAddUpToCommittedFunding() {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        // two placements of the opening applying for the program: one approved with its recorded amount, one pending
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                with p as (insert into placement (opening_id, startup_id, status, start_date, weeks, hours_per_week,
                    hourly_wage, currency)
                  select o.id, o.startup_id, 'ACTIVE', '2098-03-02', 12, 40, 20, 'CAD'
                  from opening o, generate_series(1, 2) where o.key = ?2 returning id),
                n as (select id, row_number() over (order by id) as r from p)
                insert into application (placement_id, program_id, status, amount, verdict)
                select n.id, g.id, case when n.r = 1 then 'APPROVED' else 'PENDING' end,
                  case when n.r = 1 then 4800 end, '[]'::jsonb
                from n, program g where g.key = ?1""")
                .setParameter(1, seed.key).setParameter(2, seed.opening("a"))
                .executeUpdate());
        as(seed.admin).get("/admin/dashboard/" + seed.key + "?lang=en").then().statusCode(200)
                .body(containsString("capacity 10 (10% used, 9 left); 1 proposed"))
                .body(containsString("$4,800.00"));
    }

    @Test
    void aDateOutsideTheIntakeMakesEveryoneIneligibleAndSaysWhy() {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        as(seed.admin).get("/admin/dashboard/" + seed.key + "?lang=en&asOf=2019-06-01").then().statusCode(200)
                .body(containsString("The program opens on Jan. 1, 2020"))
                .body(containsString("Nothing to show: nobody is eligible."));
        as(seed.admin).get("/admin/dashboard/" + seed.key + "?asOf=June").then().statusCode(400);
    }
}
