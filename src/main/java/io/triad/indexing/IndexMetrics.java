package io.triad.indexing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;

/**
 * The follower's lag and the index's size as Prometheus gauges: {@code triad_index_lag_seconds},
 * {@code triad_index_pending_changes}, {@code triad_index_documents{kind}} (0 while the index is being built) and
 * {@code triad_index_kept_ahead}.
 */
@ApplicationScoped
class IndexMetrics {
    private static final List<String> KINDS = List.of("program", "startup", "opening", "student");

    void register(@Observes StartupEvent event, MeterRegistry registry, IndexFollower follower, SearchIndex index) {
        Gauge.builder("triad.index.lag", follower, f -> f.lag().seconds(Instant.now())).baseUnit("seconds")
                .description("Age of the oldest committed change the search index has not applied yet")
                .register(registry);
        Gauge.builder("triad.index.pending.changes", follower, f -> f.lag().pending())
                .description("Committed changes the search index has not applied yet")
                .register(registry);
        Gauge.builder("triad.index.kept.ahead", index, i -> i.isReady() && i.engineForIndexing().rankingsKept() ? 1 : 0)
                .description("1 when the openings' rankings are kept for the students as they are now: a program's "
                        + "matches read them instead of searching every eligible opening")
                .register(registry);
        for (String kind : KINDS) {
            Gauge.builder("triad.index.documents", index, i -> documents(i, kind)).tag("kind", kind)
                    .description("Documents in this instance's search index, by kind").register(registry);
        }
    }

    private static double documents(SearchIndex index, String kind) {
        return index.isReady() ? index.engineForIndexing().documentCounts().getOrDefault(kind, 0) : 0;
    }
}
