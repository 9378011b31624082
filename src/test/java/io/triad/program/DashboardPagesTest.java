package io.triad.program;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import io.triad.importing.ImportService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardPagesTest {
    @Inject
    AccountService accounts;
    @Inject
    ImportService imports;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;

    private static io.restassured.specification.RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, DashboardSeed.PASSWORD).redirects().follow(false);
    }

    @Test
    void onlyTheProgramsAdministratorAndOperatorsSeeItsDashboard() {
        DashboardSeed seed = new DashboardSeed().create(accounts, imports, json, "PUBLISHED");
        String other = "dash-other-" + seed.suffix + "@example.org";
        String operator = "dash-op-" + seed.suffix + "@example.org";
        String student = "dash-student-" + seed.suffix + "@example.org";
        accounts.create(other, DashboardSeed.PASSWORD, Role.PROGRAM_ADMIN);
        accounts.create(operator, DashboardSeed.PASSWORD, Role.OPERATOR);
        accounts.create(student, DashboardSeed.PASSWORD, Role.STUDENT);
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
    void anotherAdministratorsDraftIsNotFoundButItsOwnerPreviewsIt() {
        DashboardSeed seed = new DashboardSeed().create(accounts, imports, json, "DRAFT");
        String other = "dash-other-" + seed.suffix + "@example.org";
        accounts.create(other, DashboardSeed.PASSWORD, Role.PROGRAM_ADMIN);
        String path = "/admin/dashboard/" + seed.key;
        as(other).get(path).then().statusCode(404);
        as(seed.admin).get(path + "?lang=en").then().statusCode(200)
                .body(containsString("This program is not published"))
                .body(containsString("id=\"fig-eligible-startups\""));
    }

    @Test
    void approvedPlacementsCountAgainstCapacityAndAddUpToCommittedFunding() {
        DashboardSeed seed = new DashboardSeed().create(accounts, imports, json, "PUBLISHED");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into placement (program_id, opening_id, student_id, status)
                select p.id, o.id, t.id, s.status from program p, opening o, student t,
                  (values ('APPROVED'), ('PROPOSED')) s(status)
                where p.key = ?1 and o.key = ?2 and t.key = ?3""")
                .setParameter(1, seed.key).setParameter(2, seed.opening("a")).setParameter(3, seed.student("t1"))
                .executeUpdate());
        as(seed.admin).get("/admin/dashboard/" + seed.key + "?lang=en").then().statusCode(200)
                .body(containsString("capacity 10 (10% used, 9 left); 1 proposed"))
                .body(containsString("$4,800.00"));
    }

    @Test
    void aDateOutsideTheIntakeMakesEveryoneIneligibleAndSaysWhy() {
        DashboardSeed seed = new DashboardSeed().create(accounts, imports, json, "PUBLISHED");
        as(seed.admin).get("/admin/dashboard/" + seed.key + "?lang=en&asOf=2019-06-01").then().statusCode(200)
                .body(containsString("The program opens on Jan. 1, 2020"))
                .body(containsString("Nothing to show: nobody is eligible."));
        as(seed.admin).get("/admin/dashboard/" + seed.key + "?asOf=June").then().statusCode(400);
    }
}
