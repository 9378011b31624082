package io.triad.placement;

import static io.triad.TestApi.as;
import static io.triad.TestApi.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.deploy.ExportedMetrics;
import io.triad.metrics.DatabaseGauges;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * /q/metrics, read as Prometheus does (an operator's credentials), holds every series the dashboard and the alerts
 * use, with values that follow what happened: a program's committed budget, a match request, an import job.
 */
@QuarkusTest
class MetricsEndpointTest {

    @Test
    void exportsEverySeriesTheDashboardUses() {
        World w = new World(2, 2);
        String program = w.program("metrics", "\"flatPerPlacement\": 1000, \"budget\": 2500", "\"capacity\": 10");
        w.approve(w.apply(w.placement(0), program).get("id").asText());
        w.approve(w.apply(w.placement(1), program).get("id").asText());
        as(w.founder).get("/api/openings/" + w.opening + "/matches").then().statusCode(200);
        double doneBefore = value(scrape(w.operator), "triad_import_jobs\\{phase=\"DONE\"[^}]*}");
        insertFinishedImportJob();
        Arc.container().instance(DatabaseGauges.class).get().refresh();

        String metrics = scrape(w.operator);
        for (String name : ExportedMetrics.ALL) {
            assertThat(metrics).as(name).containsPattern("(?m)^" + name + "(_count|_bucket)?[{ ]");
        }
        assertThat(value(metrics, ExportedMetrics.BUDGET_COMMITTED + "\\{program=\"" + program + "\"[^}]*}"))
                .isEqualTo(0.8);
        assertThat(value(metrics, ExportedMetrics.MATCH_REQUESTS
                + "_count\\{endpoint=\"/api/openings/\\{key}/matches\"[^}]*}")).isPositive();
        assertThat(metrics).containsPattern(ExportedMetrics.MATCH_REQUESTS + "_bucket\\{endpoint=");
        assertThat(metrics).containsPattern(ExportedMetrics.HTTP + "_bucket\\{");
        // at least the job inserted here: an earlier test's import may finish in between and count too
        assertThat(value(metrics, "triad_import_jobs\\{phase=\"DONE\"[^}]*}")).isGreaterThanOrEqualTo(doneBefore + 1);
        assertThat(value(metrics, ExportedMetrics.INDEX_DOCUMENTS + "\\{kind=\"opening\"[^}]*}")).isPositive();
        assertThat(value(metrics, ExportedMetrics.INDEX_DOCUMENTS + "\\{kind=\"student\"[^}]*}")).isGreaterThanOrEqualTo(2);
        // a match endpoint's metric names the route, never the key asked for
        assertThat(metrics).doesNotContain(w.opening);
    }

    /**
     * The service keeps a program's matches ahead in the background: once a program's matches have found the rankings
     * stale (new students here), they are kept again when the students have been quiet for 2 s, and the gauge says so.
     */
    @Test
    void keepsAheadOnceAProgramsMatchesAskedAndStudentsAreQuiet() {
        World w = new World(2, 2);
        String program = w.program("kept", "\"flatPerPlacement\": 1000", "\"capacity\": 10");
        as(w.operator).get("/api/programs/" + program + "/matches").then().statusCode(200);
        // two looks 2 s apart see the same students, then the keeping itself
        eventually("the openings' rankings kept for the students as they are now").atMost(Duration.ofMinutes(1))
                .until(() -> value(scrape(w.operator), "triad_index_kept_ahead") == 1.0);
    }

    private static String scrape(String operator) {
        return as(operator).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static void insertFinishedImportJob() {
        DataSource db = Arc.container().instance(DataSource.class).get();
        try (var c = db.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("insert into import_job (id, file_name, bytes, created_at, phase, updated_at) "
                    + "values (gen_random_uuid(), 'metrics.json', 10, now(), 'DONE', now())");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
