package io.triad.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorPagesTest {
    private static final String PASSWORD = "operator-pass-1";

    @Inject
    AccountService accounts;

    private String operator;
    private String suffix;

    @BeforeEach
    void newOperator() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        operator = "ops-" + suffix + "@example.org";
        accounts.create(operator, PASSWORD, Role.OPERATOR);
    }

    private RequestSpecification asOperator() {
        return given().auth().preemptive().basic(operator, PASSWORD).redirects().follow(false);
    }

    @Test
    void anImportRunsInTheBackgroundAndItsPageReloadsOnlyWhileItRuns() {
        String document = "{\"programs\": [{\"key\": \"bg-" + suffix + "\", \"name\": \"Background\", \"kind\": \"LOAN\","
                + " \"scope\": \"COMPANY\", \"status\": \"DRAFT\", \"funding\": {\"currency\": \"CAD\"}}]}";
        String job = asOperator().cookie("triad_csrf", "t").multiPart("_csrf", "t")
                .multiPart("file", "bg.json", document.getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/operator/import").then().statusCode(303).extract().header("Location");
        job = job.substring(job.indexOf("/operator/import/"));
        Instant give = Instant.now().plus(Duration.ofSeconds(30));
        Response page;
        do {
            page = asOperator().get(job + "?lang=en");
            assertThat(page.statusCode()).isEqualTo(200);
            boolean ended = page.body().asString().contains("ops-phase-done") || page.body().asString().contains("ops-phase-failed");
            assertThat(page.header("Refresh")).as("reloads while running only").isEqualTo(ended ? null : "2");
            assertThat(asOperator().get(job + "?refresh=off").header("Refresh")).isNull();
            if (ended) {
                break;
            }
        } while (Instant.now().isBefore(give));
        assertThat(page.body().asString()).contains("ops-phase-done").contains("bg.json");
        asOperator().get("/api/programs/bg-" + suffix).then().statusCode(200);
        asOperator().get("/operator/import?lang=en").then().statusCode(200).body(containsString(job));
        asOperator().get("/operator/import/no-such-job").then().statusCode(404);
    }

    @Test
    void anEmptyUploadIsRefusedOnThePage() {
        asOperator().cookie("triad_csrf", "t").multiPart("_csrf", "t")
                .multiPart("file", "", new byte[0], "application/octet-stream")
                .post("/operator/import?lang=en").then().statusCode(400)
                .body(containsString("Choose the file to import."));
    }
}
