package io.triad.account;

import static io.triad.TestApi.PASSWORD;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends many requests at once: every writer waits at one gate, which opens when all of them are ready, so they reach
 * the server together (as close as threads can). Counts every request and every 5xx of the run, for the report.
 */
final class Race implements AutoCloseable {
    /** What the race figures add up to over a test run. */
    static final AtomicInteger ROUNDS = new AtomicInteger();
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    /** One request of a race: who sends it, a name that tells its document apart, the method, path and body. */
    record Attempt(String account, String name, String method, String path, String body) {
    }

    /** What the server answered to an attempt. */
    record Outcome(Attempt attempt, int status, String contentType, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return attempt.name() + " " + attempt.method() + " " + attempt.path() + " -> " + status;
        }
    }

    private final ExecutorService pool;
    private final HttpClient http;

    Race(int writers) {
        pool = Executors.newFixedThreadPool(writers);
        // the client's own threads deliver responses: the pool's are all blocked in send() during a race
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Sends every attempt at once and answers their outcomes, in the attempts' order. */
    List<Outcome> run(List<Attempt> attempts) {
        CountDownLatch ready = new CountDownLatch(attempts.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Attempt attempt : attempts) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return send(attempt);
            }));
        }
        try {
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The writers did not all start");
            }
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
            ROUNDS.incrementAndGet();
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A writer failed", e);
        }
    }

    /** One request, outside any race. */
    Outcome send(Attempt attempt) {
        String credentials = Base64.getEncoder()
                .encodeToString((attempt.account() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + attempt.path()))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
        if (attempt.body() == null) {
            request.method(attempt.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(attempt.method(), HttpRequest.BodyPublishers.ofString(attempt.body()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            REQUESTS.incrementAndGet();
            if (response.statusCode() >= 500) {
                SERVER_ERRORS.incrementAndGet();
            }
            return new Outcome(attempt, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
