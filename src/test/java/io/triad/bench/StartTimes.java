package io.triad.bench;

import io.triad.TempTree;
import io.triad.TestPorts;
import io.triad.app.EmbeddedDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start to ready (Maven profile {@code starts}, after {@code package}): README's command (the packaged jar with its
 * class-data-sharing archive, the embedded PostgreSQL, the demo data) started on fresh directories, then restarted
 * {@code starts.restarts} times (5), each restart right after a start of the floor of this stack ({@code load/floor}:
 * Quarkus, one data source, a Qute page) on a PostgreSQL of its own, so both see the machine at the same moment.
 * Ready means the first 200 of {@code /q/health/ready} (Triad: its search index is built) or of {@code /fortunes}
 * (the floor), polled every 20 ms from the moment the JVM was launched. The JVM's CPU (user + system, from
 * {@code /proc}) and resident memory are read when it is ready. Writes {@code starts-<timestamp>.md} under
 * {@code starts.out} (docs/bench).
 */
public final class StartTimes {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration AT_MOST = Duration.ofMinutes(3);
    /** The kernel's clock ticks per second, in which /proc/PID/stat counts CPU time (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private StartTimes() {
    }

    record Start(String what, double seconds, double cpuSeconds, double rssMiB) {
    }

    public static void main(String[] args) throws Exception {
        int restarts = Integer.getInteger("starts.restarts", 5);
        Path out = Path.of(System.getProperty("starts.out", "docs/bench"));
        Path work = Path.of("target", "starts").toAbsolutePath();
        TempTree.delete(work);
        Files.createDirectories(work);
        String loadAtStart = BenchReport.loadAverage();
        List<Start> triad = new ArrayList<>();
        List<Start> floor = new ArrayList<>();
        try (EmbeddedDatabase floorDb = EmbeddedDatabase.startThrowaway(work.resolve("floor-db"))) {
            Map<String, String> floorEnv = Map.of("QUARKUS_DATASOURCE_JDBC_URL", floorDb.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", floorDb.username(),
                    "QUARKUS_DATASOURCE_PASSWORD", floorDb.password());
            Map<String, String> triadEnv = Map.of("TRIAD_DB_DIR", work.resolve("db").toString(),
                    "TRIAD_INDEX_DIR", work.resolve("index").toString());
            List<String> triadJvm = List.of("-XX:SharedArchiveFile=target/quarkus-app/triad.jsa",
                    "@target/quarkus-app/triad.args", "-jar",
                    "target/quarkus-app/quarkus-run.jar");
            List<String> floorJvm = List.of("-jar", "load/floor/target/quarkus-app/quarkus-run.jar");
            // the floor's first start creates its table; not measured, as Triad's first start is reported apart
            start("floor, first start", floorJvm, floorEnv, "/fortunes", work);
            triad.add(start("Triad, first start", triadJvm, triadEnv, "/q/health/ready", work));
            for (int i = 1; i <= restarts; i++) {
                floor.add(start("floor, start " + i, floorJvm, floorEnv, "/fortunes", work));
                triad.add(start("Triad, restart " + i, triadJvm, triadEnv, "/q/health/ready", work));
            }
        }
        BenchReport.writeMarkdown(out, "starts", report(triad, floor, loadAtStart, BenchReport.loadAverage()));
    }

    /** Launches the JVM, waits for {@code path} to answer 200, reads its CPU and memory, then stops it (SIGTERM). */
    private static Start start(String what, List<String> jvm, Map<String, String> env, String path, Path work)
            throws IOException, InterruptedException {
        int port = TestPorts.free();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvm);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("starts.log").toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TRIAD_"));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            awaitOk(process, URI.create("http://localhost:" + port + path), t0);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Start s = new Start(what, seconds, cpuSeconds(process.pid()),
                    BenchReport.rssMiB(Long.toString(process.pid())));
            System.out.printf(Locale.ROOT, "%s: %.2f s to ready, JVM CPU %.2f s, RSS %.0f MiB%n", what, s.seconds(),
                    s.cpuSeconds(), s.rssMiB());
            return s;
        } finally {
            process.destroy();
            // Triad stops its PostgreSQL after Quarkus: the next start must not find it still running
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void awaitOk(Process process, URI uri, long t0) throws InterruptedException {
        while (System.nanoTime() - t0 < AT_MOST.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(uri + ": the process ended; see target/starts/starts.log");
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(uri + " did not answer 200 within " + AT_MOST);
    }

    /** User + system time of the process so far, from /proc/PID/stat (fields 14 and 15; the name holds no space). */
    private static double cpuSeconds(long pid) throws IOException {
        String[] f = Files.readString(Path.of("/proc", Long.toString(pid), "stat")).split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS;
    }

    private static double median(List<Start> starts) {
        double[] s = starts.stream().mapToDouble(Start::seconds).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static String report(List<Start> triad, List<Start> floor, String loadAtStart, String loadAtEnd) {
        Start first = triad.get(0);
        List<Start> restarts = triad.subList(1, triad.size());
        double restart = median(restarts);
        double floorStart = median(floor);
        StringBuilder b = new StringBuilder("# Start to ready, ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm",
                        Locale.ENGLISH))).append(" UTC\n\n");
        b.append("`./mvnw -B -Pstarts package -DskipTests` (`io.triad.bench.StartTimes`): README's command on fresh "
                + "directories, then restarts, each right after a start of the floor (`load/floor`: Quarkus, one data "
                + "source, a Qute page, on a PostgreSQL of its own). Ready: the first 200 of `/q/health/ready` "
                + "(Triad) or `/fortunes` (the floor), polled every 20 ms from the JVM's launch. Load average ")
                .append(loadAtStart).append(" at the start, ").append(loadAtEnd).append(" at the end.\n\n");
        b.append("| start | s to ready | JVM CPU s | RSS MiB |\n|---|---|---|---|\n");
        for (int i = 0; i < triad.size(); i++) {
            if (i > 0) {
                row(b, floor.get(i - 1));
            }
            row(b, triad.get(i));
        }
        b.append(String.format(Locale.ROOT, "%n| median | Triad | floor | Triad / floor | target |%n|---|---|---|---|---|%n"
                + "| restart | %.2f s | %.2f s | %.2f | ≤ 3 s: **%s** |%n"
                + "| first start on a fresh database | %.2f s | | %.2f | ≤ 5 s: **%s** |%n",
                restart, floorStart, restart / floorStart, restart <= 3 ? "met" : "missed",
                first.seconds(), first.seconds() / floorStart, first.seconds() <= 5 ? "met" : "missed"));
        return b.toString();
    }

    private static void row(StringBuilder b, Start s) {
        b.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f |%n", s.what(), s.seconds(), s.cpuSeconds(),
                s.rssMiB()));
    }
}
