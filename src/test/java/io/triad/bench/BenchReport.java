package io.triad.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Latency statistics, process memory, and the JSON and Markdown result files. */
final class BenchReport {
    private BenchReport() {
    }

    /** Latencies in milliseconds. */
    record Stats(int n, double p50, double p90, double p99, double max, double mean) {
        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().orElse(0) / 1e6;
            return new Stats(s.length, pct(s, 0.50), pct(s, 0.90), pct(s, 0.99), round(s[s.length - 1] / 1e6), round(mean));
        }

        /** Nearest rank: the smallest value with at least {@code p} of the values at or below it. */
        private static double pct(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return round(sorted[Math.max(0, rank - 1)] / 1e6);
        }
    }

    /**
     * The mean of each tenth of a series, in the order measured, in milliseconds: a tenth far above the others is a
     * window in which every query ran slower.
     */
    static List<Double> meanByTenth(long[] nanos) {
        List<Double> means = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            int from = nanos.length * t / 10;
            int to = nanos.length * (t + 1) / 10;
            means.add(round(Arrays.stream(nanos, from, to).average().orElse(0) / 1e6));
        }
        return means;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Heap in use after full collections, in MiB. */
    static double heapAfterGcMiB() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return round(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
    }

    /** This process's resident set size (VmRSS), in MiB; -1 where /proc is missing. */
    static double rssMiB() {
        return rssMiB("self");
    }

    /** The resident set size of process {@code pid} ("self": this one), in MiB; -1 where /proc is missing. */
    static double rssMiB(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Writes {@code md} to {@code <name>-<UTC timestamp>.md} under {@code dir}, and to the console. */
    static void writeMarkdown(Path dir, String name, String md) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, md);
        System.out.println(md);
        System.out.println("Written to " + file);
    }

    /** Writes results-&lt;timestamp&gt;.json and .md under {@code dir} and returns the Markdown. */
    static String write(Path dir, String timestamp, Map<String, Object> results, List<Map<String, Object>> runs)
            throws IOException {
        Files.createDirectories(dir);
        BenchData.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("results-" + timestamp + ".json").toFile(), results);
        String md = markdown(results, runs);
        Files.writeString(dir.resolve("results-" + timestamp + ".md"), md);
        return md;
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> results, List<Map<String, Object>> runs) {
        StringBuilder b = new StringBuilder("# Match benchmark " + results.get("timestamp") + "\n\n");
        b.append("Machine: ").append(results.get("machine")).append("\n\n");
        b.append("| students | engine p50 ms | engine p99 ms | baseline p50 ms | baseline p99 ms | p50 ratio "
                + "| p99 ratio | engine reindex s | baseline load+index s | reindex engine/baseline | heap MiB | RSS MiB |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> run : runs) {
            Map<String, Object> e = (Map<String, Object>) run.get("engine");
            Map<String, Object> p = (Map<String, Object>) run.get("baseline");
            Map<String, Object> r = (Map<String, Object>) run.get("ratios");
            Stats es = (Stats) e.get("latency");
            Stats ps = (Stats) p.get("latency");
            b.append(String.format(Locale.ROOT, "| %,d | %.3f | %.3f | %.3f | %.3f | %.1f× | %.1f× | %.1f | %.1f | %.2f | %.0f | %.0f |%n",
                    (Integer) run.get("students"), es.p50(), es.p99(), ps.p50(), ps.p99(), (Double) r.get("p50"),
                    (Double) r.get("p99"), ((Long) e.get("reindexMs")) / 1000.0, ((Long) p.get("reindexMs")) / 1000.0,
                    (Double) r.get("reindexEngineOverBaseline"), (Double) e.get("heapAfterGcMiB"),
                    (Double) e.get("rssMiB")));
        }
        b.append("\nCPU time per query (not inflated by other load on the machine):\n\n");
        b.append("| students | engine CPU p50 ms | engine CPU p99 ms | engine CPU mean ms | baseline CPU mean ms "
                + "(server + client) | mean CPU ratio | reindex CPU s engine / baseline |\n|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> run : runs) {
            Map<String, Object> e = (Map<String, Object>) run.get("engine");
            Map<String, Object> p = (Map<String, Object>) run.get("baseline");
            Stats c = (Stats) e.get("cpuPerQuery");
            b.append(String.format(Locale.ROOT, "| %,d | %.3f | %.3f | %.3f | %.3f | %.1f× | %.1f / %.1f |%n",
                    (Integer) run.get("students"), c.p50(), c.p99(), c.mean(), (Double) p.get("cpuMsPerQueryMean"),
                    (Double) ((Map<String, Object>) run.get("ratios")).get("cpuMeanPerQuery"),
                    ((Long) e.get("reindexCpuMs")) / 1000.0, ((Long) p.get("reindexCpuMs")) / 1000.0));
        }
        b.append("\nThe default path's timed series by tenths, in the order run (mean wall / mean CPU ms of each tenth: a "
                + "tenth far above the others is a window in which the machine ran slower):\n\n| students | tenths |\n"
                + "|---|---|\n");
        for (Map<String, Object> run : runs) {
            Map<String, Object> e = (Map<String, Object>) run.get("engine");
            List<Double> wall = (List<Double>) e.get("latencyMeanByTenthMs");
            List<Double> cpu = (List<Double>) e.get("cpuMeanByTenthMs");
            StringBuilder tenths = new StringBuilder();
            for (int t = 0; t < wall.size(); t++) {
                tenths.append(t == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%.2f / %.2f", wall.get(t), cpu.get(t)));
            }
            b.append(String.format(Locale.ROOT, "| %,d | %s |%n", (Integer) run.get("students"), tenths));
        }
        b.append("\nSplit searches cut where both parts end together (the default) and in halves, the sample once more "
                + "each, query by query in alternating order (the searching thread's share of the documents before and "
                + "after):\n\n| students | balanced p50 / p99 / mean ms | halves p50 / p99 / mean ms | share |\n"
                + "|---|---|---|---|\n");
        for (Map<String, Object> run : runs) {
            Map<String, Object> sides = (Map<String, Object>) ((Map<String, Object>) run.get("engine"))
                    .get("balanceSideBySide");
            Stats on = (Stats) sides.get("balanced");
            Stats off = (Stats) sides.get("halves");
            b.append(String.format(Locale.ROOT, "| %,d | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f | %.3f, %.3f |%n",
                    (Integer) run.get("students"), on.p50(), on.p99(), on.mean(), off.p50(), off.p99(), off.mean(),
                    (Double) sides.get("shareBefore"), (Double) sides.get("shareAfter")));
        }
        b.append("\nReindex runs (fastest counts above; the engine's first run is in a JVM that has not compiled the "
                + "indexing code yet):\n\n| students | engine runs ms | baseline runs ms |\n|---|---|---|\n");
        for (Map<String, Object> run : runs) {
            b.append(String.format(Locale.ROOT, "| %,d | %s | %s |%n", (Integer) run.get("students"),
                    ((Map<String, Object>) run.get("engine")).get("reindexRunsMs"),
                    ((Map<String, Object>) run.get("baseline")).get("reindexRunsMs")));
        }
        b.append("\nTargets:\n\n");
        for (Map<String, Object> run : runs) {
            ((Map<String, Object>) run.get("targets")).forEach((k, v) -> b.append("- ").append(run.get("students"))
                    .append(" students, ").append(k).append(": ").append(v).append('\n'));
        }
        b.append("\nDetails (breakdowns, verification, the full-ranking baseline) are in the JSON file.\n");
        return b.toString();
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
