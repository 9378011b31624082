package io.triad.bench;

import static io.triad.bench.BenchReport.map;
import static io.triad.bench.BenchReport.round;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The matching benchmark, run on demand ({@code ./mvnw -Pbench -DskipTests test}), never by the test suite: for each
 * size, the engine and a PostgreSQL baseline loaded with the same DemoGenerator data answer "the best 20 students for
 * this opening, with their programs" for the same sample of openings; reindex time, latency percentiles and memory
 * go to {@code target/bench/results-<timestamp>.json} and {@code .md}.
 *
 * <p>System properties: {@code bench.sizes} (students, comma-separated, default 100000), {@code bench.openings}
 * (10000), {@code bench.programs} (300), {@code bench.sample} (500), {@code bench.warmup} (5000), {@code bench.seed}
 * (2026), {@code bench.out} (target/bench), {@code bench.jfr} (record the engine's queries with Flight Recorder),
 * {@code bench.reindexRuns} (5: each side reindexes this many times, the fastest run counts), {@code bench.baselineSample}
 * (50: openings the baseline answers each other path for), {@code bench.wideOpenings} (100000: openings for a
 * student's matches), {@code bench.searchPrograms} (10000: programs for the search), {@code bench.wide} (true: run
 * those two), {@code bench.writesPerSecond} (50) and {@code bench.freshnessProbes} (50) for freshness under write
 * load, {@code bench.paths} (true: the opening paths other than the default one, and a program's matches, on both
 * sides; the 10-million run turns them off), {@code bench.gapSeconds} (5: each {@link SchedulingGaps} probe at
 * the start and the end, per thread count). A run of 10 million students first checks for 60 GiB of free disk
 * ({@link DiskCheck}).
 */
public final class MatchBenchmark {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private MatchBenchmark() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Config cfg = Config.fromSystemProperties();
        String timestamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        DiskCheck.require(cfg);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("timestamp", timestamp);
        results.put("machine", map("cores", Runtime.getRuntime().availableProcessors(),
                "maxHeapMiB", Runtime.getRuntime().maxMemory() / 1048576, "java", System.getProperty("java.version"),
                "loadAverageAtStart", BenchReport.loadAverage(),
                "schedulingGapsAtStart", SchedulingGaps.probe(cfg.gapSeconds())));
        results.put("config", cfg);
        Path data = cfg.out().resolve("data");
        java.nio.file.Files.createDirectories(data);

        List<ProgramDoc> programs = BenchPrograms.generate(cfg.seed(), cfg.programs());
        Map<String, Long> approved = BenchPrograms.approvedByKey(programs, cfg.seed());
        List<StartupDoc> startups = BenchData.readStartups(BenchData.startups(data, cfg.seed(), cfg.openings()));
        List<String> openings = new ArrayList<>(startups.stream()
                .flatMap(s -> s.openings().stream()).map(OpeningDoc::key).toList());
        Collections.shuffle(openings, new Random(cfg.seed()));
        List<String> sample = openings.subList(0, Math.min(cfg.sample(), openings.size()));
        List<String> warmup = openings.subList(sample.size(), Math.min(sample.size() + cfg.warmup(), openings.size()));
        log("%d programs, %d startups, %d openings", programs.size(), startups.size(), openings.size());

        List<Map<String, Object>> runs = new ArrayList<>();
        for (int students : cfg.sizes()) {
            runs.add(new SizeRun(cfg, programs, approved, startups, sample, warmup, students).run());
        }
        results.put("runs", runs);
        if (cfg.wide()) {
            results.put("wide", new WideRun(cfg).run());
        }
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        machine.put("loadAverageAtEnd", BenchReport.loadAverage());
        machine.put("schedulingGapsAtEnd", SchedulingGaps.probe(cfg.gapSeconds()));
        String md = BenchReport.write(cfg.out(), timestamp, results, runs);
        md += PathsReport.markdown(cfg, runs, (Map<String, Object>) results.get("wide"));
        java.nio.file.Files.writeString(cfg.out().resolve("results-" + timestamp + ".md"), md);
        System.out.println(md);
        log("results: %s", cfg.out().resolve("results-" + timestamp + ".json").toAbsolutePath());
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }

    record Config(List<Integer> sizes, int openings, int programs, int sample, int warmup, long seed, Path out,
            boolean jfr, int reindexRuns, int baselineSample, int wideOpenings, int searchPrograms, int writesPerSecond,
            int freshnessProbes, boolean wide, boolean paths, int gapSeconds) {
        static Config fromSystemProperties() {
            return new Config(Arrays.stream(System.getProperty("bench.sizes", "100000").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList(),
                    Integer.getInteger("bench.openings", 10_000), Integer.getInteger("bench.programs", 300),
                    Integer.getInteger("bench.sample", 500), Integer.getInteger("bench.warmup", 5000),
                    Long.getLong("bench.seed", 2026), Path.of(System.getProperty("bench.out", "target/bench")),
                    Boolean.getBoolean("bench.jfr"), Integer.getInteger("bench.reindexRuns", 5),
                    Integer.getInteger("bench.baselineSample", 50), Integer.getInteger("bench.wideOpenings", 100_000),
                    Integer.getInteger("bench.searchPrograms", 10_000), Integer.getInteger("bench.writesPerSecond", 50),
                    Integer.getInteger("bench.freshnessProbes", 50),
                    Boolean.parseBoolean(System.getProperty("bench.wide", "true")),
                    Boolean.parseBoolean(System.getProperty("bench.paths", "true")),
                    Integer.getInteger("bench.gapSeconds", 5));
        }
    }

    /** The engine's answer for one opening, for verification against the baseline. */
    record EngineAnswer(long total, List<StudentForOpening> items) {
        static EngineAnswer of(Page<StudentForOpening> page) {
            return new EngineAnswer(page.total(), page.items());
        }
    }

    static double ratio(double baseline, double engine) {
        return round(baseline / engine);
    }
}
