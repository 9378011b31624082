package io.triad.security;

import io.triad.TestApi;
import io.triad.domain.Role;
import io.triad.security.HostileValues.Value;
import io.triad.security.Probe.Expect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hostile sign-up and log-in forms, and hostile {@code next} addresses: on the log-in page, in failed log-ins, and in
 * log-ins that succeed, where {@code next} must be replaced by a safe local address.
 */
final class AccountPagesCampaign {
    private static final String FORM = "application/x-www-form-urlencoded";
    /** Successful log-ins per account: below any per-account throttle. */
    private static final int LOG_INS_PER_ACCOUNT = 5;

    private final HostileValues hostile;
    private final World world;

    AccountPagesCampaign(HostileValues hostile, World world) {
        this.hostile = hostile;
        this.world = world;
    }

    /** Sign-ups whose email is always hostile, so none can succeed. */
    List<Probe> signUps(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = hostile.chance(80) ? "anonymous" : hostile.pick(World.ROLES);
            Value email = hostile.email();
            List<Map.Entry<String, String>> form = List.of(Map.entry("email", email.text()),
                    Map.entry("password", hostile.password().text()), Map.entry("role", hostile.chance(70)
                            ? hostile.pick("STARTUP", "STUDENT", "PROGRAM_ADMIN") : hostile.text(false).text()),
                    Map.entry("_csrf", world.csrf(role)));
            out.add(Probe.to("POST /signup", role, "POST", "/signup").headers(world.page(role))
                    .body(FORM, Encode.form(form)).expect(Expect.PAGE, email.what()));
        }
        return out;
    }

    /** Log-ins that fail: hostile emails and passwords (never a real account's), with hostile {@code next}. */
    List<Probe> failedLogIns(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Value email = hostile.email();
            List<Map.Entry<String, String>> form = List.of(Map.entry("email", email.text()),
                    Map.entry("password", hostile.password().text()), Map.entry("next", hostile.next().text()),
                    Map.entry("_csrf", world.csrf("anonymous")));
            byte[] body = Encode.form(form);
            String what = email.what();
            if (hostile.chance(10)) {
                body = ("email=a" + hostile.pick("%zz", "%", "%4x", "%%", "%u0000", "%FF", "%C0%80") + "&password=p"
                        + "&_csrf=" + Encode.component(world.csrf("anonymous"))).getBytes(StandardCharsets.US_ASCII);
                what = "malformed percent-encoding in a form";
            }
            out.add(Probe.to("POST /login (hostile credentials)", "anonymous", "POST", "/login")
                    .headers(world.page("anonymous")).body(FORM, body).expect(Expect.PAGE, what));
        }
        return out;
    }

    List<Probe> logInPages(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Value next = hostile.next();
            while (next.text().length() > 1500) {
                // A request line over the server's limit is refused before any code of ours runs.
                next = hostile.next();
            }
            out.add(Probe.to("GET /login?next=…", "anonymous", "GET", "/login?next=" + Encode.component(next.text()))
                    .headers(world.page("anonymous")).expect(Expect.LOGIN_FORM, next.what()));
        }
        return out;
    }

    /** Log-ins with the right password and a hostile {@code next}: the redirect must stay on this site. */
    List<Probe> logInsWithHostileNext(int n) {
        List<Probe> out = new ArrayList<>();
        String email = null;
        for (int i = 0; i < n; i++) {
            if (i % LOG_INS_PER_ACCOUNT == 0) {
                email = TestApi.account(Role.STUDENT, "next-" + world.suffix + "-" + i);
            }
            Value next = hostile.next();
            List<Map.Entry<String, String>> form = List.of(Map.entry("email", email),
                    Map.entry("password", TestApi.PASSWORD), Map.entry("next", next.text()),
                    Map.entry("_csrf", world.csrf("anonymous")));
            out.add(Probe.to("POST /login (hostile next)", "anonymous", "POST", "/login").headers(world.page("anonymous"))
                    .body(FORM, Encode.form(form)).expect(Expect.NEXT, next.what()));
        }
        return out;
    }
}
