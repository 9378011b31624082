package io.triad.deploy;

import java.util.Set;

/**
 * The Prometheus series Triad exports that operators chart and page on (README, "Metrics"). The Grafana dashboard must
 * use exactly these; {@code MetricsEndpointTest} finds each in /q/metrics.
 */
public final class ExportedMetrics {
    /** Quarkus' HTTP server timer (histogram buckets on: p99 in the alerts). */
    public static final String HTTP = "http_server_requests_seconds";
    public static final String MATCH_REQUESTS = "triad_match_requests_seconds";
    public static final String INDEX_LAG = "triad_index_lag_seconds";
    public static final String INDEX_PENDING = "triad_index_pending_changes";
    public static final String INDEX_DOCUMENTS = "triad_index_documents";
    public static final String IMPORT_JOBS = "triad_import_jobs";
    public static final String BUDGET_COMMITTED = "triad_program_budget_committed_ratio";
    /** Registered by the mail outbox (notifications), not by the code of this package's subject. */
    public static final String MAIL_OUTBOX = "triad_mail_outbox_pending";

    public static final Set<String> ALL = Set.of(HTTP, MATCH_REQUESTS, INDEX_LAG, INDEX_PENDING, INDEX_DOCUMENTS, IMPORT_JOBS,
            BUDGET_COMMITTED, MAIL_OUTBOX);

    private ExportedMetrics() {
    }
}
