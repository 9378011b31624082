package io.triad.bench;

import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.matching.MatchEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a first index build's time goes (Maven profile {@code coldbuilds}): the match benchmark's students loaded as
 * its first build loads them ({@link SizeRun#loadEngine}), once in a fresh JVM and then {@code coldbuilds.warm} times
 * more in the same JVM, each build's wall time, process CPU and JIT compilation time (both compilers, from
 * {@link CompilationMXBean}) recorded. Each variant of JVM options runs in a JVM of its own, the variants in turn,
 * {@code coldbuilds.rounds} times: Triad's options ({@code triad.args}), the JVM's defaults, and the first compiler
 * alone (no C2 compilations, slower code). Sizes {@code coldbuilds.sizes}, heap {@code coldbuilds.heap}, data under
 * {@code bench.out} as the match benchmark makes it. Writes {@code coldbuilds-<timestamp>.md} under
 * {@code coldbuilds.out} (docs/bench).
 */
public final class ColdBuilds {
    private static final Map<String, List<String>> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("Triad's options (triad.args)", List.of("@src/main/jvm/triad.args"));
        VARIANTS.put("JVM defaults", List.of());
        VARIANTS.put("C1 only (-XX:TieredStopAtLevel=1)", List.of("-XX:TieredStopAtLevel=1"));
    }

    private ColdBuilds() {
    }

    /** One build: its place in its JVM (0: the first, cold) and its times in milliseconds. */
    record Build(int size, String variant, int round, int place, long wallMs, long cpuMs, long jitMs) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("coldbuilds.sizes", "100000,1000000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int rounds = Integer.getInteger("coldbuilds.rounds", 2);
        int warm = Integer.getInteger("coldbuilds.warm", 3);
        String heap = System.getProperty("coldbuilds.heap", "4g");
        Path out = Path.of(System.getProperty("coldbuilds.out", "docs/bench"));
        MatchBenchmark.Config cfg = MatchBenchmark.Config.fromSystemProperties();
        String loadAtStart = BenchReport.loadAverage();
        List<Build> builds = new ArrayList<>();
        Path data = cfg.out().resolve("data");
        Files.createDirectories(data);
        for (int size : sizes) {
            // made here, so that no JVM measured has run the JSON code before its first build
            BenchData.studentRows(BenchData.students(data, cfg.seed(), size));
            BenchData.startups(data, cfg.seed(), cfg.openings());
            for (int round = 1; round <= rounds; round++) {
                for (Map.Entry<String, List<String>> variant : VARIANTS.entrySet()) {
                    builds.addAll(child(size, variant.getKey(), variant.getValue(), round, warm, heap, cfg.out()));
                }
            }
        }
        BenchReport.writeMarkdown(out, "coldbuilds", report(builds, heap, loadAtStart, BenchReport.loadAverage()));
    }

    private static List<Build> child(int size, String variant, List<String> options, int round, int warm,
            String heap, Path benchOut) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap));
        command.addAll(options);
        command.addAll(List.of("-Dbench.out=" + benchOut, "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), Integer.toString(size), Integer.toString(warm)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Build> builds = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(Child.PREFIX)) {
                    long[] v = Arrays.stream(line.substring(Child.PREFIX.length()).trim().split(" "))
                            .mapToLong(Long::parseLong).toArray();
                    builds.add(new Build(size, variant, round, (int) v[0], v[1], v[2], v[3]));
                    MatchBenchmark.log("%,d students, %s, round %d, build %d: %,d ms, CPU %,d ms, JIT %,d ms", size,
                            variant, round, v[0], v[1], v[2], v[3]);
                }
            }
        }
        if (process.waitFor() != 0 || builds.size() != warm + 1) {
            throw new IllegalStateException("The JVM of " + variant + " ended with " + process.exitValue()
                    + " after " + builds.size() + " builds of " + (warm + 1));
        }
        return builds;
    }

    static String report(List<Build> builds, String heap, String loadAtStart, String loadAtEnd) {
        StringBuilder md = new StringBuilder("# Cold and warm index builds\n\n");
        md.append(String.format(Locale.ROOT, "Each JVM (-Xmx%s) loads the students once cold, then %d times more; "
                + "medians over its rounds. JIT: compilation time of both compilers, on their own threads (it is part "
                + "of the process CPU). Load average at start %s, at end %s.%n%n", heap,
                builds.stream().mapToInt(Build::place).max().orElse(0), loadAtStart, loadAtEnd));
        md.append("| students | JVM options | cold: wall s | CPU s | JIT s | warm: wall s | CPU s | JIT s |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Build>> groups = new LinkedHashMap<>();
        builds.forEach(b -> groups.computeIfAbsent(b.size() + "|" + b.variant(), k -> new ArrayList<>()).add(b));
        groups.forEach((key, group) -> {
            List<Build> cold = group.stream().filter(b -> b.place() == 0).toList();
            List<Build> warmed = group.stream().filter(b -> b.place() > 0).toList();
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s |%n", group.get(0).size(),
                    group.get(0).variant(), medians(cold), medians(warmed)));
        });
        md.append("\n## Every build\n\n| students | JVM options | round | build | wall s | CPU s | JIT s |\n")
                .append("|---|---|---|---|---|---|---|\n");
        builds.forEach(b -> md.append(String.format(Locale.ROOT, "| %,d | %s | %d | %s | %.2f | %.2f | %.2f |%n",
                b.size(), b.variant(), b.round(), b.place() == 0 ? "cold" : Integer.toString(b.place()),
                b.wallMs() / 1000.0, b.cpuMs() / 1000.0, b.jitMs() / 1000.0)));
        return md.toString();
    }

    private static String medians(List<Build> builds) {
        return String.format(Locale.ROOT, "%.2f | %.2f | %.2f", median(builds, Build::wallMs) / 1000.0,
                median(builds, Build::cpuMs) / 1000.0, median(builds, Build::jitMs) / 1000.0);
    }

    private static double median(List<Build> builds, java.util.function.ToLongFunction<Build> value) {
        long[] v = builds.stream().mapToLong(value).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    /** The measured JVM: loads {@code args[0]} students {@code 1 + args[1]} times, one line per build. */
    static final class Child {
        static final String PREFIX = "BUILD ";

        public static void main(String[] args) throws Exception {
            int students = Integer.parseInt(args[0]);
            int warm = Integer.parseInt(args[1]);
            MatchBenchmark.Config cfg = MatchBenchmark.Config.fromSystemProperties();
            Path data = cfg.out().resolve("data");
            List<ProgramDoc> programs = BenchPrograms.generate(cfg.seed(), cfg.programs());
            Map<String, Long> approved = BenchPrograms.approvedByKey(programs, cfg.seed());
            List<StartupDoc> startups = BenchData.readStartups(BenchData.startups(data, cfg.seed(), cfg.openings()));
            Path rows = BenchData.studentRows(BenchData.students(data, cfg.seed(), students));
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            for (int place = 0; place <= warm; place++) {
                try (MatchEngine engine = new MatchEngine(BenchData.JSON)) {
                    long t0 = System.nanoTime();
                    long cpu0 = SizeRun.processCpuNanos();
                    long jit0 = jit.getTotalCompilationTime();
                    SizeRun.loadEngine(engine, programs, approved, startups, rows);
                    System.out.printf(Locale.ROOT, "%s%d %d %d %d%n", PREFIX, place,
                            (System.nanoTime() - t0) / 1_000_000, (SizeRun.processCpuNanos() - cpu0) / 1_000_000,
                            jit.getTotalCompilationTime() - jit0);
                }
            }
            System.exit(0); // the engine's background threads
        }
    }
}
