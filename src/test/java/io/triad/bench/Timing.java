package io.triad.bench;

import io.triad.matching.Balancing;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Times one query per sample key: wall and this thread's CPU time, as {@link BenchReport.Stats}. */
final class Timing {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A query under test; what it returns is kept for the agreement checks. */
    @FunctionalInterface
    interface Query<T> {
        Object run(T key) throws Exception;
    }

    /**
     * What the JVM itself did while a series ran, which a query's wall time includes and its thread's CPU time does
     * not: garbage collection pauses and JIT compilation (the compiler threads' time), in milliseconds.
     */
    record Jvm(long gcMs, long jitMs) {
        static Jvm now() {
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
            return new Jvm(gc, ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        }

        Jvm since(Jvm start) {
            return new Jvm(gcMs - start.gcMs, jitMs - start.jitMs);
        }
    }

    record Measured(BenchReport.Stats latency, BenchReport.Stats cpu, Jvm during, List<Long> warmUpJitMs) {
        Map<String, Object> asMap() {
            return BenchReport.map("latency", latency, "cpuPerQuery", cpu, "gcMsDuringSeries", during.gcMs(),
                    "jitMsDuringSeries", during.jitMs(), "warmUpPassesJitMs", warmUpJitMs);
        }
    }

    /** At most this many passes over a series' warm-up (see {@link #warmUp}). */
    private static final int MAX_WARMUP_PASSES = 5;

    private Timing() {
    }

    static <T> Measured time(List<T> warmup, List<T> sample, Query<T> query, Map<T, Object> answers) throws Exception {
        return time(warmup, sample, query, answers, (key, answer) -> answer);
    }

    /**
     * As above, keeping in {@code answers} only what {@code kept} takes of each answer, once its time is taken: the
     * answers a series kept whole stayed alive until its end, and collecting them was part of its times (300 pages of
     * a student's matches, 2 MB each, cost their series 1.2 s of collection pauses on 2 December).
     */
    static <T> Measured time(List<T> warmup, List<T> sample, Query<T> query, Map<T, Object> answers,
            BiFunction<T, Object, Object> kept) throws Exception {
        List<Long> warmUpJitMs = warmUp(warmup, query);
        long[] wall = new long[sample.size()];
        long[] cpu = new long[sample.size()];
        Jvm start = Jvm.now();
        for (int i = 0; i < sample.size(); i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            Object answer = query.run(sample.get(i));
            wall[i] = System.nanoTime() - t;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            if (answers != null) {
                answers.put(sample.get(i), kept.apply(sample.get(i), answer));
            }
        }
        return new Measured(BenchReport.Stats.of(wall), BenchReport.Stats.of(cpu), Jvm.now().since(start),
                warmUpJitMs);
    }

    /**
     * Runs the warm-up queries in passes until the JIT has settled: a pass in which the compiler threads worked for at
     * most a fiftieth of its wall time, or {@link #MAX_WARMUP_PASSES} passes. One pass was not always enough: a
     * student's matches with 100,000 openings still compiled for 0.2-0.8 s during their timed series on 2 December
     * (13:00-13:48 UTC), with a p99 of 20-45 ms against 14.8 ms at 07:37 with 0.1 s. A series may still compile for
     * its own data (its keys are not the warm-up's). Returns each pass's compile time.
     */
    static <T> List<Long> warmUp(List<T> warmup, Query<T> query) throws Exception {
        List<Long> jitMs = new ArrayList<>();
        for (int pass = 0; pass < MAX_WARMUP_PASSES && !warmup.isEmpty(); pass++) {
            Jvm start = Jvm.now();
            long t = System.nanoTime();
            for (T key : warmup) {
                query.run(key);
            }
            long jit = Jvm.now().since(start).jitMs();
            jitMs.add(jit);
            if (jit * 50 <= (System.nanoTime() - t) / 1_000_000) {
                break;
            }
        }
        return jitMs;
    }

    /**
     * The sample once more for each way split searches cut their range, query by query in alternating order: where
     * both parts end together (the product's way, {@code SearchHelpers.Balance}) and in halves. Same queries, same
     * minute. The searching thread's share of the range is reported before and after.
     */
    static <T> Map<String, Object> balancedAndHalves(List<T> sample, Query<T> query) throws Exception {
        long[] balanced = new long[sample.size()];
        long[] halves = new long[sample.size()];
        double before = Balancing.share();
        try {
            for (int i = 0; i < sample.size(); i++) {
                for (int pass = 0; pass < 2; pass++) {
                    boolean inHalves = (i + pass) % 2 == 1;
                    Balancing.halvesOnly(inHalves);
                    long t = System.nanoTime();
                    query.run(sample.get(i));
                    (inHalves ? halves : balanced)[i] = System.nanoTime() - t;
                }
            }
        } finally {
            Balancing.halvesOnly(false);
        }
        return BenchReport.map("balanced", BenchReport.Stats.of(balanced), "halves", BenchReport.Stats.of(halves),
                "shareBefore", BenchReport.round(before), "shareAfter", BenchReport.round(Balancing.share()));
    }
}
