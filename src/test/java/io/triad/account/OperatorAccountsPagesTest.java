package io.triad.account;

import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.formToken;
import static io.triad.TestApi.csrfToken;
import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorAccountsPagesTest {

    @Inject
    EntityManager em;

    private String operator;
    private String suffix;

    @BeforeEach
    void newOperator() {
        suffix = unique();
        operator = account(Role.OPERATOR, "ops-" + suffix);
    }

    private RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).redirects().follow(false);
    }

    @Test
    void theAccountsListFiltersPagesAndCountsWhatEachOwns() {
        String admin = account(Role.PROGRAM_ADMIN, "ops-" + suffix);
        String csv = "key,name,kind,scope,funding.currency,status\nown-" + suffix + ",Own,GRANT,COMPANY,CAD,DRAFT\n";
        given().auth().preemptive().basic(admin, PASSWORD).cookie(PRE_SESSION, formToken().cookie())
                .multiPart("_csrf", csrfToken())
                .multiPart("file", "p.csv", csv.getBytes(StandardCharsets.UTF_8)).redirects().follow(false)
                .post("/admin/import").then().statusCode(303);
        String row = as(operator).get("/operator/accounts?lang=en&q=" + suffix).then().statusCode(200)
                .body(containsString(admin)).body(containsString(operator))
                .body(containsString("Accounts 1 to 2 of 2"))
                .extract().body().asString();
        String adminRow = row.substring(row.indexOf(admin), row.indexOf("</tr>", row.indexOf(admin)));
        assertThat(adminRow.replaceAll("\\s+", " ")).contains("Program administrator")
                .contains("<td class=\"num\">1</td> <td class=\"num\">0</td> <td class=\"num\">0</td>");
        as(operator).get("/operator/accounts?q=" + suffix + "&role=OPERATOR").then().statusCode(200)
                .body(containsString(operator)).body(not(containsString(admin)));
        as(operator).get("/operator/accounts?q=%25_" + suffix).then().statusCode(200)
                .body(containsString("0 of 0"));
        as(operator).get("/operator/accounts?page=x").then().statusCode(400);
        as(operator).get("/operator/accounts?role=KING").then().statusCode(400);
    }

    @Test
    void theAccountsListShowsFiftyAPageNewestFirstAndItsLinksKeepTheFilter() {
        // Inserted in one statement: 51 bcrypt hashes would cost seconds, and nobody logs in as these accounts.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into account (email, password_hash, role)
                select 'page-' || ?1 || '-' || g || '@example.org', 'not-a-hash', 'STUDENT' from generate_series(1, 51) g
                order by g""").setParameter(1, suffix).executeUpdate());
        String filter = "role=STUDENT&amp;q=page-" + suffix;
        as(operator).get("/operator/accounts?lang=en&role=STUDENT&q=page-" + suffix).then().statusCode(200)
                .body(containsString("Accounts 1 to 50 of 51, newest first"))
                .body(containsString("page-" + suffix + "-51@")).body(not(containsString("page-" + suffix + "-1@")))
                .body(containsString("href=\"/operator/accounts?page=1&amp;" + filter + "\" rel=\"next\""))
                .body(not(containsString("rel=\"prev\"")));
        as(operator).get("/operator/accounts?lang=en&page=1&role=STUDENT&q=page-" + suffix).then().statusCode(200)
                .body(containsString("Accounts 51 to 51 of 51, newest first"))
                .body(containsString("page-" + suffix + "-1@")).body(not(containsString("page-" + suffix + "-51@")))
                .body(containsString("href=\"/operator/accounts?page=0&amp;" + filter + "\" rel=\"prev\""))
                .body(not(containsString("rel=\"next\"")));
        as(operator).get("/operator/accounts?lang=fr&role=STUDENT&q=page-" + suffix).then().statusCode(200)
                .body(containsString("Comptes 1 à 50 sur 51, les plus récents"));
    }

    @Test
    void onlyOperatorsReachTheAccountsList() {
        String admin = account(Role.PROGRAM_ADMIN);
        String student = account(Role.STUDENT);
        as(admin).get("/operator/accounts").then().statusCode(403);
        as(student).get("/operator/accounts").then().statusCode(403);
        given().redirects().follow(false).get("/operator/accounts").then().statusCode(303)
                .header("Location", containsString("/login?next="));
    }
}
