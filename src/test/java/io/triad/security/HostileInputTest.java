package io.triad.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bad input never gets a 5xx (OWASP ASVS 5.0 V1 and V2): over ten thousand hostile inputs, generated from a seed,
 * over every write, import, search and form endpoint, as every role. Each must be rejected as a 4xx problem document
 * (API) or the form again / the error page (pages), and each batch must leave the database exactly as it was.
 *
 * <p>{@code -Dhostile.seed=N} repeats another run; {@code -Dhostile.scale=2} sends twice as many. The counts are
 * printed and written to {@code target/hostile-inputs.txt}.
 */
@QuarkusTest
class HostileInputTest {
    static final long DEFAULT_SEED = 20_260_509L;
    private static final int THREADS = 6;

    @TestHTTPResource("/")
    URI base;

    @Inject
    AgroalDataSource database;

    @Test
    @DisplayName("ASVS V1.1.1, V1.2.4, V1.3.3, V1.4.2, V1.5.3, V2.2.1, V2.2.2, V3.7.2: 10,000+ hostile inputs over every "
            + "endpoint and role are rejected with a 4xx, never a 5xx, and change nothing")
    void hostileInputsAreRejectedWithoutServerErrorsOrChanges() {
        long seed = Long.getLong("hostile.seed", DEFAULT_SEED);
        double scale = Double.parseDouble(System.getProperty("hostile.scale", "1"));
        Tally tally = new Tally();
        long started = System.currentTimeMillis();
        try (Sender sender = new Sender(base, THREADS, tally)) {
            World world = new World(sender);
            Map<String, List<Probe>> batches = batches(world, sender, new HostileValues(new Random(seed)), scale);
            Fingerprint fingerprint = new Fingerprint(database);
            for (Map.Entry<String, List<Probe>> batch : batches.entrySet()) {
                String before = fingerprint.take();
                long batchStarted = System.currentTimeMillis();
                sender.sendAll(batch.getValue());
                tally.batchTook(batch.getKey(), batch.getValue().size(), System.currentTimeMillis() - batchStarted);
                String after = fingerprint.take();
                if (!before.equals(after)) {
                    tally.databaseChanged(batch.getKey(), before, after);
                }
            }
        }
        String summary = tally.summary(seed, System.currentTimeMillis() - started, Path.of("target",
                "hostile-inputs.txt"));
        Log.info(summary);
        assertThat(tally.serverErrors()).as("5xx answers").isZero();
        assertThat(tally.failures()).as("hostile inputs not rejected as they should be").isEmpty();
        if (scale >= 1) {
            assertThat(tally.refusals()).as("hostile inputs to be refused").isGreaterThanOrEqualTo(10_000);
        }
    }

    /** Every batch of probes, generated before the first is sent (the set-up they need writes to the database). */
    private static Map<String, List<Probe>> batches(World world, Sender sender, HostileValues hostile, double scale) {
        ApiCampaign api = new ApiCampaign(hostile, world);
        PageCampaign pages = new PageCampaign(hostile, world);
        AccountPagesCampaign accounts = new AccountPagesCampaign(hostile, world);
        ImportPagesCampaign imports = new ImportPagesCampaign(hostile, world, csvTemplate(world, sender));
        Map<String, List<Probe>> out = new LinkedHashMap<>();
        out.put("API programs", api.putPrograms(n(1300, scale)));
        out.put("API startups", api.putStartups(n(1300, scale)));
        out.put("API students", api.putStudents(n(1000, scale)));
        out.put("API import", api.imports(n(1200, scale)));
        out.put("API sign-up", api.signUps(n(200, scale)));
        out.put("API search", api.search(n(900, scale)));
        out.put("API matches", api.matches(n(700, scale)));
        out.put("API eligibility", api.eligibility(n(400, scale)));
        out.put("API keys", api.byKey(n(400, scale)));
        out.put("API credentials", api.credentials(n(300, scale)));
        out.put("pages startups", pages.startupForms(n(500, scale)));
        out.put("pages openings", pages.openingForms(n(500, scale)));
        out.put("pages student", pages.studentForm(n(500, scale)));
        out.put("pages programs", pages.programForms(n(600, scale)));
        out.put("pages actions", pages.actions(n(200, scale)));
        out.put("pages directory", pages.directory(n(500, scale)));
        out.put("pages reads", pages.reads(n(400, scale)));
        out.put("pages import", imports.programImports(n(450, scale)));
        out.put("pages operator import", imports.operatorImports(n(60, scale)));
        out.put("pages sign-up", accounts.signUps(n(120, scale)));
        out.put("pages log-in", accounts.failedLogIns(n(250, scale)));
        out.put("pages log-in form", accounts.logInPages(n(150, scale)));
        out.put("pages log-in next", accounts.logInsWithHostileNext(n(100, scale)));
        return out;
    }

    private static int n(int count, double scale) {
        return Math.max(1, (int) Math.round(count * scale));
    }

    private static String csvTemplate(World world, Sender sender) {
        Sender.Answer answer = sender.exchange(Probe.to("set-up", "PROGRAM_ADMIN", "GET",
                "/admin/import/programs-template.csv").headers(world.basic("PROGRAM_ADMIN").subList(0, 1))
                .expect(Probe.Expect.PAGE, "set-up"));
        assertThat(answer.status()).isEqualTo(200);
        return answer.text();
    }
}
