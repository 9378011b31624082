package io.triad.load;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each phase of the Gatling run answered: the response time Gatling measured for every checked answer, the
 * failed ones, and the span from the first request's start to the last answer, so a phase's rate is its answers over
 * the time they took (a closed model's last users finish after the injection ends). Gatling's own HTML report holds
 * the same requests; the harness's report is computed from these.
 */
final class Recorder {
    /** One phase measured: answers per second, latency percentiles in milliseconds, errors. */
    record Result(String name, long requests, long errors, double seconds, double perSecond, double p50, double p90,
            double p99, double max) {
    }

    private static final Map<String, Phase> PHASES = new ConcurrentHashMap<>();

    private Recorder() {
    }

    static void ok(String phase, long startMillis, long tookMillis) {
        PHASES.computeIfAbsent(phase, p -> new Phase()).add(startMillis, tookMillis, false);
    }

    static void error(String phase, long startMillis, long tookMillis) {
        PHASES.computeIfAbsent(phase, p -> new Phase()).add(startMillis, tookMillis, true);
    }

    static Result result(String phase) {
        Phase p = PHASES.getOrDefault(phase, new Phase());
        synchronized (p) {
            long[] all = Arrays.copyOf(p.latencies, p.count);
            Arrays.sort(all);
            double seconds = p.count + p.errors == 0 ? 0 : Math.max(1, p.lastEnd - p.firstStart) / 1000.0;
            return new Result(phase, all.length, p.errors, seconds, seconds == 0 ? 0 : all.length / seconds,
                    at(all, 0.50), at(all, 0.90), at(all, 0.99), all.length == 0 ? 0 : all[all.length - 1]);
        }
    }

    private static double at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, i)];
    }

    private static final class Phase {
        long[] latencies = new long[1 << 14];
        int count;
        long errors;
        long firstStart = Long.MAX_VALUE;
        long lastEnd;

        synchronized void add(long start, long took, boolean failed) {
            firstStart = Math.min(firstStart, start);
            lastEnd = Math.max(lastEnd, start + took);
            if (failed) {
                errors++;
                return;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = took;
        }
    }
}
