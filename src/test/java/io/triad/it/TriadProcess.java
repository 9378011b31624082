package io.triad.it;

import static org.awaitility.Awaitility.await;

import io.triad.TestPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The packaged Triad ({@code -Dtriad.jar}, which failsafe sets) in a process of its own: its port, its database
 * ({@link TestDatabase}), an operator account ({@link #OPERATOR}), no demo data, and its log in
 * {@code target/it/logs/<name>-<n>.log}. {@link #start} returns once {@code /q/health/ready} is UP. It ends with
 * {@link #kill} (SIGKILL, as a crash), {@link #stop} (SIGTERM, as an orderly shutdown) or {@link #close}; a killed or
 * stopped one comes back with {@link #restart}.
 */
public final class TriadProcess implements AutoCloseable {
    /** Everything the ITs write: databases, logs, and the processes' temporary files. */
    static final Path WORK = Path.of("target", "it").toAbsolutePath();
    public static final String OPERATOR = "operator@triad.test";
    public static final String OPERATOR_PASSWORD = "crash-and-restart-2026";
    private static final Duration READY = Duration.ofMinutes(3);
    private static final AtomicInteger STARTS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Process process;
    private final Path log;

    private TriadProcess(String name, int port, Map<String, String> environment, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.process = process;
        this.log = log;
    }

    /** Starts Triad on a free port with {@code database} and the extra {@code environment}; returns once it is ready. */
    public static TriadProcess start(String name, TestDatabase database, Map<String, String> environment) {
        return start(name, TestPorts.free(), database, environment);
    }

    /** Starts Triad on {@code port}: for a test that needs to know it beforehand. */
    public static TriadProcess start(String name, int port, TestDatabase database, Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(Map.of(
                "TRIAD_ADMIN_EMAIL", OPERATOR, "TRIAD_ADMIN_PASSWORD", OPERATOR_PASSWORD,
                "TRIAD_PASSWORD_HASH_COST", "4", "TRIAD_IMPORT", "", "TRIAD_DEMO_ACCOUNTS", "false"));
        all.putAll(database.environment());
        all.putAll(environment);
        return launch(name, port, Map.copyOf(all));
    }

    /** The same Triad again (name, port, database, environment) once this process has ended; returns once ready. */
    public TriadProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("Triad " + name + " still runs: kill or stop it first");
        }
        return launch(name, port, environment);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL to the JVM and every process it started: a crash (its embedded database, detached, lives on). */
    public void kill() {
        List<ProcessHandle> started = process.descendants().toList();
        process.destroyForcibly();
        started.forEach(ProcessHandle::destroyForcibly);
        awaitEnd(started);
    }

    /** SIGKILL to the JVM alone, as the OOM killer sends it: what it started may act on its death. */
    public void killJvmOnly() {
        process.destroyForcibly();
        awaitEnd(List.of());
    }

    /** SIGTERM: an orderly shutdown (the embedded database stops after Triad). */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Triad " + name + " did not stop within 90 s: see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private static TriadProcess launch(String name, int port, Map<String, String> environment) {
        String jar = System.getProperty("triad.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("No packaged Triad at -Dtriad.jar=" + jar + ": run the ITs with ./mvnw verify");
        }
        try {
            Path tmp = Files.createDirectories(WORK.resolve("tmp"));
            Path log = Files.createDirectories(WORK.resolve("logs")).resolve(name + "-" + STARTS.incrementAndGet() + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Djava.io.tmpdir=" + tmp, "-jar", Path.of(jar).toAbsolutePath().toString())
                    .directory(WORK.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            // nothing from the test's own environment decides how this Triad runs
            builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TRIAD_"));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            TriadProcess triad = new TriadProcess(name, port, environment, builder.start(), log);
            triad.awaitReady();
            return triad;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Triad " + name, e);
        }
    }

    private void awaitReady() {
        await("Triad " + name + " ready (log: " + log + ")").dontCatchUncaughtExceptions().atMost(READY)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Triad " + name + " exited with " + process.exitValue()
                                + " before it was ready:\n" + tail());
                    }
                    return ready();
                });
    }

    private boolean ready() {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().replaceAll("\\s", "").startsWith("{\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // The waits here watch other processes: an exception in some thread of the test's JVM (an in-process SMTP server's
    // handler for a connection a killed Triad reset) is not theirs to fail on, as Awaitility would by default.

    /** Waits until the JVM and {@code others} are gone (a zombie left for init to reap counts as gone). */
    private void awaitEnd(List<ProcessHandle> others) {
        await("Triad " + name + " and its processes end").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30))
                .until(() -> !process.isAlive() && others.stream().noneMatch(TriadProcess::running));
    }

    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    /** The end of the log, for failure messages. */
    String tail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return "Triad " + name + " on port " + port + " (pid " + process.pid() + ", log " + log + ")";
    }
}
