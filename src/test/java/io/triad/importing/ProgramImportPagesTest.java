package io.triad.importing;

import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.formToken;
import static io.triad.TestApi.csrfToken;
import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgramImportPagesTest {
    private static final String HEADER = "key,name,kind,scope,regions,summary,opens,deadline,capacity,employer.stages,"
            + "employer.maxHeadcount,student.levels,placement.minWeeks,funding.currency,funding.wagePercent,"
            + "funding.capPerPlacement,status\n";

    private String admin;
    private String suffix;

    @BeforeEach
    void newAdmin() {
        suffix = unique();
        admin = account(Role.PROGRAM_ADMIN);
    }

    private RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).redirects().follow(false)
                .cookie(PRE_SESSION, formToken().cookie());
    }

    private RequestSpecification upload(String email, String name, String content) {
        return as(email).multiPart("_csrf", csrfToken())
                .multiPart("file", name, content.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    @Test
    void csvWithInvalidRowsNamesEachRowAndColumnAndImportsNothing() {
        String csv = HEADER
                + "good-" + suffix + ",Good,WAGE_SUBSIDY,PLACEMENT,CA,,,,,,,,,CAD,50,,DRAFT\n"
                + "bad-head-" + suffix + ",Bad headcount,WAGE_SUBSIDY,PLACEMENT,CA,,,,,SEED,-1,,,CAD,50,,DRAFT\n"
                + "bad-kind-" + suffix + ",Bad kind,SUBSIDY,PLACEMENT,CA|XX-,,,,,,,,,CAD,150,,DRAFT\n";
        upload(admin, "programs.csv", csv).post("/admin/import").then().statusCode(400)
                .body(containsString("Row 3, employer.maxHeadcount: must be"))
                .body(containsString("Row 4, kind: must be one of"))
                .body(containsString("Row 4, regions: must be"))
                .body(containsString("Row 4, funding.wagePercent: must be"))
                .body(not(containsString("Row 2,")));
        as(admin).get("/api/programs/good-" + suffix).then().statusCode(404);
    }

    @Test
    void csvRowErrorsAreInFrenchOnAFrenchPageAndInEnglishInTheApi() {
        String csv = HEADER
                + "dup-" + suffix + ",Dup,WAGE_SUBSIDY,PLACEMENT,CA,,,,,,,,,CAD,50,,DRAFT\n"
                + "dup-" + suffix + ",Dup again,SUBSIDY,PLACEMENT,CA,,,,,SEED,-1,,,CAD,150,,DRAFT\n";
        String html = upload(admin, "programs.csv", csv).cookie("triad_lang", "fr").post("/admin/import")
                .then().statusCode(400).extract().asString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("Ligne 3, key : la clé dup-" + suffix + " est utilisée deux fois (la première fois à ligne 2)")
                .contains("Ligne 3, kind : doit être l&#39;une de ces valeurs : WAGE_SUBSIDY, TAX_CREDIT")
                .contains("Ligne 3, employer.maxHeadcount : doit être 0 ou plus")
                .contains("Ligne 3, funding.wagePercent : doit être entre 0 et 100")
                .doesNotContain("must be").doesNotContain("duplicate key");
        as(admin).get("/api/programs/dup-" + suffix).then().statusCode(404);
        String json = "{\"programs\": [{\"key\": \"Bad Key\", \"name\": \"X\", \"kind\": \"GRANT\", "
                + "\"scope\": \"COMPANY\", \"funding\": {\"currency\": \"CAD\"}}]}";
        as(admin).contentType("application/json").body(json).post("/api/import").then().statusCode(400)
                .body("violations[0].field", equalTo("programs[0].key"))
                .body("violations[0].message", startsWith("must be a key of lower-case letters"));
        as(admin).multiPart("_csrf", csrfToken()).multiPart("text", json).cookie("triad_lang", "fr")
                .post("/admin/import").then().statusCode(400)
                .body(containsString("doit être une clé faite de lettres minuscules"))
                .body(not(containsString("must be a key")));
    }

    @Test
    void csvImportsExactlyItsRowsWithListsQuotesAndDates() {
        String csv = HEADER.replace("\n", "\r\n")
                + "one-" + suffix + ",\"Wage help, \"\"Plus\"\"\",WAGE_SUBSIDY,PLACEMENT,CA|CA-ON,\"Two\nlines\","
                + "2026-01-01,2099-12-31,25,SEED | SERIES_A,99,BACHELOR|MASTER,8,CAD,50.5,5000,DRAFT\r\n"
                + "two-" + suffix + ",Voucher,VOUCHER,COMPANY,CA-QC,,,,,,,,,CAD,,,DRAFT\r\n";
        upload(admin, "programs.csv", csv).post("/admin/import").then().statusCode(303)
                .header("Location", containsString("/admin/import?programs=2&startups=0"));
        as(admin).get("/api/programs/one-" + suffix).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("name", equalTo("Wage help, \"Plus\""))
                .body("summary", equalTo("Two\nlines"))
                .body("regions", equalTo(java.util.List.of("CA", "CA-ON")))
                .body("intake.opens", equalTo("2026-01-01"))
                .body("capacity", equalTo(25))
                .body("employer.stages", equalTo(java.util.List.of("SEED", "SERIES_A")))
                .body("employer.maxHeadcount", equalTo(99))
                .body("employer.minHeadcount", equalTo(null))
                .body("student.levels", equalTo(java.util.List.of("BACHELOR", "MASTER")))
                .body("funding.wagePercent", equalTo(50.5f))
                .body("funding.capPerPlacement", equalTo(5000));
        as(admin).get("/api/programs/two-" + suffix).then().statusCode(200).body("scope", equalTo("COMPANY"));
        as(admin).get("/admin/import?programs=2&startups=0&openings=0&students=0").then().statusCode(200)
                .body(containsString("Import complete"));
    }

    @Test
    void unknownColumnsAndRaggedRowsAreReported() {
        String csv = "key,name,kind,scope,funding.currency,employer.maxHeadcout\n"
                + "x-" + suffix + ",X,GRANT,COMPANY,CAD\n";
        upload(admin, "programs.csv", csv).post("/admin/import").then().statusCode(400)
                .body(containsString("Row 1, employer.maxHeadcout: unknown column"))
                .body(containsString("Row 2: has 5 fields; the header has 6"));
    }

    @Test
    void pastedJsonWithStartupsIsRefusedToAProgramAdministrator() {
        String json = "{\"programs\": [], \"startups\": [{\"key\": \"s-" + suffix + "\"}]}";
        as(admin).multiPart("_csrf", csrfToken()).multiPart("text", json).post("/admin/import").then().statusCode(400)
                .body(containsString("Program administrators may import programs only"));
        given().auth().preemptive().basic(admin, PASSWORD).get("/api/startups/s-" + suffix).then().statusCode(404);
    }

    @Test
    void jsonProgramsImportWithTheApisValidation() {
        String json = "{\"programs\": [{\"key\": \"j-" + suffix + "\", \"name\": \"J\", \"kind\": \"GRANT\","
                + " \"scope\": \"COMPANY\", \"status\": \"DRAFT\", \"funding\": {\"currency\": \"CAD\", \"maxAmount\": -5}}]}";
        upload(admin, "p.json", json).post("/admin/import").then().statusCode(400)
                .body(containsString("programs[0].funding.maxAmount"));
        String valid = json.replace("\"maxAmount\": -5", "\"maxAmount\": 5000");
        upload(admin, "p.json", valid).post("/admin/import").then().statusCode(303);
        as(admin).get("/api/programs/j-" + suffix).then().statusCode(200).body("funding.maxAmount", equalTo(5000));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejectedAndChangeNothing() {
        String csv = HEADER + "csrf-" + suffix + ",C,GRANT,COMPANY,,,,,,,,,,CAD,,,DRAFT\n";
        given().auth().preemptive().basic(admin, PASSWORD).cookie(PRE_SESSION, formToken().cookie())
                .multiPart("_csrf", "other-token").multiPart("file", "p.csv", csv.getBytes(StandardCharsets.UTF_8))
                .post("/admin/import").then().statusCode(403);
        given().auth().preemptive().basic(admin, PASSWORD)
                .multiPart("file", "p.csv", csv.getBytes(StandardCharsets.UTF_8))
                .post("/admin/import").then().statusCode(403);
        as(admin).get("/api/programs/csrf-" + suffix).then().statusCode(404);
        String operator = account(Role.OPERATOR);
        given().auth().preemptive().basic(operator, PASSWORD)
                .multiPart("file", "d.json", "{}".getBytes(StandardCharsets.UTF_8))
                .post("/operator/import").then().statusCode(403);
    }

    @Test
    void onlyOperatorsReachTheOperatorImportPages() {
        String student = account(Role.STUDENT);
        for (String path : new String[] {"/operator/import", "/operator/import/nope"}) {
            as(admin).get(path).then().statusCode(403);
            as(student).get(path).then().statusCode(403);
            given().redirects().follow(false).get(path).then().statusCode(303)
                    .header("Location", containsString("/login?next="));
        }
        upload(student, "p.csv", HEADER).post("/admin/import").then().statusCode(403);
        as(student).get("/admin/import").then().statusCode(403);
    }

    @Test
    void theTemplateCsvImportsAsIs() {
        as(admin).get("/admin/import/programs-template.csv").then().statusCode(200)
                .contentType(containsString("text/csv"));
        // A draft: a published program this open would fund other tests' placements.
        String template = ProgramCsv.template().replace("swpp-example", "tpl-" + suffix).replace("PUBLISHED", "DRAFT");
        upload(admin, "t.csv", template).post("/admin/import").then().statusCode(303);
        as(admin).get("/api/programs/tpl-" + suffix).then().statusCode(200)
                .body("funding.enhancedGroups", equalTo(java.util.List.of("WOMAN_IN_STEM", "INDIGENOUS")));
    }
}
