package io.triad.importing;

import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.formToken;
import static io.triad.TestApi.csrfToken;
import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorPagesTest {
    private String operator;
    private String suffix;

    @BeforeEach
    void newOperator() {
        suffix = unique();
        operator = account(Role.OPERATOR, "ops-" + suffix);
    }

    private RequestSpecification asOperator() {
        return given().auth().preemptive().basic(operator, PASSWORD).redirects().follow(false);
    }

    @Test
    void anImportRunsInTheBackgroundAndItsPageReloadsOnlyWhileItRuns() {
        String document = "{\"programs\": [{\"key\": \"bg-" + suffix + "\", \"name\": \"Background\", \"kind\": \"LOAN\","
                + " \"scope\": \"COMPANY\", \"status\": \"DRAFT\", \"funding\": {\"currency\": \"CAD\"}}]}";
        String job = asOperator().cookie(PRE_SESSION, formToken().cookie()).multiPart("_csrf", csrfToken())
                .multiPart("file", "bg.json", document.getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/operator/import").then().statusCode(303).extract().header("Location");
        job = job.substring(job.indexOf("/operator/import/"));
        String at = job;
        Response page = await("the import ends").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(() -> jobPage(at), OperatorPagesTest::ended);
        assertThat(page.body().asString()).contains("ops-phase-done").contains("bg.json");
        asOperator().get("/api/programs/bg-" + suffix).then().statusCode(200);
        asOperator().get("/operator/import?lang=en").then().statusCode(200).body(containsString(job));
        asOperator().get("/operator/import/no-such-job").then().statusCode(404);
    }

    /** The job's page, checked on every look: it reloads itself while the import runs, and only then. */
    private Response jobPage(String job) {
        Response page = asOperator().get(job + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Refresh")).as("reloads while running only").isEqualTo(ended(page) ? null : "2");
        assertThat(asOperator().get(job + "?refresh=off").header("Refresh")).isNull();
        return page;
    }

    private static boolean ended(Response page) {
        return page.body().asString().contains("ops-phase-done") || page.body().asString().contains("ops-phase-failed");
    }

    @Test
    void anEmptyUploadIsRefusedOnThePage() {
        asOperator().cookie(PRE_SESSION, formToken().cookie()).multiPart("_csrf", csrfToken())
                .multiPart("file", "", new byte[0], "application/octet-stream")
                .post("/operator/import?lang=en").then().statusCode(400)
                .body(containsString("Choose the file to import."));
    }
}
