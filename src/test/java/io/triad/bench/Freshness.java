package io.triad.bench;

import static io.triad.bench.BenchReport.map;
import static io.triad.bench.MatchBenchmark.AS_OF;
import static io.triad.bench.MatchBenchmark.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.OpeningForStudent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Freshness under write load: while a writer replaces {@code rate} students a second (their bio changes, as the
 * profile page saves them), a probe changes one student's availability so that it no longer fits an opening it
 * fitted, and times until that opening's matches no longer count it; then changes it back and times until they count
 * it again. The writer's changes never change who fits, so the opening's total moves only with the probe.
 */
final class Freshness {
    private static final int POOL = 2000;
    private static final long POLL_NANOS = 2_000_000;
    private static final long GIVE_UP_NANOS = 30_000_000_000L;

    private Freshness() {
    }

    /**
     * Replaces {@code rate} students a second, picked from the first half of {@code pool}, their bio edited (which
     * changes no one's fit) until closed.
     */
    static final class Writer implements AutoCloseable {
        private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicLong writes = new AtomicLong();
        private final long start = System.nanoTime();

        Writer(MatchEngine engine, List<StudentDoc> pool, int rate) {
            Random random = new Random(7);
            writer.scheduleAtFixedRate(() -> {
                StudentDoc t = pool.get(random.nextInt(pool.size() / 2));
                engine.putStudent(with(t, "bio", "Edited " + writes.incrementAndGet()));
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        }

        long writes() {
            return writes.get();
        }

        double perSecond() {
            return BenchReport.round(writes.get() / ((System.nanoTime() - start) / 1e9));
        }

        /** Waits for the write under way: an interrupt during a write would close Lucene's index writer. */
        @Override
        public void close() throws InterruptedException {
            writer.shutdown();
            writer.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    static Map<String, Object> measure(MatchEngine engine, Path studentRows, int rate, int probes) throws Exception {
        List<StudentDoc> pool = firstStudents(studentRows);
        Writer writer = new Writer(engine, pool, rate); // the probes use the other half of the pool
        List<Long> nanos = new ArrayList<>();
        int timeouts = 0;
        try {
            for (int i = 0; nanos.size() + timeouts < probes && i < pool.size() / 2; i++) {
                StudentDoc t = pool.get(pool.size() / 2 + i);
                List<OpeningForStudent> fits = engine.forStudent(t, AS_OF, 1).items();
                if (fits.isEmpty()) {
                    continue;
                }
                String opening = fits.get(0).opening();
                long before = total(engine, opening);
                for (StudentDoc change : List.of(with(t, "availableFrom", "2099-01-01"), t)) {
                    long expected = change == t ? before : before - 1;
                    long t0 = System.nanoTime();
                    engine.putStudent(change);
                    long seen = waitFor(engine, opening, expected, t0);
                    if (seen < 0) {
                        timeouts++;
                    } else {
                        nanos.add(seen);
                    }
                }
            }
        } finally {
            writer.close();
        }
        Map<String, Object> r = map("writesPerSecondTarget", rate,
                "writesPerSecondAchieved", writer.perSecond(), "probes", nanos.size(),
                "timeoutsOver30s", timeouts,
                "visibleAfter", nanos.isEmpty() ? null : BenchReport.Stats.of(nanos.stream().mapToLong(l -> l).toArray()));
        log("freshness: %s", r);
        return r;
    }

    private static long total(MatchEngine engine, String opening) {
        return engine.forOpening(opening, AS_OF, 1, false, MatchOrder.SCORE, false).total();
    }

    private static long waitFor(MatchEngine engine, String opening, long expected, long t0) throws InterruptedException {
        while (System.nanoTime() - t0 < GIVE_UP_NANOS) {
            if (total(engine, opening) == expected) {
                return System.nanoTime() - t0;
            }
            long next = System.nanoTime() + POLL_NANOS;
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
        }
        return -1;
    }

    private static StudentDoc with(StudentDoc t, String field, String value) {
        ObjectNode node = BenchData.JSON.valueToTree(t);
        node.put(field, value);
        try {
            return BenchData.JSON.treeToValue(node, StudentDoc.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    static List<StudentDoc> firstStudents(Path rows) {
        List<StudentDoc> out = new ArrayList<>();
        try {
            BenchData.forEachStudentRow(rows, row -> {
                out.add(BenchData.student(row));
                if (out.size() == POOL) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // the pool is full
        }
        return out;
    }
}
