package io.triad.bench;

import static io.triad.bench.BenchReport.map;
import static io.triad.bench.MatchBenchmark.AS_OF;
import static io.triad.bench.MatchBenchmark.log;

import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchResults.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The paths whose cost grows with openings and programs rather than students: a student's matches among
 * {@code bench.wideOpenings} (100,000) openings, and the program search among {@code bench.searchPrograms} (10,000)
 * programs. Neither reads the student index (a student's matches take the student's document; the search reads
 * programs only), so they run on an engine of their own, beside a baseline database holding the same openings and
 * programs, with the sampled students.
 */
final class WideRun {
    private static final int STUDENTS = 300;
    private static final int QUERIES = 500;
    /**
     * Searches before the timed ones, other queries of the same kind: with only a hundred, the JIT was still
     * compiling the search during the series (540 ms of compilation in the 1M run of 1 December, 12:25); with 2,000
     * after a 1M run, still 162 ms and a p50 of 2.8 ms (1 December, 22:15), against 0.5-0.8 ms in a JVM that had not
     * served a million students first.
     */
    private static final int SEARCH_WARMUP = 10_000;

    private final MatchBenchmark.Config cfg;

    WideRun(MatchBenchmark.Config cfg) {
        this.cfg = cfg;
    }

    Map<String, Object> run() throws Exception {
        Path data = cfg.out().resolve("data");
        List<ProgramDoc> programs = BenchPrograms.generate(cfg.seed(), cfg.searchPrograms());
        Map<String, Long> approved = BenchPrograms.approvedByKey(programs, cfg.seed());
        List<StartupDoc> startups = BenchData.readStartups(BenchData.startups(data, cfg.seed(), cfg.wideOpenings()));
        Path studentsJson = BenchData.students(data, cfg.seed() + 1, STUDENTS);
        List<StudentDoc> students = new ArrayList<>();
        BenchData.forEachStudent(studentsJson, students::add);
        // other students before the timed ones, three passes over as many: with 50 of the sample's own, the JIT
        // compiled a student's matches for 1-25 s during the series; after one pass, still 0.8 s (2 December, 07:33)
        List<StudentDoc> others = new ArrayList<>();
        BenchData.forEachStudent(BenchData.students(data, cfg.seed() + 2, STUDENTS), others::add);
        List<StudentDoc> warmupStudents = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            warmupStudents.addAll(others);
        }
        List<String> queries = queries(programs, cfg.seed(), QUERIES);
        List<String> warmup = queries(programs, cfg.seed() + 1, SEARCH_WARMUP);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("openings", startups.stream().mapToInt(s -> s.openings().size()).sum());
        out.put("programs", programs.size());
        Map<String, Object> studentAnswers = new LinkedHashMap<>();
        Map<String, Object> searchAnswers = new LinkedHashMap<>();
        try (MatchEngine engine = new MatchEngine(BenchData.JSON)) {
            long t0 = System.nanoTime();
            programs.forEach(p -> engine.putProgram(p, approved.get(p.key())));
            startups.forEach(engine::putStartup);
            engine.refreshNow();
            log("wide engine: %d openings, %d programs in %d ms", out.get("openings"), programs.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            Map<StudentDoc, Object> totals = new LinkedHashMap<>();
            Timing.Measured m = Timing.time(warmupStudents, students,
                    t -> engine.forStudent(t, AS_OF, EnginePaths.LIMIT), totals, (t, page) -> ((Page<?>) page).total());
            totals.forEach((t, total) -> studentAnswers.put(t.key(), total));
            out.put("students/{key}/matches", m.asMap());
            log("engine students/{key}/matches with %s openings: %s", out.get("openings"), m.asMap());
            Map<String, Object> found = new LinkedHashMap<>();
            Timing.Measured s = Timing.time(warmup, queries, engine::searchPrograms, found);
            found.forEach((q, keys) -> searchAnswers.put(q, ((List<?>) keys).size()));
            out.put("programs?q=", s.asMap());
            log("engine programs?q= with %d programs: %s", programs.size(), s.asMap());
        }
        out.put("baseline", baseline(data, programs, approved, startups, studentsJson, students, queries, warmup,
                studentAnswers, searchAnswers));
        return out;
    }

    /** Words of the programs' text, alone and in pairs, and a key: what a directory search is given. */
    private static List<String> queries(List<ProgramDoc> programs, long seed, int count) {
        String[] words = {"benchmark", "program", "agency", "generated", "grant", "loan", "voucher", "tax credit",
            "wage subsidy", "internship grant", "benchmark grant", "subvention", "generated program"};
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(i % 4 == 3 ? programs.get(r.nextInt(programs.size())).key() : words[r.nextInt(words.length)]);
        }
        return out;
    }

    private Map<String, Object> baseline(Path data, List<ProgramDoc> programs, Map<String, Long> approved,
            List<StartupDoc> startups, Path studentsJson, List<StudentDoc> students, List<String> queries,
            List<String> warmup, Map<String, Object> studentAnswers, Map<String, Object> searchAnswers)
            throws Exception {
        Path copyDir = data.resolve("copy-wide");
        Files.createDirectories(copyDir);
        var files = PostgresBaseline.writeCopyFiles(copyDir, programs, approved, startups, studentsJson);
        Map<String, Object> b = new LinkedHashMap<>();
        try (PostgresBaseline pg = new PostgresBaseline(cfg.out().resolve("pg-wide"))) {
            b.put("load", pg.load(files));
            BaselinePaths.addSearchTables(pg, programs);
            List<String> keys = students.stream().map(StudentDoc::key).toList();
            Map<String, Object> totals = new LinkedHashMap<>();
            Timing.Measured m = Timing.time(keys.subList(0, 20), keys,
                    k -> BaselinePaths.studentMatches(pg, k, AS_OF, EnginePaths.LIMIT), totals);
            b.put("students/{key}/matches", m.asMap());
            b.put("students/{key}/matches agreement", agreement(studentAnswers, totals));
            log("baseline students/{key}/matches: %s", b.get("students/{key}/matches"));
            Map<String, Object> found = new LinkedHashMap<>();
            Timing.Measured s = Timing.time(warmup, queries, q -> BaselinePaths.searchPrograms(pg, q), found);
            Map<String, Object> counts = new LinkedHashMap<>();
            found.forEach((q, k) -> counts.put(q, ((List<?>) k).size()));
            b.put("programs?q=", s.asMap());
            b.put("programs?q= agreement (result counts, both capped at 50)", agreement(capped(searchAnswers), counts));
            log("baseline programs?q=: %s", b.get("programs?q="));
        }
        return b;
    }

    private static Map<String, Object> capped(Map<String, Object> counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, (long) Math.min(50, ((Number) v).intValue())));
        return out;
    }

    static Map<String, Object> agreement(Map<String, Object> engine, Map<String, Object> baseline) {
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        for (var e : engine.entrySet()) {
            Object b = baseline.get(e.getKey());
            if (b == null) {
                continue;
            }
            checked++;
            if (((Number) e.getValue()).longValue() != ((Number) b).longValue() && mismatches.size() < 5) {
                mismatches.add(e.getKey() + ": engine " + e.getValue() + " baseline " + b);
            }
        }
        return map("checked", checked, "mismatchExamples", mismatches);
    }
}
