package io.triad.program;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.csrfToken;
import static io.triad.TestApi.formToken;
import static io.triad.TestApi.importAs;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.texts;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Optional French names and summaries: imported, edited, validated, and shown on French pages only. */
@QuarkusTest
class FrenchProgramTextTest {
    private static final String PROBLEM = "application/problem+json";

    /** A placement program for a region no test's startup is in: it changes no other test's matches. */
    private static String program(String key, String extra) {
        return """
                {"key": "%s", "name": "Wage help %s", "kind": "WAGE_SUBSIDY", "scope": "PLACEMENT",
                 "summary": "Pays part of the wages.", "regions": ["CA"]%s,
                 "employer": {"regions": ["QM-FR1"]},
                 "funding": {"currency": "CAD", "wagePercent": 50}}""".formatted(key, key, extra);
    }

    @Test
    void frenchNameAndSummaryAreStoredAndShownOnFrenchPagesOnly() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "fr-text-" + s;
        importAs(admin, "{\"programs\": [" + program(key, ", \"nameFr\": \"Aide salariale quenouille" + s
                + "\", \"summaryFr\": \"Paie une partie du salaire.\"") + "]}");
        JsonNode api = read(given().get("/api/programs/" + key).then().statusCode(200).extract().response());
        assertThat(api.path("nameFr").asText()).isEqualTo("Aide salariale quenouille" + s);
        assertThat(api.path("summaryFr").asText()).isEqualTo("Paie une partie du salaire.");
        String fr = given().get("/programs/" + key + "?lang=fr").then().statusCode(200).extract().asString();
        assertThat(fr).contains("Aide salariale quenouille" + s).contains("Paie une partie du salaire.")
                .doesNotContain("Wage help " + key).doesNotContain("Pays part of the wages.");
        String en = given().get("/programs/" + key + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(en).contains("Wage help " + key).contains("Pays part of the wages.")
                .doesNotContain("quenouille" + s);
        await("the directory finds the French name", () -> given().get("/programs?lang=fr&q=quenouille" + s)
                .then().extract().asString().contains("/programs/" + key + "\""));
        assertThat(given().get("/programs?lang=fr&q=quenouille" + s).then().statusCode(200).extract().asString())
                .contains("Aide salariale quenouille" + s);
        assertThat(as(admin).get("/admin/programs?lang=fr").then().statusCode(200).extract().asString())
                .contains("Aide salariale quenouille" + s);
        assertThat(as(admin).get("/admin/dashboard/" + key + "?lang=fr").then().statusCode(200).extract().asString())
                .contains("Aide salariale quenouille" + s);
        assertThat(as(admin).get("/home?lang=fr").then().statusCode(200).extract().asString())
                .contains("Aide salariale quenouille" + s);
    }

