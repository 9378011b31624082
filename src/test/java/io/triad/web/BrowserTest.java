package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.triad.TestApi;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser journeys (tag {@code browser}: {@code -Dgroups=browser} runs them alone,
 * {@code -DexcludedGroups=browser} leaves them out): Debian's headless Chromium through /usr/bin/chromedriver, a
 * full-page screenshot of every page visited under target/screenshots/, axe-core (from the test dependency
 * {@code com.deque.html.axe-core:selenium}) run on every page, failing on serious or critical violations, and
 * Chromium's console read after every page and every test, failing on any Content-Security-Policy violation (ASVS 5.0
 * V3.4.3): every journey of every role thus proves its pages need nothing the policy refuses.
 *
 * <p>Every step that leaves a page waits for the page it expects: {@link #visit} and {@link #go} check where the browser
 * landed before the test looks for anything on it.
 */
@Tag("browser")
public abstract class BrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);
    protected static ChromeDriver driver;
    /** The axe.min.js the dependency ships, read once rather than for every page. */
    private static final String AXE = axeSource();
    private static int shot;

    @TestHTTPResource("/")
    protected URL base;

    /**
     * One browser for every browser test class of the run (starting Chromium costs more than most journeys): each class
     * starts without cookies, so nobody is signed in and no language is remembered; it quits when the JVM exits.
     */
    @BeforeAll
    static void startBrowser() throws IOException {
        if (driver == null) {
            driver = newBrowser();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        Files.createDirectories(SHOTS);
    }

    private static ChromeDriver newBrowser() {
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium and chromium-driver are needed: "
                + "apt-get install -y chromium chromium-driver (.ci/run does it)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Chromium reports each CSP violation on its console: the browser log keeps them for the tests to read
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    /** Opens {@code path}, checks that the browser stayed there (no redirect), and takes a screenshot and axe's verdict. */
    protected void visit(String path, String name) {
        open(path, java.util.regex.Pattern.quote(URI.create(path).getPath()));
        assertThat(currentPath()).as("the page opened for " + path).isEqualTo(URI.create(path).getPath());
        check(name);
    }

    /**
     * Opens {@code pathOrUrl} (a path of Triad's or a whole address) and waits for the page it lands on: loaded, at a
     * path matching {@code landsAt} (a regular expression), so a redirect (to the log-in page, say) is waited for too.
     */
    protected void open(String pathOrUrl, String landsAt) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base.toString().replaceAll("/$", "") + pathOrUrl);
        new WebDriverWait(driver, PAGE_LOAD, Duration.ofMillis(50))
                .withMessage(() -> "a page at " + landsAt + ", still at " + driver.getCurrentUrl())
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(d -> "complete".equals(driver.executeScript("return document.readyState"))
                        && currentPath().matches(landsAt));
    }

    /**
     * Clicks the link or button {@code css} finds and waits for the page it leads to: the old document gone, the new one
     * loaded, at a path matching {@code path} (a regular expression; the query is not part of it).
     */
    protected void go(String css, String path) {
        go(find(css), path);
    }

    /** {@link #go(String, String)} for an element found otherwise. */
    protected void go(WebElement target, String path) {
        WebElement old = find("html");
        target.click();
        waitForPage(old, path);
    }

    /** Logs in (with the fixture's password) through the log-in page in {@code lang}, waiting for the account's home it lands on. */
    protected void logIn(String email, String lang) {
        visit("/login?lang=" + lang, "login-" + lang);
        type("#email", email);
        type("#password", TestApi.PASSWORD);
        go("form.stack button[type=submit]", "/home");
        assertThat(text(".who")).as("signed in as " + email).contains(email);
    }

    /**
     * True once {@code old} no longer belongs to the current document. Mid-navigation Chrome may answer with another
     * error than "stale" ("Node with given id does not belong to the document"): any refusal to read it means it is
     * gone, while the old page still answers normally.
     */
    private static boolean gone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    private void waitForPage(WebElement old, String path) {
        new WebDriverWait(driver, PAGE_LOAD, Duration.ofMillis(50))
                .withMessage(() -> "a new page at " + path + ", still at " + driver.getCurrentUrl())
                // a script asked of a page that is being replaced may fail: ask again at the next poll
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(ExpectedConditions.and(d -> gone(old),
                        d -> "complete".equals(driver.executeScript("return document.readyState")),
                        d -> currentPath().matches(path)));
    }

    private static String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** No page the test visited has logged a Content-Security-Policy violation since the last look. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertNoCspViolations("the end of " + getClass().getSimpleName());
    }

    /** Fails on any CSP violation Chromium logged since the last look (reading the log empties it). */
    protected static void assertNoCspViolations(String where) {
        List<String> violations = cspViolations();
        assertThat(violations).as("Content-Security-Policy violations up to " + where).isEmpty();
    }

    /** The CSP violations Chromium logged since the last look. */
    protected static List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Screenshot, CSP and accessibility check of the page the browser is on now. */
    protected void check(String name) {
        assertNoCspViolations(name + " (" + driver.getCurrentUrl() + ")");
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
        await(what).atMost(Duration.ofSeconds(8)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    if (ready.test(driver.getPageSource())) {
                        return true;
                    }
                    driver.navigate().refresh();
                    return false;
                });
    }

    private static String axeSource() {
        try {
            return new com.deque.html.axecore.providers.EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | javax.naming.OperationNotSupportedException e) {
            throw new IllegalStateException("axe.min.js of com.deque.html.axe-core:selenium", e);
        }
    }

    /**
     * axe-core's default rules on the whole document, as {@code axe.run(document)} in the page (legacy mode: the pages
     * have no frames, and it spares opening a blank window per check); only violations are reported in full.
     */
    private void assertNoSeriousAxeViolations(String name) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().setLegacyMode(true).disableIframeTesting()
                .setAxeScriptProvider(new StringAxeScriptProvider(AXE)).withOptions(options).analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed on " + name + ": " + results.getErrorMessage()).isFalse();
        String serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream()
                        .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(serious).as("axe-core serious/critical violations on " + name + " (" + driver.getCurrentUrl() + ")")
                .isEmpty();
    }
}
