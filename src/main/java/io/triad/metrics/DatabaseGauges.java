package io.triad.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.triad.web.LogSafe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Gauges read from PostgreSQL, the same on every replica (alerts take their max, never their sum):
 * {@code triad_program_budget_committed_ratio{program}}, the share of a program's placement budget its approved
 * applications have committed (programs with a budget only), and {@code triad_import_jobs{phase}}, the operator
 * import jobs kept, by phase. Refreshed every 15 s rather than at each scrape, so a slow database never stalls one.
 */
@ApplicationScoped
public class DatabaseGauges {
    private static final String BUDGETS = """
            select p.key, (p.doc -> 'funding' ->> 'budget')::numeric,
                   coalesce((select sum(a.amount) from application a where a.program_id = p.id and a.status = 'APPROVED'), 0)
            from program p where (p.doc -> 'funding' ->> 'budget')::numeric > 0""";
    private static final String JOBS = "select phase, count(*) from import_job group by phase";
    private static final List<String> PHASES = List.of("QUEUED", "READING", "VALIDATING", "IMPORTING", "DONE", "FAILED");

    private final AgroalDataSource dataSource;
    private final MultiGauge budgets;
    private final MultiGauge jobs;

    DatabaseGauges(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.budgets = MultiGauge.builder("triad.program.budget.committed.ratio")
                .description("Share of a program's placement budget committed by approved applications").register(registry);
        this.jobs = MultiGauge.builder("triad.import.jobs").description("Operator import jobs kept, by phase")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    @Scheduled(every = "15s", delayed = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<Row<?>> budgetRows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(BUDGETS)) {
                while (rs.next()) {
                    double ratio = rs.getBigDecimal(3).doubleValue() / rs.getBigDecimal(2).doubleValue();
                    budgetRows.add(Row.of(Tags.of("program", rs.getString(1)), ratio));
                }
            }
            budgets.register(budgetRows, true);
            long[] counts = new long[PHASES.size()];
            try (ResultSet rs = s.executeQuery(JOBS)) {
                while (rs.next()) {
                    counts[PHASES.indexOf(rs.getString(1))] = rs.getLong(2);
                }
            }
            List<Row<?>> jobRows = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                jobRows.add(Row.of(Tags.of("phase", PHASES.get(i)), counts[i]));
            }
            jobs.register(jobRows, true);
        } catch (SQLException | RuntimeException e) {
            Log.warn("Could not refresh the database gauges", LogSafe.of(e));
        }
    }
}
