package io.triad.load;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The load run's result files: Markdown for people, JSON for tools, both named by the run's time. */
final class LoadReport {
    /** A scenario and the floor run measured just before it. */
    record Pair(LoadTest.Scenario scenario, Recorder.Result floor, Recorder.Result run) {
        double ratio() {
            return floor.perSecond() == 0 ? 0 : run.perSecond() / floor.perSecond();
        }

        boolean meetsRatio() {
            return ratio() >= scenario.minRatio();
        }

        boolean meetsP99() {
            return run.requests() > 0 && run.p99() < 100 && run.errors() == 0;
        }
    }

    private static final String GATLING = "3.13.5";

    private LoadReport() {
    }

    /** The Maven command that ran this (mvnw passes its arguments on), else the main class and its properties. */
    static String command() {
        String args = System.getenv("MAVEN_CMD_LINE_ARGS");
        if (args != null && !args.isBlank()) {
            return "./mvnw " + args.strip();
        }
        return "java io.triad.load.LoadTest " + System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("load.")).sorted().map(k -> "-D" + k + "=" + System.getProperty(k))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void write(LoadTest.Config cfg, List<Pair> pairs, List<JitWarmUp.Curve> warmUps, String loadAtStart,
            String loadAtEnd, List<String> processes) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.createDirectories(cfg.out());
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("loadAverageAtStart", loadAtStart);
        machine.put("loadAverageAtEnd", loadAtEnd);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("config", cfg.toString());
        json.put("command", command());
        json.put("processes", processes);
        json.put("warmUps", warmUps);
        json.put("scenarios", pairs);
        JsonMapper.builder().findAndAddModules().build().copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(cfg.out().resolve("results-" + stamp + ".json").toFile(), json);
        Files.writeString(cfg.out().resolve("results-" + stamp + ".md"),
                markdown(cfg, pairs, warmUps, machine, processes, stamp));
        LoadTest.log("Results in %s/results-%s.md", cfg.out(), stamp);
    }

    private static String markdown(LoadTest.Config cfg, List<Pair> pairs, List<JitWarmUp.Curve> warmUps,
            Map<String, Object> machine, List<String> processes, String stamp) {
        StringBuilder b = new StringBuilder("# Load test " + stamp + "\n\n");
        b.append("Machine: ").append(machine).append("\n\n");
        b.append("Command: `").append(command()).append("`\n\n");
        b.append(String.format(Locale.ROOT, "Gatling %s (`PagesSimulation`): %d students, %d openings; %d users in a "
                + "closed model (`constantConcurrentUsers(%d)`); each phase %d s after %d s of warm-up; the floor "
                + "measured just before each scenario. Before any phase, each page and then the floor were loaded by "
                + "the same number of users until the server's JIT was done with it (below: it compiles for over a "
                + "minute under this load), then the floor in Gatling for 12 times the warm-up. Gatling's HTML report "
                + "of the run is under `target/gatling`.%n%n",
                GATLING, cfg.students(), cfg.openings(), cfg.users(), cfg.users(), cfg.measured().toSeconds(),
                cfg.warmup().toSeconds()));
        processes.forEach(p -> b.append("- ").append(p).append('\n'));
        b.append("\nWarm-up, answers that passed the check per window:\n\n");
        warmUps.forEach(w -> b.append("- ").append(w.describe()).append('\n'));
        b.append("\n| scenario | path | req/s | floor req/s | ratio | target | p50 ms | p90 ms | p99 ms | max ms | errors "
                + "| floor p50/p99 ms | floor errors | ratio | p99 < 100 ms |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Pair p : pairs) {
            Recorder.Result r = p.run();
            Recorder.Result f = p.floor();
            b.append(String.format(Locale.ROOT, "| %s | `%s` | %.0f | %.0f | %.1f%% | ≥ %.0f%% | %.0f | %.0f | %.0f | "
                    + "%.0f | %d | %.0f/%.0f | %d | %s | %s |%n", p.scenario().name(), p.scenario().path(),
                    r.perSecond(), f.perSecond(), 100 * p.ratio(), 100 * p.scenario().minRatio(), r.p50(), r.p90(),
                    r.p99(), r.max(), r.errors(), f.p50(), f.p99(), f.errors(), p.meetsRatio() ? "PASS" : "MISSED",
                    p.meetsP99() ? "PASS" : "MISSED"));
        }
        b.append("\nLatencies are Gatling's response times (whole milliseconds); req/s counts the checked answers of a "
                + "phase over the time from its first request to its last answer.\n");
        b.append("\nBoth sides of each ratio ran under the same conditions, seconds apart; the load averages above "
                + "say how busy the machine was.\n");
        return b.toString();
    }
}
