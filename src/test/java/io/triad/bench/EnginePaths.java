package io.triad.bench;

import static io.triad.bench.BenchReport.map;
import static io.triad.bench.MatchBenchmark.AS_OF;
import static io.triad.bench.MatchBenchmark.log;

import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's other opening paths (API.md's {@code funded=true}, {@code sort=amount}, {@code sort=total}) and a
 * program's matches, timed on the loaded engine; each opening path is also checked against its unpruned definition
 * on a few samples (exactness), and its answers kept for the baseline's agreement check.
 */
final class EnginePaths {
    static final int LIMIT = 20;
    /** A program's matches with one more than {@link #LIMIT}: a page keeping ahead did not make, asked first. */
    static final String NOT_KEPT_FIRST_ASK = "limit" + (LIMIT + 1) + "FirstAsk";
    private static final int UNPRUNED_CHECKS = 3;
    /** The report's key for {@link #programMatchesUnderWrites}. */
    static final String UNDER_WRITES = "programs/{key}/matches under writes";
    /** Programs whose pages under writes are also made without the rankings, side by side. */
    private static final int REFERENCE_PROGRAMS = 5;

    /** An opening path: its name in the report, and how the engine is asked. */
    enum OpeningPath {
        FUNDED("funded=true", true, MatchOrder.SCORE),
        AMOUNT("sort=amount", false, MatchOrder.AMOUNT),
        TOTAL("sort=total", false, MatchOrder.TOTAL);

        final String label;
        final boolean funded;
        final MatchOrder order;

        OpeningPath(String label, boolean funded, MatchOrder order) {
            this.label = label;
            this.funded = funded;
            this.order = order;
        }

        /** What the baseline can be compared on: the total and the page's money values (largest amount or total). */
        Object summary(Page<StudentForOpening> page) {
            List<String> money = new ArrayList<>();
            for (StudentForOpening m : page.items()) {
                BigDecimal v = switch (order) {
                    case AMOUNT -> m.programs().stream().filter(f -> f.amount() != null).map(f -> f.amount().value())
                            .max(BigDecimal::compareTo).orElse(null);
                    case TOTAL -> m.total() == null ? null : m.total().value();
                    case SCORE -> null;
                };
                money.add(v == null ? "null" : v.toPlainString());
            }
            return new Summary(page.total(), order == MatchOrder.SCORE ? List.of() : money);
        }
    }

    record Summary(long total, List<String> money) {
    }

    private EnginePaths() {
    }