    @Test
    void withoutFrenchTextFrenchPagesShowTheEnglishOnesAndTheApiHasNoSuchFields() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "en-only-" + s;
        importAs(admin, "{\"programs\": [" + program(key, "") + "]}");
        JsonNode api = read(given().get("/api/programs/" + key).then().statusCode(200).extract().response());
        assertThat(api.has("nameFr")).isFalse();
        assertThat(api.has("summaryFr")).isFalse();
        assertThat(given().get("/programs/" + key + "?lang=fr").then().statusCode(200).extract().asString())
                .contains("Wage help " + key).contains("Pays part of the wages.").contains("lang=\"en\"");
        String half = "half-fr-" + s;
        importAs(admin, "{\"programs\": [" + program(half, ", \"nameFr\": \"Aide " + s + "\"") + "]}");
        assertThat(given().get("/programs/" + half + "?lang=fr").then().statusCode(200).extract().asString())
                .as("a French name in the page's language, the English summary marked as English")
                .contains("<h1>Aide " + s + "</h1>").contains("<p class=\"lead\" lang=\"en\">Pays part of the wages.</p>");
    }

    @Test
    void csvColumnsNameFrAndSummaryFrAreImported() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "csv-fr-" + s;
        String csv = "key,name,nameFr,kind,scope,summaryFr,funding.currency,status\n"
                + key + ",Voucher,Bon numérique,VOUCHER,COMPANY,Résumé en français,CAD,DRAFT\n";
        given().auth().preemptive().basic(admin, PASSWORD).redirects().follow(false)
                .cookie(PRE_SESSION, formToken().cookie()).multiPart("_csrf", csrfToken())
                .multiPart("file", "p.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/admin/import").then().statusCode(303);
        JsonNode api = read(as(admin).get("/api/programs/" + key).then().statusCode(200).extract().response());
        assertThat(api.path("nameFr").asText()).isEqualTo("Bon numérique");
        assertThat(api.path("summaryFr").asText()).isEqualTo("Résumé en français");
    }

    @Test
    void invalidFrenchTextIsRefusedWithItsFieldAndChangesNothing() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "bad-fr-" + s;
        String tooLong = "x".repeat(201);
        JsonNode problem = read(jsonAs(admin, "{\"programs\": [" + program(key, ", \"nameFr\": 42, \"summaryFr\": \""
                + "y".repeat(4001) + "\"") + "]}").post("/api/import").then().statusCode(400).contentType(PROBLEM)
                .extract().response());
        assertThat(texts(problem.get("violations"), "field"))
                .containsExactlyInAnyOrder("programs[0].nameFr", "programs[0].summaryFr");
        given().get("/api/programs/" + key).then().statusCode(404);

        importAs(admin, "{\"programs\": [" + program(key, ", \"nameFr\": \"Nom d'origine\"") + "]}");
        String body = program(key, ", \"nameFr\": \"" + tooLong + "\"");
        jsonAs(admin, body).put("/api/programs/" + key).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("nameFr"))
                .body("violations[0].message", containsString("200"));
        assertThat(read(given().get("/api/programs/" + key).then().extract().response()).path("nameFr").asText())
                .isEqualTo("Nom d'origine");
    }

    @Test
    void theRuleBuilderSavesAndShowsTheFrenchName() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "form-fr-" + s;
        as(admin).redirects().follow(false).cookie(PRE_SESSION, formToken().cookie()).formParam("_csrf", csrfToken())
                .formParam("key", key).formParam("name", "Voucher " + s).formParam("nameFr", "Bon " + s)
                .formParam("summaryFr", "Un bon.").formParam("kind", "VOUCHER").formParam("scope", "COMPANY")
                .formParam("funding.currency", "CAD").formParam("action", "draft")
                .post("/admin/programs/new").then().statusCode(303);
        JsonNode api = read(as(admin).get("/api/programs/" + key).then().statusCode(200).extract().response());
        assertThat(api.path("nameFr").asText()).isEqualTo("Bon " + s);
        assertThat(api.path("summaryFr").asText()).isEqualTo("Un bon.");
        as(admin).get("/admin/programs/" + key + "/edit?lang=fr").then().statusCode(200)
                .body(containsString("Nom en français")).body(containsString("value=\"Bon " + s + "\""));
    }

    @Test
    void theDirectoryOrderedByNameGoesByTheFrenchNamesOnFrenchPagesAndByTheEnglishOnesOtherwise() {
        String s = unique();
        String admin = account(Role.PROGRAM_ADMIN);
        String region = "XD-" + s.substring(0, 3).toUpperCase();
        String body = """
                {"key": "%s", "name": "%s", "kind": "GRANT", "scope": "COMPANY", "regions": ["%s"]%s,
                 "funding": {"currency": "CAD"}}""";
        importAs(admin, "{\"programs\": [" + String.join(",",
                body.formatted("ord-a-" + s, "Alpha " + s, region, ", \"nameFr\": \"Zèbre " + s + "\""),
                body.formatted("ord-b-" + s, "Beta " + s, region, ""),
                body.formatted("ord-c-" + s, "Gamma " + s, region, ", \"nameFr\": \"Écureuil " + s + "\"")) + "]}");
        assertThat(order(given().get("/programs?lang=fr&region=" + region).then().statusCode(200).extract().asString(), s))
                .as("Beta (no French name), Écureuil, Zèbre").containsExactly("ord-b-" + s, "ord-c-" + s, "ord-a-" + s);
        assertThat(order(given().get("/programs?lang=en&region=" + region).then().statusCode(200).extract().asString(), s))
                .containsExactly("ord-a-" + s, "ord-b-" + s, "ord-c-" + s);
    }

    /** The program keys the page links, in page order. */
    private static java.util.List<String> order(String html, String s) {
        return java.util.regex.Pattern.compile("href=\"/programs/(ord-[abc]-" + java.util.regex.Pattern.quote(s)
                + ")\"").matcher(html).results().map(m -> m.group(1)).distinct().toList();
    }
}
