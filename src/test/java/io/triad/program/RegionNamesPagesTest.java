package io.triad.program;

import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.csrfToken;
import static io.triad.TestApi.formToken;
import static io.triad.TestApi.importDocument;
import static io.triad.TestApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import org.junit.jupiter.api.Test;

/** People read and type region names; codes stay in the data and the addresses. */
@QuarkusTest
class RegionNamesPagesTest {

    @Test
    void typingOntarioInTheDirectoryFindsOntarioProgramsShownByName() {
        String s = unique();
        importDocument("""
                {"programs": [
                  {"key": "on-%1$s", "name": "Ontario boost %1$s", "kind": "GRANT", "scope": "COMPANY",
                   "regions": ["CA-ON"], "funding": {"currency": "CAD", "maxAmount": 1000}},
                  {"key": "bc-%1$s", "name": "Pacific boost %1$s", "kind": "GRANT", "scope": "COMPANY",
                   "regions": ["CA-BC"], "funding": {"currency": "CAD", "maxAmount": 1000}}]}""".formatted(s));
        String byField = given().get("/programs?lang=en&size=1000&region=Ontario").then().statusCode(200).extract().asString();
        assertThat(byField).contains("Ontario boost " + s).doesNotContain("Pacific boost " + s)
                .contains("value=\"Ontario\"").contains("<datalist id=\"region-names\">")
                .contains("<option value=\"British Columbia\">");
        String bySearch = given().get("/programs?lang=en&size=1000&q=ontario").then().statusCode(200).extract().asString();
        assertThat(bySearch).contains("Ontario boost " + s).doesNotContain("Pacific boost " + s);
        String french = given().get("/programs?lang=fr&size=1000&region=Colombie-Britannique").then().statusCode(200)
                .extract().asString();
        assertThat(french).contains("Pacific boost " + s).doesNotContain("Ontario boost " + s)
                .contains("<span class=\"tag prog-region\">Colombie-Britannique</span>")
                .doesNotContain("<span class=\"tag prog-region\">CA-BC</span>");
        assertThat(given().get("/programs/on-" + s + "?lang=en").then().statusCode(200).extract().asString())
                .contains(">Ontario</span>").doesNotContain(">CA-ON<");
    }

    @Test
    void theRuleBuilderTakesRegionNamesSeparatedByCommas() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "named-" + s;
        as(admin).cookie(PRE_SESSION, formToken().cookie()).redirects().follow(false).formParam("_csrf", csrfToken())
                .formParam("key", key).formParam("name", "Named regions " + s).formParam("kind", "VOUCHER")
                .formParam("scope", "COMPANY").formParam("regions", "British Columbia, Québec, CA-ON")
                .formParam("funding.currency", "CAD").formParam("funding.maxAmount", "1000").formParam("action", "draft")
                .post("/admin/programs/new").then().statusCode(303);
        assertThat(as(admin).get("/api/programs/" + key).then().statusCode(200).extract().jsonPath().getList("regions"))
                .containsExactly("CA-BC", "CA-QC", "CA-ON");
    }
}
