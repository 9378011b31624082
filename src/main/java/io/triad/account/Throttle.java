package io.triad.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts events per subject in a sliding window. A caller takes a slot BEFORE the outcome is known (a log-in takes
 * it before the password is checked) and gives it back if the event turns out not to count, so parallel requests
 * can never exceed the limit between a check and a record.
 *
 * <p>Memory is bounded: a subject keeps at most {@code limit} times (a full subject is refused, never appended to),
 * and at most {@code maxSubjects} subjects are tracked; beyond, the one touched least recently is forgotten (it is
 * the one whose window is most likely over anyway). Kept in memory: each replica throttles on its own, which bounds
 * an attacker to (limit × replicas) attempts per window.
 */
final class Throttle {
    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Times> subjects;

    Throttle(int limit, Duration window, int maxSubjects, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.subjects = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Times> eldest) {
                return size() > maxSubjects;
            }
        };
    }

    /** A slot taken for a subject, to be given back with {@link #release} when the event does not count. */
    record Slot(String subject, long at) {
    }

    /** Seconds until the subject may try again when its window is full; 0 when a slot is free. */
    synchronized long retryAfter(String subject) {
        Times times = subjects.get(subject);
        if (times == null) {
            return 0;
        }
        long now = clock.millis();
        times.prune(now - windowMillis);
        if (times.size < limit) {
            return 0;
        }
        long freeAt = times.at[0] + windowMillis;
        return Math.max(1, (freeAt - now + 999) / 1000);
    }

    /** Takes a slot when one is free. */
    synchronized Optional<Slot> tryTake(String subject) {
        return retryAfter(subject) > 0 ? Optional.empty() : Optional.of(take(subject));
    }

    /** Takes a slot; the caller has seen {@link #retryAfter} answer 0 under a lock that still holds. */
    synchronized Slot take(String subject) {
        Times times = subjects.computeIfAbsent(subject, s -> new Times());
        long now = clock.millis();
        times.prune(now - windowMillis);
        long at = times.size == 0 ? now : Math.max(now, times.at[times.size - 1]);
        times.add(at, limit);
        return new Slot(subject, at);
    }

    /** Gives a slot back (the attempt succeeded); nothing when the subject was forgotten meanwhile. */
    synchronized void release(Slot slot) {
        Times times = subjects.get(slot.subject());
        if (times != null) {
            times.remove(slot.at());
            if (times.size == 0) {
                subjects.remove(slot.subject());
            }
        }
    }

    /** How many subjects are tracked now (the memory bound's measure). */
    synchronized int subjects() {
        return subjects.size();
    }

    /** One subject's event times, ascending, in an array that grows up to the limit and no further. */
    private static final class Times {
        long[] at = new long[2];
        int size;

        void prune(long horizon) {
            int expired = 0;
            while (expired < size && at[expired] <= horizon) {
                expired++;
            }
            if (expired > 0) {
                System.arraycopy(at, expired, at, 0, size - expired);
                size -= expired;
            }
        }

        void add(long time, int limit) {
            if (size == at.length) {
                at = Arrays.copyOf(at, Math.max(size + 1, Math.min(limit, at.length * 2)));
            }
            at[size++] = time;
        }

        void remove(long time) {
            for (int i = size - 1; i >= 0; i--) {
                if (at[i] == time) {
                    System.arraycopy(at, i + 1, at, i, size - i - 1);
                    size--;
                    return;
                }
            }
        }
    }
}
