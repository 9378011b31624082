package io.triad.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the search index has been built from the database. */
@Readiness
@ApplicationScoped
class IndexReadiness implements HealthCheck {
    private final SearchIndex index;

    IndexReadiness(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search-index").status(index.isReady()).build();
    }
}
