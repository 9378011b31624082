package io.triad.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * How often a busy thread loses its core, measured by threads that do nothing but read the clock: a gap between two
 * readings is time the thread did not run. On a virtual machine the hypervisor may take a virtual CPU away without the
 * guest reporting steal time; a query that splits its work over both cores waits for the slower half, so such gaps
 * land in its tail. Measured with one busy thread and with as many as there are cores.
 *
 * <p>Run on its own: {@code java -cp target/test-classes io.triad.bench.SchedulingGaps [seconds]}.
 */
final class SchedulingGaps {
    /** The gap sizes counted, in milliseconds. */
    private static final double[] OVER_MS = {1, 2, 5};

    private SchedulingGaps() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(probe(args.length > 0 ? Integer.parseInt(args[0]) : 10));
    }

    /**
     * For one busy thread, then (with several cores) one per core: per thread and second, the gaps over each of
     * {@link #OVER_MS}.
     */
    static Map<String, Object> probe(int seconds) throws InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", seconds);
        int cores = Runtime.getRuntime().availableProcessors();
        result.put("oneBusyThread", measure(1, seconds));
        if (cores > 1) {
            result.put(cores + "BusyThreads", measure(cores, seconds));
        }
        return result;
    }

    private static Map<String, Object> measure(int threads, int seconds) throws InterruptedException {
        long[][] counts = new long[threads][OVER_MS.length];
        long[] lostNanos = new long[threads];
        long[] worstNanos = new long[threads];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int t = i;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                long last = System.nanoTime();
                for (long now = last; now < end; now = System.nanoTime()) {
                    long gap = now - last;
                    last = now;
                    if (gap >= 1_000_000) {
                        lostNanos[t] += gap;
                        worstNanos[t] = Math.max(worstNanos[t], gap);
                        for (int k = 0; k < OVER_MS.length; k++) {
                            counts[t][k] += gap > OVER_MS[k] * 1_000_000 ? 1 : 0;
                        }
                    }
                }
            }, "scheduling-gaps-" + i);
            running.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : running) {
            thread.join();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < OVER_MS.length; k++) {
            long sum = 0;
            for (long[] c : counts) {
                sum += c[k];
            }
            m.put("perThreadSecondOver" + (int) OVER_MS[k] + "ms", BenchReport.round((double) sum / threads / seconds));
        }
        long lost = 0;
        long worst = 0;
        for (int i = 0; i < threads; i++) {
            lost += lostNanos[i];
            worst = Math.max(worst, worstNanos[i]);
        }
        m.put("lostPercent", BenchReport.round(100.0 * lost / threads / (seconds * 1e9)));
        m.put("worstMs", BenchReport.round(worst / 1e6));
        return m;
    }
}
