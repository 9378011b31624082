package io.triad.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A closed-model load: {@code users} virtual users, each sending its next request as soon as the previous answer has
 * been read, for a fixed time after a warm-up. Every answer is checked (status 200 and an expected part of the body);
 * a wrong one counts as an error, not as throughput.
 */
final class ClosedLoop {
    /** What a run measured: answers per second, latency percentiles in milliseconds, errors. */
    record Result(String name, long requests, long errors, double seconds, double perSecond, double p50, double p90,
            double p99, double max) {
    }

    /** One request as a user sends it (its session, if any, in its client's cookies). */
    record Target(HttpClient client, URI uri, Predicate<String> expected) {
    }

    private ClosedLoop() {
    }

    static Result run(String name, List<Target> users, Duration warmup, Duration measured) throws InterruptedException {
        long warmEnd = System.nanoTime() + warmup.toNanos();
        long end = warmEnd + measured.toNanos();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(users.size());
        List<Thread> threads = new ArrayList<>();
        for (Target user : users) {
            long[][] mine = {new long[1 << 14]};
            int[] count = {0};
            Thread t = new Thread(() -> {
                try {
                    HttpRequest request = HttpRequest.newBuilder(user.uri()).timeout(Duration.ofSeconds(30)).build();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        boolean ok = send(user, request);
                        long took = System.nanoTime() - start;
                        if (start < warmEnd || System.nanoTime() > end) {
                            continue;
                        }
                        if (!ok) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (count[0] == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                        }
                        mine[0][count[0]++] = took;
                    }
                } finally {
                    synchronized (latencies) {
                        latencies.add(Arrays.copyOf(mine[0], count[0]));
                    }
                    done.countDown();
                }
            }, "load-" + name + "-" + threads.size());
            threads.add(t);
            t.start();
        }
        done.await();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measured.toNanos() / 1e9;
        return new Result(name, all.length, errors.get(), seconds, all.length / seconds, ms(all, 0.50), ms(all, 0.90),
                ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static boolean send(Target user, HttpRequest request) {
        try {
            HttpResponse<String> response = user.client().send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && user.expected().test(response.body());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int at = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }
}
