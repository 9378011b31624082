import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Records Triad's class-data-sharing archive (run by Maven in {@code package}, as a single-file program): starts the
 * packaged jar once on a fresh embedded database with {@code -XX:ArchiveClassesAtExit}, waits until it is ready, asks
 * for the pages every visitor opens first, then stops it with SIGTERM; the JVM writes the classes it loaded to
 * {@code target/quarkus-app/triad.jsa}, each of them linked first by Triad's shutdown hook (io.triad.app.CdsLinking,
 * which reads the run's class-load log): JDK 17 leaves unlinked classes out. A start with
 * {@code -XX:SharedArchiveFile} maps them instead of loading and verifying each one again. The jar is named as
 * README's command names it, relative to the project: the JVM accepts the archive only for the same class path (with
 * another one, or another JDK, it silently starts without it).
 */
public class CdsTraining {
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^\\s:]+:(\\d+)");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        Path archive = jar.resolveSibling("triad.jsa");
        Path work = Path.of("target/cds-training");
        deleteTree(work);
        Files.createDirectories(work);
        Path loaded = work.resolve("class-load.log"); // the run links these classes before the archive is written
        Files.deleteIfExists(archive);
        Path log = work.resolve("triad.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:class+load=info:file=" + loaded,
                "-Dcds.class-load-log=" + loaded, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TRIAD_"));
        builder.environment().put("TRIAD_DB_DIR", work.resolve("db").toAbsolutePath().toString());
        // Any port, the one Quarkus binds: a port chosen here and handed over could be the one the embedded
        // PostgreSQL picks in the meantime (it happened once: "Port ... seems to be in use").
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        long started = System.nanoTime();
        long deadline = started + READY_WITHIN.toNanos();
        Process triad = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            int port = awaitListening(log, triad, deadline);
            awaitReady(http, port, triad, deadline);
            for (String page : List.of("/", "/programs", "/login", "/programs?q=wage")) {
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } finally {
            triad.destroy();
            if (!triad.waitFor(60, TimeUnit.SECONDS)) {
                triad.destroyForcibly();
                throw new IllegalStateException("Triad did not stop within 60 s; see " + log);
            }
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("No archive was written; see " + log);
        }
        System.out.printf("[cds] %s: %d MiB, recorded in %d s%n", archive, Files.size(archive) >> 20,
                (System.nanoTime() - started) / 1_000_000_000L);
        deleteTree(work.resolve("db"));
    }

    /** The port of Quarkus's "Listening on: http://host:port" line in {@code log}. */
    private static int awaitListening(Path log, Process triad, long deadline) throws Exception {
        while (System.nanoTime() < deadline) {
            requireAlive(triad);
            Matcher listening = LISTENING.matcher(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1));
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Triad did not listen within " + READY_WITHIN + "; see " + log);
    }

    private static void awaitReady(HttpClient http, int port, Process triad, long deadline) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build();
        while (System.nanoTime() < deadline) {
            requireAlive(triad);
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens at the end of the start
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Triad was not ready within " + READY_WITHIN);
    }

    private static void requireAlive(Process triad) {
        if (!triad.isAlive()) {
            throw new IllegalStateException("Triad ended with " + triad.exitValue() + " before it was ready");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
