package io.triad.bench;

import static io.triad.bench.BenchReport.map;
import static io.triad.bench.MatchBenchmark.AS_OF;
import static io.triad.bench.MatchBenchmark.log;
import static io.triad.bench.MatchBenchmark.ratio;

import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.Funded;
import io.triad.matching.MatchResults.StudentForOpening;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** One size: load the engine, measure it, load the baseline, measure it, cross-check their answers. */
final class SizeRun {
    private static final int LIMIT = 20;
    private static final int BATCH = 1000;
    private static final int VERIFY = 25;
    private static final int FULL_RANKING_SAMPLE = 100;

    private final MatchBenchmark.Config cfg;
    private final List<ProgramDoc> programs;
    private final Map<String, Long> approved;
    private final List<StartupDoc> startups;
    private final List<String> sample;
    private final List<String> warmup;
    private final int students;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU time per engine query: unlike wall time, not inflated by other processes on a shared machine. */
    private BenchReport.Stats engineCpu;
    private Timing.Jvm engineJvm;
    private List<Long> engineWarmUpJitMs;
    private List<Double> engineCpuByTenth;
    private final Map<EnginePaths.OpeningPath, Map<String, Object>> pathAnswers = new LinkedHashMap<>();
    private final Map<String, Object> programAnswers = new LinkedHashMap<>();

    SizeRun(MatchBenchmark.Config cfg, List<ProgramDoc> programs, Map<String, Long> approved,
            List<StartupDoc> startups, List<String> sample, List<String> warmup, int students) {
        this.cfg = cfg;
        this.programs = programs;
        this.approved = approved;
        this.startups = startups;
        this.sample = sample;
        this.warmup = warmup;
        this.students = students;
    }

    Map<String, Object> run() throws Exception {
        Path data = cfg.out().resolve("data");
        long g0 = System.nanoTime();
        Path studentsJson = BenchData.students(data, cfg.seed(), students);
        log("%d students: data ready in %d ms", students, (System.nanoTime() - g0) / 1_000_000);

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("students", students);
        run.put("openings", startups.stream().mapToInt(s -> s.openings().size()).sum());
        run.put("startups", startups.size());
        run.put("programs", programs.size());
        Path rows = BenchData.studentRows(studentsJson);
        Map<String, Object> e = new LinkedHashMap<>();
        Reindexes reindexes = new Reindexes();
        Map<String, MatchBenchmark.EngineAnswer> answers = new LinkedHashMap<>();
        try (MatchEngine engine = reindexes.load(rows)) {
            e.put("heapAfterGcMiB", BenchReport.heapAfterGcMiB());
            e.put("rssMiB", BenchReport.rssMiB());
            e.put("studentSegmentsLoaded", engine.studentSegments());
            e.put("segmentsMergedAfterMs", awaitMerged(engine));
            e.put("studentSegments", engine.studentSegments());
            log("engine loaded: %s", e);
            long[] series = measureEngine(engine, answers);
            e.put("latency", BenchReport.Stats.of(series));
            e.put("cpuPerQuery", engineCpu);
            e.put("latencyMeanByTenthMs", BenchReport.meanByTenth(series));
            e.put("cpuMeanByTenthMs", engineCpuByTenth);
            e.put("jvmDuringSeries", engineJvm);
            e.put("warmUpPassesJitMs", engineWarmUpJitMs);
            e.put("balanceSideBySide", Timing.balancedAndHalves(sample,
                    key -> engine.forOpening(key, AS_OF, LIMIT, false, MatchOrder.SCORE, false)));
            log("split searches cut where both parts end together, and in halves: %s", e.get("balanceSideBySide"));
            log("engine latency: %s", e.get("latency"));
            List<String> pathWarmup = warmup.subList(0, Math.min(500, warmup.size()));
            if (cfg.paths()) {
                e.put("paths", EnginePaths.openingPaths(engine, pathWarmup, sample, pathAnswers));
                e.put("programs/{key}/matches", EnginePaths.programMatches(engine, programs, programAnswers, 60_000));
            }
            e.put("freshness", Freshness.measure(engine, rows, cfg.writesPerSecond(), cfg.freshnessProbes()));
            if (cfg.paths()) {
                e.put(EnginePaths.UNDER_WRITES, EnginePaths.programMatchesUnderWrites(engine, programs,
                        rows, cfg.writesPerSecond(), 60_000));
            }
        }
        for (int i = 1; i < cfg.reindexRuns(); i++) {
            reindexes.load(rows).close();
        }
        e.putAll(reindexes.summary());
        run.put("engine", e);
        run.put("baseline", baseline(studentsJson, answers));
        run.put("ratios", ratios(run));
        run.put("targets", targets(run));
        return run;
    }

