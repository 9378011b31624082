package io.triad.placement;

import io.triad.TestPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Packaged Triad processes (the jar failsafe names in {@code triad.jar}) on one PostgreSQL, each on a port of its own
 * with its log under target/it-logs; started together, ready when their readiness check says so, stopped at close.
 */
final class Instances implements AutoCloseable {
    private final List<Process> processes = new ArrayList<>();
    private final List<URI> bases = new ArrayList<>();

    Instances(int count, Map<String, String> env) throws Exception {
        String jar = System.getProperty("triad.jar", "target/quarkus-app/quarkus-run.jar");
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        for (int i = 0; i < count; i++) {
            int port = TestPorts.free();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-jar", jar).redirectErrorStream(true)
                    .redirectOutput(logs.resolve("placement-instance-" + i + ".log").toFile());
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            processes.add(builder.start());
            bases.add(URI.create("http://localhost:" + port + "/"));
        }
        for (URI base : bases) {
            awaitReady(base);
        }
    }

    List<URI> bases() {
        return bases;
    }

    private void awaitReady(URI base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("A Triad instance stopped; see target/it-logs");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Triad at " + base + " was not ready within 3 minutes");
    }

    @Override
    public void close() throws Exception {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
