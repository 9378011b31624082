package io.triad.importing;

import static io.triad.TestApi.account;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.web.BrowserTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

@QuarkusTest
class OperatorJourneyBrowserTest extends BrowserTest {
    /** An import job's page, where an upload leads. */
    private static final String JOB = "/operator/import/[^/]+";

    private String logInAsNewOperator() {
        String email = account(Role.OPERATOR);
        logIn(email, "en");
        return email;
    }

    @Test
    void anOperatorUploadsADocumentFollowsTheImportAndSeesTheCounts() throws IOException {
        String email = logInAsNewOperator();
        String suffix = unique();
        Path file = Files.createTempFile("operator-import-", ".json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(document(suffix).getBytes(StandardCharsets.UTF_8));
        }
        visit("/operator/import", "operator-import");
        find("#file").sendKeys(file.toAbsolutePath().toString());
        go("form.stack button[type=submit]", JOB);
        waitFor("Done", "Failed");
        check("operator-import-done");
        assertThat(text("#job-status")).contains("Done");
        assertThat(text("#job-counts")).contains("Programs\n1").contains("Startups\n2").contains("Openings\n3")
                .contains("Students\n2");
        visit("/operator/import", "operator-import-list");
        assertThat(text("table.ops-table")).contains(file.getFileName().toString()).contains(email).contains("Done");

        visit("/operator/accounts?lang=en&q=" + email, "operator-accounts");
        assertThat(text("table.ops-table tbody")).contains(email).contains("Operator");
        visit("/operator/accounts?lang=fr&role=OPERATOR", "operator-accounts-fr");
        assertThat(text("h1")).isEqualTo("Comptes");
        assertThat(text("table.ops-table thead")).contains("Courriel").contains("Profils étudiants");
        Files.deleteIfExists(file);
    }

    @Test
    void anInvalidDocumentIsReportedWithItsViolationsAndImportsNothing() throws IOException {
        logInAsNewOperator();
        Path file = Files.createTempFile("operator-invalid-", ".json");
        Files.writeString(file, "{\"students\": [{\"key\": \"Bad Key\", \"name\": \"X\"}]}");
        visit("/operator/import?lang=fr", "operator-import-fr");
        find("#file").sendKeys(file.toAbsolutePath().toString());
        go("form.stack button[type=submit]", JOB);
        waitFor("Échec", "Terminée");
        check("operator-import-failed-fr");
        assertThat(text(".ops-steps li.stopped")).as("the step where it stopped").startsWith("Validation");
        assertThat(text("#error-summary")).contains("Rien n'a été importé").contains("students[0].key")
                .contains("students[0].email");
        visit("/admin/import?lang=en", "program-import");
        assertThat(text("h1")).isEqualTo("Import programs");
        type("#text", "key,name,kind,scope,funding.currency\nBad Key,X,GRANT,COMPANY,CAD\n");
        go("form.stack button[type=submit]", "/admin/import");
        check("program-import-errors");
        assertThat(text("#error-summary")).contains("Nothing was imported").contains("Row 2, key: must be");
        assertThat(find("#text").getAttribute("value")).startsWith("key,name,kind");
        Files.deleteIfExists(file);
    }

    /**
     * Follows the job page the upload led to until it shows one of {@code ends}. While the import runs the page reloads
     * itself (Refresh header); the test reads the still version ({@code ?refresh=off}) instead, then opens the page
     * itself, which no longer reloads once the import has ended.
     */
    private void waitFor(String... ends) {
        String job = driver.getCurrentUrl().replaceAll("\\?.*$", "");
        new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300)).until(d -> {
            d.get(job + "?refresh=off");
            return java.util.Arrays.stream(ends).anyMatch(end -> text("#job-status").contains(end));
        });
        open(job, JOB);
    }

    /** A draft program and openings that have started: nothing here can turn up in other tests' matches. */
    private static String document(String suffix) {
        return """
                {"programs": [{"key": "op-p-%1$s", "name": "Operator program", "kind": "GRANT", "scope": "COMPANY", "status": "DRAFT",
                   "funding": {"currency": "CAD", "maxAmount": 10000}}],
                 "startups": [
                   {"key": "op-s1-%1$s", "name": "One", "stage": "SEED", "region": "CA-ON", "headcount": 3,
                    "foundedOn": "2021-01-01", "incorporated": true, "forProfit": true, "openings": [
                      {"key": "op-o1-%1$s", "title": "Dev", "startDate": "2020-05-04", "weeks": 12, "hoursPerWeek": 35,
                       "hourlyWage": 25, "workMode": "REMOTE"},
                      {"key": "op-o2-%1$s", "title": "Ops", "startDate": "2020-05-04", "weeks": 12, "hoursPerWeek": 35,
                       "hourlyWage": 25, "workMode": "ONSITE"}]},
                   {"key": "op-s2-%1$s", "name": "Two", "stage": "IDEA", "region": "CA-QC", "headcount": 1,
                    "foundedOn": "2024-01-01", "incorporated": false, "forProfit": true, "openings": [
                      {"key": "op-o3-%1$s", "title": "Design", "startDate": "2020-05-04", "weeks": 8, "hoursPerWeek": 20,
                       "hourlyWage": 22, "workMode": "HYBRID"}]}],
                 "students": [
                   {"key": "op-t1-%1$s", "name": "Ada", "email": "ada-%1$s@example.org", "field": "ENGINEERING",
                    "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON", "availableFrom": "2099-01-01"},
                   {"key": "op-t2-%1$s", "name": "Bo", "email": "bo-%1$s@example.org", "field": "BUSINESS",
                    "level": "MASTER", "enrolment": "ENROLLED_PART_TIME", "region": "CA-QC", "availableFrom": "2099-01-01"}]}
                """.formatted(suffix);
    }
}
