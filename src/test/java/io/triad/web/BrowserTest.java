package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Base of the browser journeys: Debian's headless Chromium through /usr/bin/chromedriver (nothing is
 * downloaded but axe-core, from the npm registry, once), a full-page screenshot of every page visited under
 * target/screenshots/, and axe-core run on every page, failing on serious or critical violations.
 */
public abstract class BrowserTest {
    private static final String AXE_VERSION = "4.14.1";
    private static final Path SHOTS = Path.of("target", "screenshots");
    protected static ChromeDriver driver;
    private static String axeSource;
    private static int shot;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void startBrowser() throws IOException, InterruptedException {
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium and chromium-driver are needed: "
                + "apt-get install -y chromium chromium-driver (.ci/run does it)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        axeSource = axe();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Opens {@code path}, saves a screenshot named after {@code name}, and runs axe-core on the page. */
    protected void visit(String path, String name) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        check(name);
    }

    /** Screenshot and accessibility check of the page the browser is on now. */
    protected void check(String name) {
        try {
            Files.write(SHOTS.resolve(String.format("%s-%02d-%s.png", getClass().getSimpleName(), ++shot, name)),
                    fullPageScreenshot());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertNoSeriousAxeViolations(name);
    }

    /**
     * The whole page, not only the window: Chrome DevTools captures the document's full content size beyond the
     * viewport, so a reader of the screenshots sees everything below the fold too.
     */
    @SuppressWarnings("unchecked")
    protected static byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.getOrDefault("cssContentSize", metrics.get("contentSize"));
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 16_000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "fromSurface", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    protected WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    protected void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    protected String text(String css) {
        return find(css).getText();
    }

    protected void scrollTo(String css) {
        driver.executeScript("arguments[0].scrollIntoView();", find(css));
    }

    /** Sets an input's value directly (date inputs take typed text differently in each locale). */
    protected void setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    /** The index follows the database within about a second: reload for up to 8 s until the page is {@code ready}. */
    protected void reloadUntil(Predicate<String> ready, String what) {
        long deadline = System.currentTimeMillis() + 8000;
        while (!ready.test(driver.getPageSource())) {
            assertThat(System.currentTimeMillis()).as("waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            driver.navigate().refresh();
        }
    }

    @SuppressWarnings("unchecked")
    private void assertNoSeriousAxeViolations(String name) {
        driver.executeScript(axeSource);
        Object result = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations))"
                        + ".catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        String serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at "
                        + ((List<Map<String, Object>>) v.get("nodes")).stream().limit(3)
                                .map(n -> String.valueOf(n.get("target"))).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(serious).as("axe-core serious/critical violations on " + name + " (" + driver.getCurrentUrl() + ")")
                .isEmpty();
    }

    /** axe.min.js from the npm registry's tarball, cached under target/. */
    private static String axe() throws IOException, InterruptedException {
        Path cached = Path.of("target", "axe-core-" + AXE_VERSION + ".min.js");
        if (!Files.exists(cached)) {
            HttpResponse<InputStream> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create("https://registry.npmjs.org/axe-core/-/axe-core-"
                            + AXE_VERSION + ".tgz")).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).as("download of axe-core " + AXE_VERSION).isEqualTo(200);
            Files.createDirectories(cached.getParent());
            Files.write(cached, fromTarGz(response.body(), "package/axe.min.js"));
        }
        return Files.readString(cached, StandardCharsets.UTF_8);
    }

    private static byte[] fromTarGz(InputStream in, String wanted) throws IOException {
        try (InputStream tar = new GZIPInputStream(in)) {
            byte[] header = new byte[512];
            while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String entry = new String(header, 0, 100, StandardCharsets.US_ASCII).trim().replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
                byte[] body = tar.readNBytes((int) size);
                tar.readNBytes((int) ((512 - size % 512) % 512));
                if (entry.equals(wanted)) {
                    return body;
                }
            }
        }
        throw new IOException(wanted + " not found in the axe-core package");
    }
}
