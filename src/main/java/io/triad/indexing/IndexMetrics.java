package io.triad.indexing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/** The follower's lag as Prometheus gauges: {@code triad_index_lag_seconds} and {@code triad_index_pending_changes}. */
@ApplicationScoped
class IndexMetrics {
    void register(@Observes StartupEvent event, MeterRegistry registry, IndexFollower follower) {
        Gauge.builder("triad.index.lag", follower, f -> f.lag().seconds(Instant.now())).baseUnit("seconds")
                .description("Age of the oldest committed change the search index has not applied yet")
                .register(registry);
        Gauge.builder("triad.index.pending.changes", follower, f -> f.lag().pending())
                .description("Committed changes the search index has not applied yet")
                .register(registry);
    }
}
