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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A dashboard is kept rendered until the engine changes: a student imported through the API counts on the next view,
 * another instance's change (a row and its change_log entry written straight into PostgreSQL) as soon as this
 * instance's engine has it; an administrator's charts are not an operator's. What is not the engine's (the program's
 * applications, who may look) is read on every view and shows at once, with no engine change.
 */
@QuarkusTest
class KeptDashboardsTest {
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

    private static String figureValue(String html, String id) {
        int at = html.indexOf("id=\"fig-" + id + "\"");
        int value = html.indexOf("ops-figure-value", at);
        int start = html.indexOf('>', value) + 1;
        return html.substring(start, html.indexOf('<', start)).strip();
    }

    private static String uptakeApproved(String html) {
        int at = html.indexOf("id=\"uptake-approved\">") + "id=\"uptake-approved\">".length();
        return html.substring(at, html.indexOf('<', at));
    }

    /** An application of one of the program's openings, written straight into PostgreSQL: the engine never hears of it. */
    private void applied(DashboardWorld seed, String status) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                with p as (insert into placement (opening_id, startup_id, status, start_date, weeks, hours_per_week,
                    hourly_wage, currency)
                  select o.id, o.startup_id, 'ACTIVE', '2098-03-02', 12, 40, 20, 'CAD' from opening o where o.key = ?
                  returning id)
                insert into application (placement_id, program_id, status, amount, verdict)
                select p.id, g.id, ?, 4800, '[]'::jsonb from p, program g where g.key = ?""")) {
            ps.setString(1, seed.opening("a"));
            ps.setString(2, status);
            ps.setString(3, seed.key);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void applicationsShowOnTheNextViewWithoutAnyEngineChange() throws SQLException {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        String path = "/admin/dashboard/" + seed.key + "?lang=en";
        await("the engine has the seeded placements", () -> TestApi.as(seed.admin).get(path).asString()
                .contains("fewer than 5"));
        String before = TestApi.as(seed.admin).get(path).then().statusCode(200).extract().asString();
        assertThat(figureValue(before, "approved")).isEqualTo("0");
        assertThat(uptakeApproved(before)).isEqualTo("0");

        applied(seed, "APPROVED");
        String after = TestApi.as(seed.admin).get(path).then().statusCode(200).extract().asString();
        assertThat(figureValue(after, "approved")).isEqualTo("1");
        assertThat(uptakeApproved(after)).isEqualTo("1");
        assertThat(after).contains("$4,800.00");
        applied(seed, "PENDING");
        assertThat(TestApi.as(seed.admin).get(path).asString()).contains("1 proposed");
    }

    @Test
    void whoMayLookIsReadOnEveryViewOfAKeptDashboard() throws SQLException {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        String other = TestApi.account(Role.PROGRAM_ADMIN);
        String path = "/admin/dashboard/" + seed.key + "?lang=en";
        await("the engine has the seeded placements", () -> TestApi.as(seed.admin).get(path).asString()
                .contains("fewer than 5"));
        TestApi.as(other).get(path).then().statusCode(403);

        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update program set owner_id = (select id from account where email = ?) where key = ?")) {
            ps.setString(1, other);
            ps.setString(2, seed.key);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        TestApi.as(seed.admin).get(path).then().statusCode(403);
        assertThat(TestApi.as(other).get(path).then().statusCode(200).extract().asString())
                .contains("id=\"fig-eligible-students\"");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update program set doc = jsonb_set(doc, '{status}', '\"DRAFT\"') where key = ?")) {
            ps.setString(1, seed.key);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        TestApi.as(seed.admin).get(path).then().statusCode(404);
    }

    /**
     * Each viewer keeps one pre-session (its cookie, as a browser keeps it), so their layout is the same on every view
     * and is kept: the program's new name must still reach its title.
     */
    @Test
    void theLayoutAroundAKeptDashboardIsEachViewersOwnAndShowsTheProgramsName() throws SQLException {
        DashboardWorld seed = new DashboardWorld("PUBLISHED");
        String operator = TestApi.account(Role.OPERATOR);
        String otherOperator = TestApi.account(Role.OPERATOR);
        Map<String, String> cookies = Map.of(seed.admin, TestApi.newFormToken().cookie(), operator,
                TestApi.newFormToken().cookie(), otherOperator, TestApi.newFormToken().cookie());
        Function<String, String> view = viewer -> TestApi.as(viewer).cookie(TestApi.PRE_SESSION, cookies.get(viewer))
                .get("/admin/dashboard/" + seed.key + "?lang=en").then().statusCode(200).extract().asString();
        await("the engine has the seeded placements", () -> view.apply(seed.admin).contains("fewer than 5"));
        List<String> viewers = List.of(seed.admin, operator, otherOperator, operator, seed.admin);
        for (String viewer : viewers) {
            String page = view.apply(viewer);
            assertThat(page).contains("<title>Dashboard: Dashboard test " + seed.suffix).contains(viewer)
                    .contains("id=\"fig-eligible-students\"");
            viewers.stream().filter(other -> !other.equals(viewer)).forEach(other -> assertThat(page)
                    .doesNotContain(other));
        }
        assertThat(TestApi.as(operator).cookie(TestApi.PRE_SESSION, cookies.get(operator))
                .get("/admin/dashboard/" + seed.key + "?lang=fr").then().statusCode(200).extract().asString())
                .contains("<html lang=\"fr\">").contains("<title>Tableau de bord : Dashboard test " + seed.suffix)
                .contains(operator);

        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                with changed as (update program set doc = jsonb_set(doc, '{name}', to_jsonb(?::text)) where key = ?
                  returning key)
                insert into change_log (entity, key) select 'PROGRAM', key from changed""")) {
            ps.setString(1, "Renamed dashboard " + seed.suffix);
            ps.setString(2, seed.key);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        await("the new name in the kept layout's title", () -> view.apply(operator)
                .contains("<title>Dashboard: Renamed dashboard " + seed.suffix));
        assertThat(view.apply(operator)).doesNotContain("Dashboard test " + seed.suffix);
    }
}