    /**
     * The app's reindex (IndexLoader.loadStudents), timed: rows of student JSON (a file of one row per line stands in
     * for the database) parsed and indexed in batches of 1000 on every core, with the row's JSON reused. As in the
     * app, the engine that answers the measured queries is the one loaded first, in a JVM that has not compiled the
     * indexing code yet; the other {@code bench.reindexRuns} run after the queries (run before them, they left the
     * JIT's profile such that the query p99 tripled). The fastest run counts, as for the baseline.
     */
    private final class Reindexes {
        private final List<Long> wall = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();

        MatchEngine load(Path studentRows) throws Exception {
            MatchEngine engine = new MatchEngine(BenchData.JSON);
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            loadEngine(engine, programs, approved, startups, studentRows);
            wall.add((System.nanoTime() - t0) / 1_000_000);
            cpu.add((processCpuNanos() - cpu0) / 1_000_000);
            log("engine reindex run %d: %d ms, process CPU %d ms", wall.size(), wall.get(wall.size() - 1),
                    cpu.get(cpu.size() - 1));
            return engine;
        }

        Map<String, Object> summary() {
            int best = wall.indexOf(java.util.Collections.min(wall));
            return map("reindexMs", wall.get(best), "reindexCpuMs", cpu.get(best), "reindexRunsMs", wall,
                    "reindexFirstRunMs", wall.get(0), "threads", Runtime.getRuntime().availableProcessors());
        }
    }

    /** The programs, the startups, then the students on every core, as {@code IndexLoader.loadAll} reads them. */
    static void loadEngine(MatchEngine engine, List<ProgramDoc> programs, Map<String, Long> approved,
            List<StartupDoc> startups, Path studentRows) throws Exception {
        engine.startRebuild();
        programs.forEach(p -> engine.putProgram(p, approved.get(p.key())));
        startups.forEach(engine::putStartup);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> pending = new ArrayList<>();
            List<List<byte[]>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
            BenchData.forEachStudentRow(studentRows, row -> {
                batch.get(0).add(row);
                if (batch.get(0).size() == BATCH) {
                    pending.add(pool.submit(index(engine, batch.get(0))));
                    batch.set(0, new ArrayList<>(BATCH));
                    if (pending.size() > threads * 4) {
                        join(pending.remove(0));
                    }
                }
            });
            pending.add(pool.submit(index(engine, batch.get(0))));
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        engine.finishRebuild();
    }

