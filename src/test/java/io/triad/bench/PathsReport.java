package io.triad.bench;

import io.triad.bench.BenchReport.Stats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's part for every path of the issue: a table per size, the wide run, freshness, and the targets. */
@SuppressWarnings("unchecked")
final class PathsReport {
    private PathsReport() {
    }

    private static Map<String, Object> m(Object o) {
        return (Map<String, Object>) o;
    }

    private static Stats latency(Object measured) {
        return measured == null ? null : (Stats) m(measured).get("latency");
    }

    static Map<String, Object> targets(Map<String, Object> run) {
        Map<String, Object> e = m(run.get("engine"));
        Map<String, Object> b = m(run.get("baseline"));
        Stats def = (Stats) e.get("latency");
        Map<String, Object> t = new LinkedHashMap<>();
        // the targets: 10 ms at a million students, 50 ms at ten million (run once, report only)
        int limitMs = (Integer) run.get("students") >= 10_000_000 ? 50 : 10;
        t.put("default top 20 p99 <= " + limitMs + " ms", pass(def.p99() <= limitMs));
        m(e.getOrDefault("paths", Map.of())).forEach((path, r) -> {
            t.put(path + " p99 <= 2 x default p99 (" + round(2 * def.p99()) + " ms)",
                    pass(latency(r).p99() <= 2 * def.p99()));
            t.put(path + " equals its unpruned definition on samples",
                    pass(((List<?>) m(m(r).get("unprunedAgreement")).get("mismatches")).isEmpty()));
        });
        if (e.containsKey("programs/{key}/matches")) {
            t.put("programs/{key}/matches p99 <= 50 ms", pass(latency(e.get("programs/{key}/matches")).p99() <= 50));
            t.put("programs/{key}/matches equals its unpruned definition on samples", pass(((List<?>) m(m(
                    e.get("programs/{key}/matches")).get("unprunedAgreement")).get("mismatches")).isEmpty()));
        }
        if (e.containsKey(EnginePaths.UNDER_WRITES)) {
            t.put(EnginePaths.UNDER_WRITES + " equals its unpruned definition on samples", pass(((List<?>) m(m(
                    e.get(EnginePaths.UNDER_WRITES)).get("unprunedAgreement")).get("mismatches")).isEmpty()));
        }
        Map<String, Object> f = m(e.get("freshness"));
        Stats visible = (Stats) f.get("visibleAfter");
        t.put("profile change visible p99 <= 1 s under " + f.get("writesPerSecondTarget") + " writes/s (achieved "
                + f.get("writesPerSecondAchieved") + ")", pass(visible != null && visible.p99() <= 1000
                && (Integer) f.get("timeoutsOver30s") == 0));
        double cold = (Long) e.get("reindexFirstRunMs") / (double) (Long) b.get("reindexMs");
        t.put("first index build, cold JVM, <= 0.5 x baseline load (" + round(cold) + ")", pass(cold <= 0.5));
        return t;
    }

