package io.triad.indexing;

import java.time.Duration;

/** Pauses between failed attempts: the first, then twice the previous one, never more than the longest. */
final class Backoff {
    private final Duration longest;
    private Duration next;

    Backoff(Duration first, Duration longest) {
        this.longest = longest;
        this.next = first;
    }

    Duration next() {
        Duration pause = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(longest) > 0 ? longest : doubled;
        return pause;
    }
}
