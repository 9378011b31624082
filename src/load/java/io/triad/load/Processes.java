package io.triad.load;

import io.triad.TestPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The processes a load run starts: the packaged Triad on its own embedded PostgreSQL under {@code target/load/db}
 * (kept between runs: an import file already applied is not applied again) and the floor on that same PostgreSQL.
 * Both are stopped (SIGTERM, then SIGKILL) when the run ends.
 */
final class Processes implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final LoadTest.Config cfg;
    private final List<Process> started = new ArrayList<>();
    private final Map<String, Process> byName = new HashMap<>();
    private final List<String> described = new ArrayList<>();
    private Path dbDir;

    Processes(LoadTest.Config cfg) {
        this.cfg = cfg;
        // a run stopped from outside (Ctrl-C) leaves no server behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(Process::destroy)));
    }

    /** Starts Triad on the data and waits until it is ready; its URL. */
    String startTriad(List<Path> imports) throws IOException, InterruptedException {
        dbDir = Files.createDirectories(cfg.work().resolve("db"));
        int port = TestPorts.free();
        String jar = System.getProperty("load.jar", "target/quarkus-app/quarkus-run.jar");
        String importing = "classpath:data/programs.json,classpath:data/demo.json,"
                + imports.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(","));
        long begin = System.nanoTime();
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + cfg.heap()));
        if (Boolean.getBoolean("load.jfr")) {
            // where the pages' time goes under load: open target/load/triad.jfr with jfr print or JMC
            jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + cfg.work().resolve("triad.jfr"));
        }
        // README's JVM options (src/main/jvm/triad.args, next to the jar)
        jvm.add("@" + Path.of(jar).resolveSibling("triad.args").toAbsolutePath());
        jvm.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        start("triad", jvm, Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port), "TRIAD_DB_DIR", dbDir.toString(),
                "TRIAD_INDEX_DIR", Files.createDirectories(cfg.work().resolve("index")).toString(),
                "TRIAD_IMPORT", importing));
        String url = "http://localhost:" + port;
        awaitUp(url + "/q/health/ready", Duration.ofMinutes(20));
        LoadTest.log("Triad ready at %s after %d s", url, (System.nanoTime() - begin) / 1_000_000_000);
        awaitKeptAhead(url, Duration.ofMinutes(20));
        LoadTest.log("Triad kept ahead after %d s", (System.nanoTime() - begin) / 1_000_000_000);
        described.add("Triad: java -Xmx" + cfg.heap() + " @triad.args -jar " + jar + ", embedded PostgreSQL in " + dbDir
                + ", TRIAD_IMPORT=" + importing);
        return url;
    }

    /** Starts the floor on Triad's PostgreSQL; its URL. */
    String startFloor() throws IOException, InterruptedException {
        if (dbDir == null) {
            throw new IllegalStateException("With -Dload.base, give -Dload.floor too: the floor needs a database");
        }
        int port = TestPorts.free();
        String dbPort = Files.readAllLines(dbDir.resolve("postmaster.pid")).get(3).strip();
        String password = Files.readString(dbDir.resolve("triad-db-password")).strip();
        String jar = System.getProperty("load.floorJar", "load/floor/target/quarkus-app/quarkus-run.jar");
        start("floor", List.of("-Xmx512m", "-jar", Path.of(jar).toAbsolutePath().toString()), Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + dbPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", password));
        String url = "http://localhost:" + port;
        awaitUp(url + "/fortunes", Duration.ofMinutes(2));
        described.add("Floor: java -Xmx512m -jar " + jar + " (Fortunes: one query, a sort, a Qute template) on the same "
                + "PostgreSQL");
        return url;
    }

    List<String> describe() {
        return described;
    }

    private void start(String name, List<String> args, Map<String, String> env) throws IOException {
        Path log = cfg.work().resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TRIAD_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        byName.put(name, process);
    }

    /** The process id of the server {@code name} ("triad", "floor") when this run started it. */
    OptionalLong pid(String name) {
        Process p = byName.get(name);
        return p == null ? OptionalLong.empty() : OptionalLong.of(p.pid());
    }

    private void awaitUp(String url, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (started.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("A process ended before " + url + " answered; see " + cfg.work());
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " did not answer within " + atMost);
    }

    /**
     * Waits until Triad has kept the openings' rankings ahead (its gauge {@code triad_index_kept_ahead}): the first
     * keeping after a start takes a minute of CPU at 100k students, which the first phases would otherwise share.
     * Triad keeps them again only once a program's matches found them stale, and a merge of the loaded segments that
     * ends after the first keeping makes it stale (on 5 December the gauge stayed at 0 for five idle minutes). So while
     * the gauge is 0, a seed program's matches are asked, as a program's page would.
     */
    private static void awaitKeptAhead(String url, Duration atMost) throws InterruptedException, IOException {
        String operator = Base64.getEncoder().encodeToString("operator@triad.example:triad-demo-2026"
                .getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics"))
                    .header("Authorization", "Basic " + operator).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("/q/metrics answered " + r.statusCode());
            }
            if (r.body().lines().anyMatch(l -> l.startsWith("triad_index_kept_ahead ") && !l.endsWith(" 0.0"))) {
                return;
            }
            HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/programs/swpp-federal/matches?limit=1"))
                    .header("Authorization", "Basic " + operator).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Triad did not keep ahead within " + atMost);
    }

    /** The floor first: it holds connections to Triad's database. */
    @Override
    public void close() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