    static Map<String, Object> wideTargets(Map<String, Object> wide) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("students/{key}/matches p99 <= 10 ms with " + wide.get("openings") + " openings",
                pass(latency(wide.get("students/{key}/matches")).p99() <= 10));
        t.put("programs?q= p99 <= 5 ms with " + wide.get("programs") + " programs",
                pass(latency(wide.get("programs?q=")).p99() <= 5));
        return t;
    }

    static String markdown(MatchBenchmark.Config cfg, List<Map<String, Object>> runs, Map<String, Object> wide) {
        StringBuilder s = new StringBuilder("\n## Every path (engine vs baseline, same data, same run)\n\n");
        s.append("Engine: ").append(cfg.sample()).append(" sampled openings per opening path, the first 21 placement "
                + "programs of the data (drafts too; the first one untimed) for a program's matches. Baseline: the first ")
                .append(cfg.baselineSample())
                .append(" of those openings (plain SQL aggregating the programs of every fitting student), three "
                        + "programs for a program's matches (20 s each at most).\n\n");
        s.append("| students | path | engine p50 ms | engine p99 ms | engine CPU p99 ms | baseline p50 ms "
                + "| baseline p99 ms | p99 ratio | agreement |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> run : runs) {
            Map<String, Object> e = m(run.get("engine"));
            Map<String, Object> b = m(run.get("baseline"));
            int students = (Integer) run.get("students");
            row(s, students, "default top 20", e, (Stats) b.get("latency"), "see verification");
            m(e.getOrDefault("paths", Map.of())).forEach((path, r) -> {
                Map<String, Object> br = m(m(b.get("paths")).get(path));
                row(s, students, path, m(r), latency(br), "unpruned " + m(m(r).get("unprunedAgreement"))
                        .get("mismatches") + ", baseline " + br.get("agreement"));
            });
            if (!e.containsKey("programs/{key}/matches")) {
                continue;
            }
            Map<String, Object> pm = m(e.get("programs/{key}/matches"));
            Map<String, Object> bpm = m(b.get("programs/{key}/matches"));
            s.append(String.format(Locale.ROOT, "| %,d | programs/{key}/matches | %.3f | %.3f | %.3f | %s ms (each) | "
                    + "| | unpruned %s, baseline %s |%n", students, latency(pm).p50(), latency(pm).p99(),
                    ((Stats) pm.get("cpuPerQuery")).p99(), bpm.get("latencyMs"), pm.get("unprunedAgreement"),
                    bpm.get("totals")));
            s.append(String.format(Locale.ROOT, "| | (before them: rankings and each program's first page kept ahead, "
                    + "%s) | | | | | | | |%n", pm.get("rankingsKept")));
            Stats other = (Stats) pm.get(EnginePaths.NOT_KEPT_FIRST_ASK);
            s.append(String.format(Locale.ROOT, "| | (then limit %d, a page not kept ahead, first ask: p50 %.3f ms, "
                    + "p99 %.3f ms) | | | | | | | |%n", EnginePaths.LIMIT + 1, other.p50(), other.p99()));
            Map<String, Object> uw = m(e.getOrDefault(EnginePaths.UNDER_WRITES, Map.of()));
            if (!uw.isEmpty()) {
                s.append(String.format(Locale.ROOT, "| %,d | programs/{key}/matches while %s students/s change, "
                        + "rankings kept %s writes earlier or more | %.3f | %.3f | %.3f | | | | unpruned %s; side by "
                        + "side without the rankings %s |%n", students, uw.get("writesPerSecondAchieved"),
                        uw.get("writesDuring"), latency(uw).p50(), latency(uw).p99(),
                        ((Stats) uw.get("cpuPerQuery")).p99(), uw.get("unprunedAgreement"),
                        uw.get("sideBySideWithoutRankings")));
            }
        }
        if (wide != null) {
            Map<String, Object> b = m(wide.get("baseline"));
            for (String path : List.of("students/{key}/matches", "programs?q=")) {
                row(s, -1, path + " (" + (path.startsWith("students") ? wide.get("openings") + " openings"
                        : wide.get("programs") + " programs") + ")", m(wide.get(path)), latency(b.get(path)),
                        String.valueOf(b.entrySet().stream().filter(x -> x.getKey().startsWith(path + " agreement"))
                                .map(Map.Entry::getValue).findFirst().orElse("")));
            }
            s.append("\n(The last rows read no student index: a student's matches take the student's document, the "
                    + "search reads programs only; they run on an engine of their own.)\n");
        }
        s.append("\nFreshness under write load (a profile change, then its undo, until the opening's matches show it):"
                + "\n\n| students | writes/s target | achieved | probes | p50 ms | p99 ms | max ms |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> run : runs) {
            Map<String, Object> f = m(m(run.get("engine")).get("freshness"));
            Stats v = (Stats) f.get("visibleAfter");
            s.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s |%n", (Integer) run.get("students"),
                    f.get("writesPerSecondTarget"), f.get("writesPerSecondAchieved"), f.get("probes"),
                    v == null ? "-" : v.p50(), v == null ? "-" : v.p99(), v == null ? "-" : v.max()));
        }
        if (wide != null) {
            s.append("\nTargets of the wide run:\n\n");
            wideTargets(wide).forEach((k, v) -> s.append("- ").append(k).append(": ").append(v).append('\n'));
        }
        return s.toString();
    }

    private static void row(StringBuilder s, int students, String path, Map<String, Object> e, Stats b, String agree) {
        Stats l = (Stats) e.get("latency");
        Stats c = (Stats) e.get("cpuPerQuery");
        s.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %s | %s | %s | %s |%n",
                students < 0 ? "-" : String.format(Locale.ROOT, "%,d", students), path, l.p50(), l.p99(), c.p99(),
                b == null ? "-" : b.p50(), b == null ? "-" : b.p99(),
                b == null ? "-" : String.format(Locale.ROOT, "%.1f×", b.p99() / l.p99()), agree.replace('|', '/')));
    }

    private static double round(double v) {
        return BenchReport.round(v);
    }

    private static String pass(boolean ok) {
        return ok ? "PASS" : "MISS";
    }
}