    /**
     * Waits for the background merge that follows a bulk load (LuceneIndex.BULK_SEGMENTS, 2) before the queries are
     * timed, and returns how long it took after the load: the load's time does not include it.
     */
    private static long awaitMerged(MatchEngine engine) throws InterruptedException {
        long t0 = System.nanoTime();
        while (engine.studentSegments().size() > 2) {
            Thread.sleep(50);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        log("segments merged %d ms after the load: %s", ms, engine.studentSegments());
        return ms;
    }

    /** CPU time of this whole process (every thread: indexing, merges, GC, JIT). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Runnable index(MatchEngine engine, List<byte[]> rows) {
        return () -> rows.forEach(row -> engine.addStudent(BenchData.student(row), row));
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default path's wall times, in the order run. */
    private long[] measureEngine(MatchEngine engine, Map<String, MatchBenchmark.EngineAnswer> answers)
            throws Exception {
        // as every other series: passes until the JIT settles (one pass left the compiler working for 0.5 s of the
        // 1M run's 150 timed queries on 3 December, with a p99 of 24.5 ms against a CPU p99 of 13.8 ms)
        engineWarmUpJitMs = Timing.warmUp(warmup, key -> engine.forOpening(key, AS_OF, LIMIT, false, MatchOrder.SCORE,
                false));
        Recording jfr = cfg.jfr() ? new Recording(Configuration.getConfiguration("profile")) : null;
        if (jfr != null) {
            jfr.start();
        }
        long[] nanos = new long[sample.size()];
        long[] cpu = new long[sample.size()];
        Timing.Jvm start = Timing.Jvm.now();
        for (int i = 0; i < sample.size(); i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            var page = engine.forOpening(sample.get(i), AS_OF, LIMIT, false, MatchOrder.SCORE, false);
            nanos[i] = System.nanoTime() - t;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            if (i < VERIFY) {
                // only the answers verify() reads: kept whole, a page of 20 with every program's verdict holds about
                // 300 KB, and 500 of them in the heap made each young collection of the series copy 150 MB
                answers.put(sample.get(i), MatchBenchmark.EngineAnswer.of(page));
            }
        }
        engineCpu = BenchReport.Stats.of(cpu);
        engineCpuByTenth = BenchReport.meanByTenth(cpu);
        engineJvm = Timing.Jvm.now().since(start);
        if (jfr != null) {
            jfr.stop();
            jfr.dump(cfg.out().resolve("engine-" + students + ".jfr"));
            jfr.close();
        }
        return nanos;
    }

    private Map<String, Object> baseline(Path studentsJson, Map<String, MatchBenchmark.EngineAnswer> answers)
            throws Exception {
        Path copyDir = cfg.out().resolve("data").resolve("copy-" + students);
        java.nio.file.Files.createDirectories(copyDir);
        var files = PostgresBaseline.writeCopyFiles(copyDir, programs, approved, startups, studentsJson);
        Map<String, Object> b = new LinkedHashMap<>();
        try (PostgresBaseline pg = new PostgresBaseline(cfg.out().resolve("pg"))) {
            List<PostgresBaseline.Load> loads = new ArrayList<>();
            List<Long> loadCpu = new ArrayList<>();
            for (int i = 0; i < cfg.reindexRuns(); i++) {
                long server = pg.serverCpuNanos();
                loads.add(pg.load(files));
                loadCpu.add((pg.serverCpuNanos() - server) / 1_000_000);
                log("baseline load run %d: %s", i + 1, loads.get(i));
            }
            int best = 0;
            for (int i = 1; i < loads.size(); i++) {
                best = loads.get(i).totalMs() < loads.get(best).totalMs() ? i : best;
            }
            b.put("reindexMs", loads.get(best).totalMs());
            b.put("reindexCpuMs", loadCpu.get(best));
            b.put("reindexRunsMs", loads.stream().map(PostgresBaseline.Load::totalMs).toList());
            b.put("load", loads.get(best));
            long server;
            for (String key : warmup.subList(0, Math.min(200, warmup.size()))) {
                pg.forOpening(key, AS_OF, LIMIT, true);
            }
            long[] nanos = new long[sample.size()];
            server = pg.serverCpuNanos();
            long client = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < sample.size(); i++) {
                long t = System.nanoTime();
                pg.forOpening(sample.get(i), AS_OF, LIMIT, true);
                nanos[i] = System.nanoTime() - t;
            }
            long cpu = pg.serverCpuNanos() - server + THREADS.getCurrentThreadCpuTime() - client;
            b.put("latency", BenchReport.Stats.of(nanos));
            b.put("cpuMsPerQueryMean", BenchReport.round(cpu / 1e6 / sample.size()));
            log("baseline latency: %s", b.get("latency"));
            long[] full = new long[Math.min(FULL_RANKING_SAMPLE, sample.size())];
            for (int i = 0; i < full.length; i++) {
                long t = System.nanoTime();
                pg.forOpening(sample.get(i), AS_OF, LIMIT, false);
                full[i] = System.nanoTime() - t;
            }
            b.put("latencyRankingAllFittingStudents", BenchReport.Stats.of(full));
            log("baseline latency, ranking every fitting student: %s", b.get("latencyRankingAllFittingStudents"));
            b.put("verification", verify(pg, answers));
            b.put("rankPlanOfFirstSampleOpening", pg.explainRank(sample.get(0), LIMIT));
            log("verification: %s", b.get("verification"));
            if (cfg.paths()) {
                b.put("paths", BaselinePaths.measureOpeningPaths(pg,
                        sample.subList(0, Math.min(cfg.baselineSample(), sample.size())),
                        warmup.subList(0, Math.min(5, warmup.size())), pathAnswers));
                b.put("programs/{key}/matches", BaselinePaths.measureProgramMatches(pg, programAnswers));
            }
        }
        return b;
    }

