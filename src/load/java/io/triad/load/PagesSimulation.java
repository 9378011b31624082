package io.triad.load;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages under load, in Gatling's Java DSL. For each scenario, four phases one after the other, each a closed
 * model of {@code load.users} users ({@code constantConcurrentUsers}): the floor's warm-up, the floor measured, the
 * page's warm-up, the page measured. So each ratio compares two runs seconds apart on the same machine. Every
 * answer is checked (200 and a part of the page only a real answer holds, looked for in its bytes); a wrong one is
 * an error, not throughput.
 *
 * <p>Run by {@link LoadTest}, which starts the servers and passes their URLs and the sessions' cookies as system
 * properties ({@link #PLAN}).
 */
public class PagesSimulation extends Simulation {
    /** What LoadTest hands over: the run's settings, the servers and a session cookie per scenario. */
    static volatile LoadTest.Plan PLAN;

    public PagesSimulation() {
        LoadTest.Plan plan = PLAN;
        if (plan == null) {
            throw new IllegalStateException("Run through io.triad.load.LoadTest (./mvnw -Pload package -DskipTests)");
        }
        // one pool shared by the users: a closed model's new user reuses a kept-alive connection, as a browser would
        HttpProtocolBuilder protocol = http.shareConnections().disableCaching().disableFollowRedirect()
                .acceptLanguageHeader("en").userAgentHeader("triad-load");
        List<PopulationBuilder> phases = new ArrayList<>();
        // Both servers' JIT is warm by now: LoadTest loaded every page and the floor until the JIT was done with it
        // (JitWarmUp). Gatling's own code is not: the floor first, for 12 times the warm-up (with 15 s, the
        // first scenario's floor served 3,600-4,500 req/s against 6,900-8,500 for the others, which flattered the
        // first scenario's ratio)
        phases.add(phase(plan.users(), "floor JIT warm-up", plan.floor() + "/fortunes", null, LoadTest.FLOOR_EXPECTED,
                plan.warmup().multipliedBy(12)));
        for (LoadTest.Scenario s : LoadTest.scenarios()) {
            String floor = plan.floor() + "/fortunes";
            String page = plan.base() + s.path();
            String cookie = plan.cookies().get(s.name());
            int users = plan.users();
            String fortunes = LoadTest.FLOOR_EXPECTED;
            phases.add(phase(users, s.name() + " floor warm-up", floor, null, fortunes, plan.warmup()));
            phases.add(phase(users, s.name() + " floor", floor, null, fortunes, plan.measured()));
            phases.add(phase(users, s.name() + " warm-up", page, cookie, s.expected(), plan.warmup()));
            phases.add(phase(users, s.name(), page, cookie, s.expected(), plan.measured()));
        }
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    private static PopulationBuilder phase(int users, String name, String url, String cookie, String expected,
            Duration length) {
        byte[] part = expected.getBytes(StandardCharsets.UTF_8);
        // the part looked for in the answer's bytes: Gatling's substring check decodes the whole body to a String
        // first, half of Gatling's CPU on the 67 KB ranked page (the bytes are only copied)
        var request = http(name).get(url).check(status().is(200),
                bodyBytes().transform(body -> holds(body, part)).is(true).name("holds " + expected),
                responseTimeInMillis().saveAs("took"));
        if (cookie != null) {
            request = request.header("Cookie", cookie);
        }
        ChainBuilder chain = exec(session -> session.set("start", System.currentTimeMillis()))
                .exec(request).exec(session -> record(name, session));
        return scenario(name).exec(chain).injectClosed(constantConcurrentUsers(users).during(length));
    }

    /** Whether {@code body} holds the bytes of {@code part}. */
    static boolean holds(byte[] body, byte[] part) {
        outer:
        for (int i = 0, last = body.length - part.length; i <= last; i++) {
            for (int k = 0; k < part.length; k++) {
                if (body[i + k] != part[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Session record(String phase, Session session) {
        long start = session.getLong("start");
        long took = session.contains("took") ? session.getLong("took") : System.currentTimeMillis() - start;
        if (session.isFailed()) {
            Recorder.error(phase, start, took);
            return session.markAsSucceeded();
        }
        Recorder.ok(phase, start, took);
        return session;
    }
}
