package io.triad.placement;

import io.triad.TestApi;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fires bodiless POSTs at once from a pool of threads (each waits at a latch until all are ready) and collects every
 * answer: the concurrency tests' load, over real HTTP like any client. {@code base} may name any Triad instance.
 */
final class Race {
    /** One request: who sends it, to which path. */
    record Shot(String email, String path) {
    }

    record Answer(Shot shot, int status, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int threads;

    Race(int threads) {
        this.threads = threads;
    }

    /** Sends every shot to one of the {@code bases} in turn (round robin), all at once; the answers in shot order. */
    List<Answer> fire(List<URI> bases, List<Shot> shots) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(Math.min(threads, shots.size()));
        try {
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < shots.size(); i++) {
                Shot shot = shots.get(i);
                URI base = bases.get(i % bases.size());
                pending.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return send(base, shot);
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : pending) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private Answer send(URI base, Shot shot) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((shot.email() + ":" + TestApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(shot.path())).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(shot, response.statusCode(), response.body());
    }
}
