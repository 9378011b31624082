package io.triad.indexing;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the follower is behind, as last measured: committed changes it has not applied yet and when the oldest of
 * them was made (null: none), and when the last change it applied was made (null: none since start-up).
 */
record Lag(long pending, Instant oldestPending, Instant lastApplied) {
    static final Lag NONE = new Lag(0, null, null);

    /** The age of the oldest change not yet applied, in seconds; 0 when the index is up to date. */
    double seconds(Instant now) {
        return oldestPending == null ? 0 : Math.max(0, Duration.between(oldestPending, now).toMillis() / 1000.0);
    }
}