    /** Times each opening path on {@code sample}; fills {@code answers} (path, then opening) with their summaries. */
    static Map<String, Object> openingPaths(MatchEngine engine, List<String> warmup, List<String> sample,
            Map<OpeningPath, Map<String, Object>> answers) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        // only the pages compared with their definition are kept whole
        List<String> compared = sample.subList(0, Math.min(UNPRUNED_CHECKS, sample.size()));
        for (OpeningPath path : OpeningPath.values()) {
            Map<String, Object> pages = new LinkedHashMap<>();
            Map<String, Object> summaries = new LinkedHashMap<>();
            Timing.Measured m = Timing.time(warmup, sample,
                    key -> engine.forOpening(key, AS_OF, LIMIT, path.funded, path.order, false), summaries,
                    (key, page) -> {
                        if (compared.contains(key)) {
                            pages.put(key, page);
                        }
                        return path.summary((Page<StudentForOpening>) page);
                    });
            answers.put(path, summaries);
            Map<String, Object> r = new LinkedHashMap<>(m.asMap());
            r.put("unprunedAgreement", unpruned(engine, path, pages));
            log("engine %s: %s", path.label, r);
            out.put(path.label, r);
        }
        return out;
    }

    /**
     * The pruned answer equals the definition (every fitting student explained and sorted) on the pages kept whole:
     * the first samples'.
     */
    private static Map<String, Object> unpruned(MatchEngine engine, OpeningPath path, Map<String, Object> pages) {
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        long slowest = 0;
        for (String key : pages.keySet()) {
            long t = System.nanoTime();
            Page<StudentForOpening> definition = engine.forOpeningUnpruned(key, AS_OF, LIMIT, path.funded, path.order,
                    false);
            slowest = Math.max(slowest, System.nanoTime() - t);
            if (!Objects.equals(definition, pages.get(key))) {
                mismatches.add(key);
            }
            checked++;
        }
        return map("openings", checked, "mismatches", mismatches, "unprunedSlowestMs", slowest / 1_000_000);
    }

    /**
     * {@code /api/programs/{key}/matches}: the first placement programs of the data (drafts too), one warm-up, then as
     * many as {@code budgetMs} allows (at least three, at most 20), after {@link MatchEngine#keepAhead} (timed): a
     * program's matches read the openings' kept rankings, search an opening only below its kept students, and take
     * the total from the kept figures. Keeping ahead made each program's first page (limit 20): its searches are
     * kept, so the same programs are then timed once more with limit 21, which searches on its first ask.
     */
    static Map<String, Object> programMatches(MatchEngine engine, List<ProgramDoc> programs, Map<String, Object> answers,
            long budgetMs) throws Exception {
        List<String> keys = placementPrograms(programs);
        long keptCpu = SizeRun.processCpuNanos();
        long keptWall = System.nanoTime();
        boolean complete = engine.keepAhead(AS_OF); // what the service does in the background once students are quiet
        Map<String, Object> kept = map("complete", complete, "ms", (System.nanoTime() - keptWall) / 1_000_000,
                "processCpuMs", (SizeRun.processCpuNanos() - keptCpu) / 1_000_000);
        log("engine kept the openings' rankings and every placement program's first page: %s", kept);
        engine.forProgram(keys.get(0), AS_OF, LIMIT, false);
        long deadline = System.nanoTime() + budgetMs * 1_000_000;
        List<String> timed = new ArrayList<>();
        long[] wall = new long[keys.size()];
        long[] cpu = new long[keys.size()];
        Map<String, Page<?>> pages = new LinkedHashMap<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Timing.Jvm start = Timing.Jvm.now();
        for (String key : keys.subList(1, keys.size())) {
            if (timed.size() >= 3 && System.nanoTime() > deadline) {
                break;
            }
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            Page<?> page = engine.forProgram(key, AS_OF, LIMIT, false);
            wall[timed.size()] = System.nanoTime() - t;
            cpu[timed.size()] = threads.getCurrentThreadCpuTime() - c;
            timed.add(key);
            answers.put(key, page.total());
            pages.put(key, page);
        }
        Map<String, Object> r = new LinkedHashMap<>(new Timing.Measured(
                BenchReport.Stats.of(java.util.Arrays.copyOf(wall, timed.size())),
                BenchReport.Stats.of(java.util.Arrays.copyOf(cpu, timed.size())), Timing.Jvm.now().since(start),
                List.of()).asMap());
        r.put("programs", timed.size());
        r.put("rankingsKept", kept);
        // a page that keeping ahead did not make: its searches below the rankings are its own (its eligible openings
        // are the ones kept for the first page)
        long[] other = new long[timed.size()];
        for (int i = 0; i < timed.size(); i++) {
            long t = System.nanoTime();
            engine.forProgram(timed.get(i), AS_OF, LIMIT + 1, false);
            other[i] = System.nanoTime() - t;
        }
        r.put(NOT_KEPT_FIRST_ASK, BenchReport.Stats.of(other));
        r.put("unprunedAgreement", unprunedPrograms(engine, pages, UNPRUNED_CHECKS));
        log("engine programs/{key}/matches: %s", r);
        return r;
    }

    /**
     * {@code /api/programs/{key}/matches} while {@code rate} students a second change, with the rankings kept before
     * the writes began ({@link #programMatches}; nothing keeps them again here): the pages are bounded from rankings
     * made for older students. The same programs as {@link #programMatches}, asked in turn for {@code budgetMs}; then
     * the first of them once more each, side by side with the page made without the rankings (as whenever they were
     * stale before: every eligible opening visited by its bound). Then,
     * the writes stopped and seen, the first pages with placements are checked against their definition, whose time
     * (every eligible opening searched in full) is the reference.
     */
    static Map<String, Object> programMatchesUnderWrites(MatchEngine engine, List<ProgramDoc> programs,
            Path studentRows, int rate, long budgetMs) throws Exception {
        List<String> keys = placementPrograms(programs);
        long keptFor = engine.rankingsVersion();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        Map<String, Page<?>> last = new LinkedHashMap<>();
        List<Object> reference = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Freshness.Writer writer = new Freshness.Writer(engine, Freshness.firstStudents(studentRows), rate);
        long writes;
        double perSecond;
        Timing.Jvm start = Timing.Jvm.now();
        try {
            Thread.sleep(1000); // the first writes are in
            long deadline = System.nanoTime() + budgetMs * 1_000_000;
            for (int i = 0; System.nanoTime() < deadline || i < keys.size(); i++) {
                String key = keys.get(i % keys.size());
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                Page<?> page = engine.forProgram(key, AS_OF, LIMIT, false);
                wall.add(System.nanoTime() - t);
                cpu.add(threads.getCurrentThreadCpuTime() - c);
                last.put(key, page);
            }
            // side by side, still under writes: the page of the first programs made as when the rankings were stale
            // before (every eligible opening visited by its bound), then from the stale rankings again
            for (String key : keys.subList(0, Math.min(REFERENCE_PROGRAMS, keys.size()))) {
                long t = System.nanoTime();
                engine.forProgramWithoutRankings(key, AS_OF, LIMIT, false);
                long before = System.nanoTime() - t;
                t = System.nanoTime();
                engine.forProgram(key, AS_OF, LIMIT, false);
                long now = System.nanoTime() - t;
                reference.add(map("program", key, "withoutRankingsMs", before / 1_000_000, "staleRankingsMs",
                        now / 1_000_000, "ratio", BenchReport.round((double) before / now)));
            }
        } finally {
            writes = writer.writes();
            perSecond = writer.perSecond();
            writer.close();
        }
        Map<String, Object> r = new LinkedHashMap<>(new Timing.Measured(
                BenchReport.Stats.of(wall.stream().mapToLong(l -> l).toArray()),
                BenchReport.Stats.of(cpu.stream().mapToLong(l -> l).toArray()), Timing.Jvm.now().since(start),
                List.of()).asMap());
        r.put("pages", wall.size());
        r.put("programs", keys.size());
        r.put("writesPerSecondAchieved", perSecond);
        r.put("writesDuring", writes);
        r.put("rankingsKeptForOlderStudents", engine.rankingsVersion() == keptFor && !engine.rankingsKept());
        r.put("sideBySideWithoutRankings", reference);
        engine.refreshNow(); // the last writes are seen
        r.put("unprunedAgreement", unprunedAtOneVersion(engine, last.keySet()));
        log("engine programs/{key}/matches while students change: %s", r);
        return r;
    }

    /**
     * {@link #unprunedPrograms} for pages asked again: each page and its definition asked at one student version (a
     * merge ending in between changes the statistics: then both are asked again).
     */
    private static Map<String, Object> unprunedAtOneVersion(MatchEngine engine, Iterable<String> keys) {
        List<String> checked = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        long slowest = 0;
        int retries = 0;
        for (String key : keys) {
            if (checked.size() == UNPRUNED_CHECKS) {
                break;
            }
            for (int attempt = 0; attempt < 5; attempt++) {
                long version = engine.studentVersion();
                Page<?> page = engine.forProgram(key, AS_OF, LIMIT, false);
                long t = System.nanoTime();
                Page<?> definition = engine.forProgramUnpruned(key, AS_OF, LIMIT, false);
                long took = System.nanoTime() - t;
                if (engine.studentVersion() != version) {
                    retries++;
                    continue;
                }
                if (page.total() > 0) {
                    slowest = Math.max(slowest, took);
                    if (!Objects.equals(definition, page)) {
                        mismatches.add(key);
                    }
                    checked.add(key);
                }
                break;
            }
        }
        return map("programs", checked, "mismatches", mismatches, "unprunedSlowestMs", slowest / 1_000_000,
                "askedAgainAfterAMerge", retries);
    }

    private static List<String> placementPrograms(List<ProgramDoc> programs) {
        return programs.stream().filter(p -> p.scope() == Scope.PLACEMENT).map(ProgramDoc::key).limit(21).toList();
    }

    /**
     * The pruned page (items, order and total) equals the definition on the first programs with placements: every
     * eligible opening searched in full, the total summed from those searches rather than the dashboard's count.
     */
    private static Map<String, Object> unprunedPrograms(MatchEngine engine, Map<String, Page<?>> pages, int checks) {
        List<String> checked = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        long slowest = 0;
        for (Map.Entry<String, Page<?>> e : pages.entrySet()) {
            if (checked.size() == checks) {
                break;
            }
            if (e.getValue().total() > 0) {
                long t = System.nanoTime();
                Page<?> definition = engine.forProgramUnpruned(e.getKey(), AS_OF, LIMIT, false);
                slowest = Math.max(slowest, System.nanoTime() - t);
                if (!Objects.equals(definition, e.getValue())) {
                    mismatches.add(e.getKey());
                }
                checked.add(e.getKey());
            }
        }
        return map("programs", checked, "mismatches", mismatches, "unprunedSlowestMs", slowest / 1_000_000);
    }
}
