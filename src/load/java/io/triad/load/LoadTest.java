package io.triad.load;

import io.gatling.app.Gatling$;
import io.triad.importing.DemoGenerator;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages under load (Maven profile {@code load}): the packaged Triad on generated data (students and startups
 * loaded at start-up through {@code TRIAD_IMPORT}, so the API's body limit stays) and the Fortunes floor
 * ({@code load/floor}), then Gatling's {@link PagesSimulation} (each scenario right after the floor, the same closed
 * model of 32 users), then the report in {@code docs/load}.
 *
 * <p>System properties: {@code load.students} (100000), {@code load.openings} (2500), {@code load.users} (32),
 * {@code load.warmup} and {@code load.seconds} per phase (5, 15), {@code load.warmUpWindows} (the most windows of
 * twice {@code load.warmup} that {@link JitWarmUp} loads each page before the phases: 24), {@code load.smoke} (true:
 * 2,000 students, 100 openings, 2 s phases, report under target/load-smoke), {@code load.base} (a running Triad's
 * URL: nothing is started; it needs the demo accounts and data), {@code load.floor} (a running floor's URL),
 * {@code load.out} (docs/load), {@code load.heap} (Triad's -Xmx, 2g), {@code load.password} (the demo accounts'
 * password).
 */
public final class LoadTest {
    static final String FLOOR_EXPECTED = "Additional fortune added at request time.";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private LoadTest() {
    }

    record Config(int students, int openings, int users, Duration warmup, Duration measured, String base, String floor,
            Path out, String heap, String password, Path work, int warmUpWindows) {
        static Config fromSystem() {
            boolean smoke = Boolean.getBoolean("load.smoke");
            Path work = Path.of("target", smoke ? "load-smoke" : "load").toAbsolutePath();
            return new Config(Integer.getInteger("load.students", smoke ? 2000 : 100_000),
                    Integer.getInteger("load.openings", smoke ? 100 : 2500), Integer.getInteger("load.users", 32),
                    Duration.ofSeconds(Long.getLong("load.warmup", smoke ? 2 : 5)),
                    Duration.ofSeconds(Long.getLong("load.seconds", smoke ? 2 : 15)),
                    blankIsNull(System.getProperty("load.base")), blankIsNull(System.getProperty("load.floor")),
                    smoke ? work.resolve("report") : Path.of(System.getProperty("load.out", "docs/load")),
                    System.getProperty("load.heap", "2g"), System.getProperty("load.password", "triad-demo-2026"),
                    work, Integer.getInteger("load.warmUpWindows", smoke ? 3 : 24));
        }
    }

    /** What the simulation needs: the servers, each scenario's session cookie, the closed model's size and times. */
    record Plan(String base, String floor, Map<String, String> cookies, int users, Duration warmup,
            Duration measured) {
    }

    /** Maven passes an empty property for one not given. */
    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A page measured: its path, the account that asks, what its answer must hold, and its target. */
    record Scenario(String name, String account, String path, String expected, double minRatio) {
    }

    /** The scenarios of this run: all, or those named in {@code load.only} (comma-separated), to profile one page. */
    static List<Scenario> scenarios() {
        String only = blankIsNull(System.getProperty("load.only"));
        return only == null ? SCENARIOS
                : SCENARIOS.stream().filter(s -> List.of(only.split(",")).contains(s.name())).toList();
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("dashboard", "admin@triad.example", "/admin/dashboard/swpp-federal?lang=en",
                    "fig-eligible-students", 0.25),
            new Scenario("ranked-students", "founder@triad.example",
                    "/startups/northwind-robotics/openings/northwind-ml-coop/matches?lang=en", "id=\"matches\"", 0.25),
            new Scenario("student-matches", "student@triad.example", "/student/matches?lang=en", "id=\"matches\"",
                    0.25),
            new Scenario("directory-q", null, "/programs?q=wage&lang=en", "<li class=\"card\">", 0.40),
            new Scenario("json-matches", "founder@triad.example", "/api/openings/northwind-ml-coop/matches",
                    "\"items\"", 0.40));

    public static void main(String[] args) throws Exception {
        // Gatling logs through SLF4J, bound here to JBoss LogManager, whose root level without a configuration is ALL:
        // Gatling then wrote every request and response, whole bodies, into a trace message that no handler printed
        // (a quarter of its CPU on the 67 KB ranked page)
        org.jboss.logmanager.LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
        Config cfg = Config.fromSystem();
        Files.createDirectories(cfg.work());
        String loadAtStart = LoadReport.loadAverage();
        int status;
        List<LoadReport.Pair> pairs = new ArrayList<>();
        try (Processes processes = new Processes(cfg)) {
            String base = cfg.base() != null ? cfg.base() : processes.startTriad(data(cfg));
            String floor = cfg.floor() != null ? cfg.floor() : processes.startFloor();
            Map<String, String> sessions = new LinkedHashMap<>();
            Map<String, String> cookies = new LinkedHashMap<>();
            for (Scenario s : scenarios()) {
                if (s.account() != null) {
                    String cookie = sessions.get(s.account());
                    if (cookie == null) {
                        cookie = logIn(base, s.account(), cfg.password());
                        sessions.put(s.account(), cookie);
                    }
                    cookies.put(s.name(), cookie);
                }
                firstVisit(base, s, cookies.get(s.name()));
            }
            List<JitWarmUp.Curve> warmUps = new ArrayList<>();
            Duration window = cfg.warmup().multipliedBy(2);
            for (Scenario s : scenarios()) {
                warmUps.add(JitWarmUp.untilWarm(s.name(), base + s.path(), cookies.get(s.name()), s.expected(),
                        cfg.users(), window, cfg.warmUpWindows(), processes.pid("triad")));
            }
            warmUps.add(JitWarmUp.untilWarm("floor", floor + "/fortunes", null, FLOOR_EXPECTED, cfg.users(), window,
                    cfg.warmUpWindows(), processes.pid("floor")));
            PagesSimulation.PLAN = new Plan(base, floor, cookies, cfg.users(), cfg.warmup(), cfg.measured());
            status = Gatling$.MODULE$.fromArgs(new String[] {"-s", PagesSimulation.class.getName(), "-rf",
                    Path.of("target", "gatling").toAbsolutePath().toString(), "-rd", "Triad pages beside the floor"});
            for (Scenario s : scenarios()) {
                Recorder.Result floorRun = Recorder.result(s.name() + " floor");
                Recorder.Result run = Recorder.result(s.name());
                log("%s: %.0f/s (floor %.0f/s), p99 %.0f ms, errors %d", s.name(), run.perSecond(),
                        floorRun.perSecond(), run.p99(), run.errors());
                pairs.add(new LoadReport.Pair(s, floorRun, run));
            }
            List<String> described = new ArrayList<>(processes.describe());
            described.add("Gatling's report: " + latestReport());
            LoadReport.write(cfg, pairs, warmUps, loadAtStart, LoadReport.loadAverage(), described);
        }
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status);
        }
    }

    /** The newest of Gatling's HTML reports: this run's. */
    private static String latestReport() throws IOException {
        try (var dirs = Files.list(Path.of("target", "gatling"))) {
            return dirs.filter(Files::isDirectory).map(Path::toString).max(String::compareTo)
                    .map(d -> "`" + d + "/index.html`").orElse("none");
        }
    }

    /** The generated import documents (written once per size under the work folder, then reused). */
    static List<Path> data(Config cfg) throws IOException {
        Path dir = Files.createDirectories(cfg.work().resolve("data"));
        Path students = dir.resolve("students-" + cfg.students() + ".json");
        Path startups = dir.resolve("startups-" + cfg.openings() + ".json");
        if (!Files.exists(students)) {
            Path tmp = dir.resolve(students.getFileName() + ".tmp");
            DemoGenerator.writeStudents(tmp, 7, cfg.students());
            Files.move(tmp, students);
        }
        if (!Files.exists(startups)) {
            Path tmp = dir.resolve(startups.getFileName() + ".tmp");
            DemoGenerator.writeStartupsWithOpenings(tmp, 7, cfg.openings());
            Files.move(tmp, startups);
        }
        return List.of(startups, students);
    }

    /** The Cookie header of a session of {@code email}, logged in through the log-in form as a browser does. */
    static String logIn(String base, String email, String password) throws IOException, InterruptedException {
        CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().cookieHandler(jar).connectTimeout(Duration.ofSeconds(5)).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("No form token on the log-in page");
        }
        String body = "email=" + enc(email) + "&password=" + enc(password) + "&next=%2F&_csrf=" + enc(token.group(1));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 303 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Log-in of " + email + " answered " + answer.statusCode());
        }
        return jar.getCookieStore().get(URI.create(base)).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * Asks the page once and waits for it, as the floor gets its own warm-up first: a page's first answer after a
     * start (a dashboard's first count at 100k students takes seconds) is a start's cost, not the steady state the
     * phases measure, and 32 users queued behind it would otherwise count it in the page's measured phase.
     */
    private static void firstVisit(String base, Scenario s, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + s.path())).timeout(Duration.ofMinutes(2));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        long t0 = System.nanoTime();
        int status = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        log("%s: first answer %d in %d ms", s.name(), status, (System.nanoTime() - t0) / 1_000_000);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void log(String format, Object... args) {
        System.out.printf("[load] " + format + "%n", args);
    }
}
