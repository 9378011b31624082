package io.triad.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per subject in a sliding window. Kept in memory: each replica throttles on its own,
 * which bounds an attacker to (limit × replicas) attempts per window.
 */
final class Throttle {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds until the subject may try again, when it has used up its limit in the window. */
    OptionalLong blockedFor(String subject) {
        Deque<Instant> seen = events.get(subject);
        if (seen == null) {
            return OptionalLong.empty();
        }
        synchronized (seen) {
            prune(seen);
            if (seen.size() < limit) {
                return OptionalLong.empty();
            }
            Instant freeAt = seen.peekFirst().plus(window);
            return OptionalLong.of(Math.max(1, Duration.between(clock.instant(), freeAt).toSeconds() + 1));
        }
    }

    void record(String subject) {
        Deque<Instant> seen = events.computeIfAbsent(subject, s -> new ArrayDeque<>());
        synchronized (seen) {
            prune(seen);
            seen.addLast(clock.instant());
        }
    }

    void clear(String subject) {
        events.remove(subject);
    }

    private void prune(Deque<Instant> seen) {
        Instant horizon = clock.instant().minus(window);
        while (!seen.isEmpty() && !seen.peekFirst().isAfter(horizon)) {
            seen.removeFirst();
        }
    }
}
