package io.triad.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the search index has been built from the database. The details say how far it follows behind; a lag
 * does not make the instance unready (every instance lags alike during a large import).
 */
@Readiness
@ApplicationScoped
class IndexReadiness implements HealthCheck {
    private final SearchIndex index;
    private final IndexFollower follower;

    IndexReadiness(SearchIndex index, IndexFollower follower) {
        this.index = index;
        this.follower = follower;
    }

    @Override
    public HealthCheckResponse call() {
        Lag lag = follower.lag();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search-index").status(index.isReady())
                .withData("pendingChanges", lag.pending())
                .withData("lagSeconds", (long) lag.seconds(Instant.now()))
                .withData("failedRebuilds", follower.failedRebuilds());
        if (lag.lastApplied() != null) {
            response.withData("lastAppliedChangeAt", lag.lastApplied().toString());
        }
        return response.build();
    }
}
