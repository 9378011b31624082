package io.triad.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operator's pages of one {@link TriadProcess}, as a browser uses them: cookies, the form token, uploads. */
final class OperatorSession {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
            (TriadProcess.OPERATOR + ":" + TriadProcess.OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private OperatorSession(String url) {
        this.url = url;
    }

    static OperatorSession signIn(TriadProcess triad) {
        return new OperatorSession(triad.url());
    }

    String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.statusCode());
        }
        return page.body();
    }

    /** Uploads {@code json} on the import page; answers the job's id from the page it is sent to. */
    String upload(String fileName, String json) throws IOException, InterruptedException {
        Matcher token = FORM_TOKEN.matcher(page("/operator/import"));
        if (!token.find()) {
            throw new AssertionError("No form token on the import page");
        }
        String boundary = "----triad" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> answer = http.send(request("/operator/import")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", url)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("The upload answered " + answer.statusCode() + ": " + answer.body()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization);
    }
}
