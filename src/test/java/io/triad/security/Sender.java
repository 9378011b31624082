package io.triad.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Sends probes, several at a time, and judges each answer by its {@link Probe.Expect}: never a 5xx, and a rejection of
 * the right shape. Verdicts go to the {@link Tally}.
 */
final class Sender implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");
    private static final Pattern SAFE_LOCATION = Pattern.compile("/(?![/\\\\])[\\x21-\\x7E]*");

    private final URI base;
    private final HttpClient client;
    private final ExecutorService pool;
    private final Tally tally;

    Sender(URI base, int threads, Tally tally) {
        this.base = base;
        this.pool = Executors.newFixedThreadPool(threads);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        this.tally = tally;
    }

    /** A plain answer, for the test's own set-up requests. */
    record Answer(int status, HttpResponse<byte[]> response) {
        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        List<String> all(String header) {
            return response.headers().allValues(header);
        }

        String first(String header) {
            return response.headers().firstValue(header).orElse("");
        }
    }

    Answer exchange(Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(probe.target()))
                .timeout(Duration.ofSeconds(60))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        probe.headers().stream().filter(h -> !RESTRICTED.contains(h.getKey().toLowerCase()) && !h.getValue().isEmpty())
                .forEach(h -> request.header(h.getKey(), h.getValue()));
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(probe.method() + " " + probe.target() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends every probe (in parallel) and records each verdict; returns when all are answered. */
    void sendAll(List<Probe> probes) {
        List<Future<?>> pending = new java.util.ArrayList<>();
        probes.forEach(p -> pending.add(pool.submit(() -> judge(p))));
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private void judge(Probe probe) {
        Answer answer;
        try {
            answer = exchange(probe);
        } catch (java.io.UncheckedIOException e) {
            // A connection the server closed without an answer is a failure too (it never says why).
            tally.record(probe, 0, "no answer: " + e.getMessage());
            return;
        }
        tally.record(probe, answer.status(), problemWith(probe, answer));
    }

    /** What is wrong with the answer, or null when it is the rejection expected. */
    String problemWith(Probe probe, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "5xx: " + snippet(answer);
        }
        return switch (probe.expect()) {
            case API -> apiProblem(answer);
            case PAGE -> pageProblem(probe, answer);
            case NEXT -> nextProblem(answer);
            case LOGIN_FORM -> loginFormProblem(answer);
        };
    }

    private static String apiProblem(Answer answer) {
        if (answer.status() < 400) {
            return "accepted (" + answer.status() + ")";
        }
        if (!answer.first("Content-Type").startsWith("application/problem+json")) {
            return "not a problem document: " + answer.first("Content-Type") + " " + snippet(answer);
        }
        try {
            JsonNode problem = JSON.readTree(answer.response().body());
            if (problem.path("status").asInt() != answer.status() || !problem.path("title").isTextual()) {
                return "problem without its status and title: " + snippet(answer);
            }
        } catch (IOException e) {
            return "problem document is not JSON";
        }
        return null;
    }

    private String pageProblem(Probe probe, Answer answer) {
        String location = local(answer.first("Location"));
        boolean toLogIn = answer.status() == 303 && location.startsWith("/login?")
                && ("anonymous".equals(probe.role()) || probe.target().startsWith("/login"));
        if (toLogIn) {
            return null;
        }
        if (answer.status() < 400) {
            return "accepted (" + answer.status() + (location.isEmpty() ? "" : " to " + location) + ")";
        }
        if (!answer.first("Content-Type").startsWith("text/html") || !answer.text().contains("</html>")) {
            return "not a page: " + answer.first("Content-Type") + " " + snippet(answer);
        }
        return null;
    }

    private String nextProblem(Answer answer) {
        List<String> locations = answer.all("Location");
        if (answer.status() != 303 || locations.size() != 1) {
            return "log-in did not redirect once: " + answer.status() + " " + locations;
        }
        String location = local(locations.get(0));
        return safeLocal(location) ? null : "unsafe Location " + locations.get(0);
    }

    /** A Location on this server without its scheme and authority (the server may write it absolute). */
    private String local(String location) {
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        return location.startsWith(origin + "/") ? location.substring(origin.length()) : location;
    }

    private static String loginFormProblem(Answer answer) {
        if (answer.status() == 400 && answer.text().contains("</html>")) {
            return null;
        }
        if (answer.status() != 200) {
            return "log-in page answered " + answer.status();
        }
        java.util.regex.Matcher next = Pattern.compile("name=\"next\" value=\"([^\"]*)\"").matcher(answer.text());
        if (next.find() && !next.group(1).isEmpty() && !safeLocal(unescape(next.group(1)))) {
            return "log-in form carries an unsafe next: " + next.group(1);
        }
        return null;
    }

    /** What Qute's HTML escaping wrote, read back. */
    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** A path on this site: one leading slash, printable ASCII only, a valid URI without scheme or authority. */
    static boolean safeLocal(String location) {
        if (!SAFE_LOCATION.matcher(location).matches() || location.contains("\\")
                || location.toLowerCase(java.util.Locale.ROOT).contains("%2e")
                || location.matches("(?s).*/\\.{1,2}(/.*|\\?.*)?")) {
            return false;
        }
        try {
            URI uri = new URI(location);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String snippet(Answer answer) {
        String text = answer.text().replaceAll("\\s+", " ");
        return answer.status() + " " + text.substring(0, Math.min(200, text.length()));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
