package io.triad.program;

import static io.triad.TestApi.await;
import static io.triad.TestApi.importDocument;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.TestApi.DashboardWorld;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A dashboard's charts are kept rendered until the engine changes: a student imported through the API counts on the
 * next view, another instance's change (a row and its change_log entry written straight into PostgreSQL) as soon as
 * this instance's engine has it; an administrator's charts are not an operator's.
 */
@QuarkusTest
class KeptChartsTest {
    @Inject
    AgroalDataSource dataSource;

    private static long studentsIn(String html, String region) {
        int at = html.indexOf("id=\"students-region-table\"");
        String table = at < 0 ? "" : html.substring(at, html.indexOf("</table>", at));
        Matcher row = Pattern.compile("<th scope=\"row\">[^<]*" + Pattern.quote(region)
                + "[^<]*</th><td class=\"num\">([0-9]+)</td>").matcher(table);
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }

    @Test
    void aNewStudentCountsOnTheNextViewAndAnotherInstancesChangeOnceTheEngineHasIt() throws SQLException {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        String operator = TestApi.account(Role.OPERATOR);
        String path = "/admin/dashboard/" + seed.key + "?lang=en";
        await("the engine has the seeded students", () -> studentsIn(TestApi.as(operator).get(path).asString(),
                seed.regionA) == 1);
        assertThat(studentsIn(TestApi.as(seed.admin).get(path).asString(), seed.regionA))
                .as("an administrator's charts are their own: no group under 5").isZero();

        importDocument("""
                {"students": [{"key": "%s", "name": "Student t6", "email": "t6@example.org", "field": "TRADES",
                  "level": "PHD", "enrolment": "ENROLLED_FULL_TIME", "region": "%s", "skills": ["python"],
                  "availableFrom": "2020-01-01", "availableUntil": "2099-01-01"}]}"""
                .formatted(seed.student("t6"), seed.regionA));
        assertThat(studentsIn(TestApi.as(operator).get(path).asString(), seed.regionA)).isEqualTo(2);

        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                with changed as (update student set doc = jsonb_set(doc, '{level}', '"PHD"') where key = ?
                  returning key)
                insert into change_log (entity, key) select 'STUDENT', key from changed""")) {
            ps.setString(1, seed.student("t4"));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        await("the other instance's change on the charts", () -> studentsIn(TestApi.as(operator).get(path)
                .asString(), seed.regionA) == 3);
    }
}
