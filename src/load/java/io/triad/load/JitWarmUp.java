package io.triad.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads one page with the closed model's users until the server's JIT is done with it, before any phase is measured.
 * A fresh Triad compiles for about 75 s of CPU under this load ({@code jstat -compiler}), and on two busy cores that
 * took 80 s: a page's throughput rose from 670 to 3,100 req/s over that time, by steps. A fixed 10-15 s warm-up
 * therefore measured the compiler, not the page. The page is loaded in windows of {@code window}; the warm-up ends when
 * the server compiled for less than a tenth of two windows in a row (read with {@code jstat}, when the server is a
 * process of this run), else when two windows in a row stay within 5% of the best throughput before them; at least
 * three windows, at most {@code maxWindows}.
 */
final class JitWarmUp {
    private static final double RISE = 1.05;
    /** The share of a window below which the server's JIT counts as done (it never stops entirely). */
    private static final double IDLE_COMPILER = 0.1;

    /**
     * A page's throughput per window (req/s), the server's compile time per window (s; empty when unknown), and
     * whether the warm-up ended before its last allowed window.
     */
    record Curve(String name, Duration window, List<Double> perSecond, List<Double> compiledSeconds, boolean done) {
        String describe() {
            StringBuilder b = new StringBuilder(name).append(": ");
            perSecond.forEach(r -> b.append(Math.round(r)).append(' '));
            b.append("req/s per ").append(window.toSeconds()).append(" s window");
            if (!compiledSeconds.isEmpty()) {
                b.append("; the server compiled for");
                compiledSeconds.forEach(c -> b.append(String.format(Locale.ROOT, " %.1f", c)));
                b.append(" s");
            }
            return b.append(done ? "; done" : "; not done at the cap").toString();
        }
    }

    /** The JIT's total compile time of a running JVM, in seconds ({@code jstat -compiler}); NaN when unreadable. */
    static double compiledSeconds(long pid) {
        try {
            Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                    "-compiler", Long.toString(pid)).redirectErrorStream(true).start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            return jstat.waitFor() == 0 && lines.size() == 2 ? Double.parseDouble(lines.get(1).trim().split("\\s+")[3])
                    : Double.NaN;
        } catch (IOException | NumberFormatException | InterruptedException e) {
            return Double.NaN;
        }
    }

    private JitWarmUp() {
    }

    /** {@code serverPid}: the server's process when this run started it, to read its JIT's work. */
    static Curve untilWarm(String name, String url, String cookie, String expected, int users, Duration window,
            int maxWindows, OptionalLong serverPid) throws InterruptedException {
        // HTTP/1.1 as Gatling's phases: by default the JDK's client offers an upgrade to HTTP/2
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        HttpRequest request = builder.build();
        AtomicLong passed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            Thread user = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200 && answer.body().contains(expected)) {
                            passed.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, "status " + answer.statusCode());
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "warm-up-" + i);
            user.setDaemon(true);
            user.start();
            threads.add(user);
        }
        List<Double> rates = new ArrayList<>();
        List<Double> compiled = new ArrayList<>();
        double best = 0;
        int settled = 0;
        double compiledBefore = serverPid.isPresent() ? compiledSeconds(serverPid.getAsLong()) : Double.NaN;
        try {
            while (rates.size() < maxWindows && !(rates.size() >= 3 && settled >= 2)) {
                long before = passed.get();
                long t0 = System.nanoTime();
                Thread.sleep(window.toMillis());
                double rate = (passed.get() - before) * 1e9 / (System.nanoTime() - t0);
                rates.add(rate);
                boolean windowSettled;
                if (Double.isNaN(compiledBefore)) {
                    windowSettled = rate <= best * RISE;
                } else {
                    double now = compiledSeconds(serverPid.getAsLong());
                    compiled.add(now - compiledBefore);
                    windowSettled = now - compiledBefore < window.toMillis() / 1000.0 * IDLE_COMPILER;
                    compiledBefore = now;
                }
                settled = windowSettled ? settled + 1 : 0;
                best = Math.max(best, rate);
            }
        } finally {
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
        }
        Curve curve = new Curve(name, window, rates, compiled, settled >= 2);
        LoadTest.log("warm-up %s", curve.describe());
        if (failed.get() > 0) {
            throw new IllegalStateException(name + ": " + failed.get() + " answers failed their check during the "
                    + "warm-up, the first with " + firstFailure.get());
        }
        return curve;
    }
}
