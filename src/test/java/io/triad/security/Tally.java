package io.triad.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what was sent and how it was answered, keeps the failures, and writes the run's summary. */
final class Tally {
    private static final int EXAMPLES_PER_KIND = 3;

    private final Map<String, AtomicLong> byGroup = new TreeMap<>();
    private final Map<String, AtomicLong> byRole = new TreeMap<>();
    private final Map<String, AtomicLong> byStatus = new TreeMap<>();
    private final Map<String, AtomicLong> byWhat = new TreeMap<>();
    /** Failures by endpoint and kind of wrong answer, with their count and a few examples. */
    private final Map<String, List<String>> failures = new TreeMap<>();
    private final Map<String, AtomicLong> failureCounts = new TreeMap<>();
    private final List<String> databaseChanges = new ArrayList<>();
    private final Map<String, String> batchTimes = new java.util.LinkedHashMap<>();
    private long sent;
    /** Inputs that must be refused (4xx); the others are log-ins whose hostile next must be made safe. */
    private long refusals;
    private long serverErrors;
    private long failed;

    synchronized void record(Probe probe, int status, String problem) {
        sent++;
        if (probe.expect() == Probe.Expect.API || probe.expect() == Probe.Expect.PAGE) {
            refusals++;
        }
        count(byGroup, probe.group());
        count(byRole, probe.role());
        count(byStatus, status == 0 ? "none" : Integer.toString(status));
        count(byWhat, probe.what());
        if (status >= 500 || status == 0) {
            serverErrors++;
        }
        if (problem != null) {
            failed++;
            String kind = probe.group() + ": " + problem.substring(0, Math.min(60, problem.length()));
            count(failureCounts, kind);
            List<String> examples = failures.computeIfAbsent(kind, k -> new ArrayList<>());
            if (examples.size() < EXAMPLES_PER_KIND) {
                examples.add("as " + probe.role() + " [" + probe.what() + "] " + probe.method() + " "
                        + shorten(probe.target()) + bodyHint(probe) + " -> " + shorten(problem));
            }
        }
    }

    synchronized void databaseChanged(String group, String before, String after) {
        databaseChanges.add(group + ": " + before + " -> " + after);
    }

    synchronized void batchTook(String batch, int probes, long millis) {
        batchTimes.put(batch, probes + " inputs in " + millis + " ms");
    }

    synchronized long sent() {
        return sent;
    }

    synchronized long refusals() {
        return refusals;
    }

    synchronized long serverErrors() {
        return serverErrors;
    }

    synchronized List<String> failures() {
        List<String> all = new ArrayList<>(databaseChanges.stream().map(d -> "database changed after " + d).toList());
        failures.forEach((kind, examples) -> {
            all.add(failureCounts.get(kind).get() + " x " + kind);
            examples.forEach(e -> all.add("    " + e));
        });
        return all;
    }

    /** The summary as printed and written to {@code file}. */
    synchronized String summary(long seed, long millis, Path file) {
        StringBuilder out = new StringBuilder();
        out.append("Hostile inputs (OWASP ASVS 5.0 V1, V2): seed ").append(seed).append(", ").append(sent)
                .append(" inputs in ").append(millis / 1000.0).append(" s (").append(refusals)
                .append(" to be refused with a 4xx, ").append(sent - refusals)
                .append(" log-ins and log-in pages whose hostile next must be made safe)\n");
        out.append("5xx answers: ").append(serverErrors).append("; wrong rejections: ").append(failed)
                .append("; database changes: ").append(databaseChanges.size()).append("\n\nBy endpoint:\n");
        byGroup.forEach((k, v) -> out.append(String.format("  %7d  %s%n", v.get(), k)));
        out.append("\nBy batch (the database compared before and after each):\n");
        batchTimes.forEach((k, v) -> out.append(String.format("  %-24s %s%n", k, v)));
        out.append("\nBy role:\n");
        byRole.forEach((k, v) -> out.append(String.format("  %7d  %s%n", v.get(), k)));
        out.append("\nBy status:\n");
        byStatus.forEach((k, v) -> out.append(String.format("  %7d  %s%n", v.get(), k)));
        out.append("\nBy kind of input:\n");
        byWhat.forEach((k, v) -> out.append(String.format("  %7d  %s%n", v.get(), k)));
        failures().forEach(f -> out.append("FAILED ").append(f).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void count(Map<String, AtomicLong> counts, String key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private static String shorten(String text) {
        String visible = text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
        return visible.replaceAll("\\p{Cntrl}", "?");
    }

    private static String bodyHint(Probe probe) {
        if (probe.body() == null) {
            return "";
        }
        String text = new String(probe.body(), StandardCharsets.UTF_8);
        return " body " + shorten(text);
    }
}