    /** The baseline's rules agree with the engine's: fitting counts, and programs with amounts of the engine's top 20. */
    private Map<String, Object> verify(PostgresBaseline pg, Map<String, MatchBenchmark.EngineAnswer> answers)
            throws Exception {
        int checked = 0;
        int countMismatches = 0;
        int programMismatches = 0;
        List<String> examples = new ArrayList<>();
        for (String key : sample.subList(0, Math.min(VERIFY, sample.size()))) {
            MatchBenchmark.EngineAnswer engine = answers.get(key);
            long fit = pg.fitCount(key);
            if (fit != engine.total()) {
                countMismatches++;
                examples.add(key + ": fitting engine " + engine.total() + " baseline " + fit);
            }
            List<String> top = engine.items().stream().map(StudentForOpening::student).toList();
            Map<String, List<String>> sql = pg.programs(key, AS_OF, top);
            for (StudentForOpening m : engine.items()) {
                List<String> mine = m.programs().stream().map(SizeRun::text).toList();
                if (!mine.equals(sql.get(m.student()))) {
                    programMismatches++;
                    if (examples.size() < 5) {
                        examples.add(key + "/" + m.student() + ": engine " + mine + " baseline " + sql.get(m.student()));
                    }
                }
            }
            checked++;
        }
        return map("openings", checked, "fitCountMismatches", countMismatches,
                "programMismatches", programMismatches, "examples", examples);
    }

    private static String text(Funded f) {
        return f.program() + "=" + (f.amount() == null ? "null" : f.amount().value().toPlainString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ratios(Map<String, Object> run) {
        var e = (Map<String, Object>) run.get("engine");
        var b = (Map<String, Object>) run.get("baseline");
        var el = (BenchReport.Stats) e.get("latency");
        var bl = (BenchReport.Stats) b.get("latency");
        var ec = (BenchReport.Stats) e.get("cpuPerQuery");
        return map("p50", ratio(bl.p50(), el.p50()), "p99", ratio(bl.p99(), el.p99()),
                "cpuMeanPerQuery", ratio((Double) b.get("cpuMsPerQueryMean"), ec.mean()),
                "reindexCpuEngineOverBaseline", BenchReport.round((Long) e.get("reindexCpuMs") / (double) (Long) b.get("reindexCpuMs")),
                "reindexEngineOverBaseline", BenchReport.round((Long) e.get("reindexMs") / (double) (Long) b.get("reindexMs")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> targets(Map<String, Object> run) {
        var r = (Map<String, Object>) run.get("ratios");
        var el = (BenchReport.Stats) ((Map<String, Object>) run.get("engine")).get("latency");
        double needed = students >= 1_000_000 ? 20 : 5;
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("p50 ratio >= " + needed, pass((Double) r.get("p50") >= needed));
        t.put("p99 ratio >= " + needed, pass((Double) r.get("p99") >= needed));
        t.put("reindex engine <= 0.5 x baseline", pass((Double) r.get("reindexEngineOverBaseline") <= 0.5));
        t.putAll(PathsReport.targets(run));
        if (students <= 100_000) {
            t.put("engine p99 < 10 ms", pass(el.p99() < 10));
        }
        return t;
    }

    private static String pass(boolean ok) {
        return ok ? "PASS" : "MISS";
    }
}
