package io.triad.indexing;

import static io.triad.TestApi.PRE_SESSION;
import static io.triad.TestApi.formToken;
import static io.triad.TestApi.csrfToken;
import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.await;
import static io.triad.TestApi.jsonAs;
import static io.triad.indexing.OwnOpening.ENDS_EARLY;
import static io.triad.indexing.OwnOpening.FITS;
import static io.triad.indexing.OwnOpening.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An operator's large import runs while everyone else keeps editing: its validation and owner resolution hold no
 * transaction id, so the follower passes other writers' changes meanwhile; only its short final write holds them
 * back. A profile saved again and again during the import reaches the matches each time within the polling limit
 * (5 s), and at least once before the import ends. The imported students are available in 2045 only, so no other
 * test's opening sees them, and they are deleted afterwards.
 */
@QuarkusTest
class LargeImportTest {
    private static final int STUDENTS = 10_000;

    @Inject
    AgroalDataSource dataSource;

    private OwnOpening own;
    private String operator;

    @BeforeEach
    void openingOfItsOwn() {
        own = new OwnOpening();
        operator = account(Role.OPERATOR);
    }

    @AfterEach
    void deleteTheImportedStudents() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                with gone as (delete from student where key like ? returning key)
                insert into change_log (entity, key) select 'STUDENT', key from gone""")) {
            ps.setString(1, "bulk-" + own.suffix + "-%");
            ps.executeUpdate();
        }
    }

    @Test
    void profileChangesReachTheMatchesWhileALargeImportRuns() throws SQLException {
        String key = own.key("editing");
        String owner = account(Role.STUDENT);
        jsonAs(owner, student(key, FITS)).put("/api/students/" + key).then().statusCode(201);

        Instant started = Instant.now();
        String body = bulk();
        String job = upload(body);
        int reachedDuringImport = 0;
        boolean fits = true;
        while (!ended(job)) {
            fits = !fits;
            boolean expected = fits;
            jsonAs(owner, student(key, fits ? FITS : ENDS_EARLY)).put("/api/students/" + key).then().statusCode(200);
            await("the saved profile reaches the matches during the import", () -> own.matched().contains(key) == expected);
            if (!ended(job)) {
                reachedDuringImport++;
            }
        }
        Log.infof("Import of %d students: %d s, %d profile changes matched meanwhile", STUDENTS,
                Duration.between(started, Instant.now()).toSeconds(), reachedDuringImport);
        assertThat(page(job)).contains("ops-phase-done");
        assertThat(reachedDuringImport).as("profile changes matched before the import ended").isPositive();
        assertThat(imported()).isEqualTo(STUDENTS);
    }

    private String bulk() {
        StringBuilder doc = new StringBuilder("{\"students\": [");
        for (int i = 0; i < STUDENTS; i++) {
            doc.append(i == 0 ? "" : ",\n").append(student("bulk-" + own.suffix + "-" + i, "2045-12-31")
                    .replace("2029-05-01", "2045-01-01"));
        }
        return doc.append("]}").toString();
    }

    /** Gzipped, as operators may send it: the repetitive document shrinks fifty times and uploads at once. */
    private String upload(String document) {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(document.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String location = asOperator().cookie(PRE_SESSION, formToken().cookie()).multiPart("_csrf", csrfToken())
                .multiPart("file", "bulk.json.gz", gzipped.toByteArray(), "application/gzip")
                .post("/operator/import").then().statusCode(303).extract().header("Location");
        return location.substring(location.indexOf("/operator/import/"));
    }

    private boolean ended(String job) {
        String page = page(job);
        assertThat(page).doesNotContain("ops-phase-failed");
        return page.contains("ops-phase-done");
    }

    private String page(String job) {
        return asOperator().get(job + "?lang=en").then().statusCode(200).extract().asString();
    }

    private RequestSpecification asOperator() {
        return given().auth().preemptive().basic(operator, PASSWORD).redirects().follow(false);
    }

    private long imported() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from student where key like ?")) {
            ps.setString(1, "bulk-" + own.suffix + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
