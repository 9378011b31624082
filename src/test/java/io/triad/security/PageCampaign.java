package io.triad.security;

import io.triad.security.HostileValues.Value;
import io.triad.security.Probe.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Hostile requests to the pages' forms and addresses, as every role: the founder's startup and opening editors, the
 * student profile, the program administrator's rule builder and its actions, the directory, dashboards, match pages
 * and the operator's account list. Each answer must be the form again or the error page (4xx), or the way to the
 * log-in page for a caller who is not signed in.
 */
final class PageCampaign {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final HostileValues hostile;
    private final FormMutator forms;
    private final QueryParams params;
    private final World world;

    PageCampaign(HostileValues hostile, World world) {
        this.hostile = hostile;
        this.forms = new FormMutator(hostile);
        this.params = new QueryParams(hostile);
        this.world = world;
    }

    private String role(String usual, int percent) {
        return hostile.chance(percent) ? usual : hostile.pick(World.ROLES);
    }

    /** A form post as {@code role}: its cookies, and mostly its own CSRF token, sometimes a forged one. */
    private Probe post(String group, String role, String target, FormMutator.Mutated form) {
        String csrf = world.csrf(role);
        String what = form.what();
        if (hostile.chance(7)) {
            csrf = hostile.pick("", "forged", world.csrf(hostile.pick(World.ROLES)) + "x", "x".repeat(5000),
                    hostile.text(false).text());
            what = "forged CSRF token";
        }
        return Probe.to(group, role, "POST", target).headers(world.page(role)).body(FORM, form.body(csrf))
                .expect(Expect.PAGE, what);
    }

    private List<Probe> forms(String group, int n, String owner, Supplier<String> target,
            List<Map.Entry<String, String>> valid, List<Field> fields) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(post(group, role(owner, 75), target.get(), forms.mutate(valid, fields)));
        }
        return out;
    }

    List<Probe> startupForms(int n) {
        List<Probe> out = new ArrayList<>(forms("POST /startups/new", n / 2, "STARTUP", () -> "/startups/new",
                Forms.startup(), Forms.STARTUP));
        out.addAll(forms("POST /startups/{key}/edit", n - n / 2, "STARTUP",
                () -> "/startups/" + world.startup + "/edit", Forms.startup(), Forms.STARTUP));
        return out;
    }

    List<Probe> openingForms(int n) {
        List<Probe> out = new ArrayList<>(forms("POST /startups/{key}/openings/new", n / 2, "STARTUP",
                () -> "/startups/" + world.startup + "/openings/new", Forms.opening(), Forms.OPENING));
        out.addAll(forms("POST /startups/{key}/openings/{opening}/edit", n - n / 2, "STARTUP",
                () -> "/startups/" + world.startup + "/openings/" + world.opening + "/edit", Forms.opening(),
                Forms.OPENING));
        return out;
    }

    List<Probe> studentForm(int n) {
        return forms("POST /student", n, "STUDENT", () -> "/student", Forms.student(world.studentEmail), Forms.STUDENT);
    }

    List<Probe> programForms(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            String key = "hf-" + io.triad.TestApi.unique();
            out.add(post("POST /admin/programs/new", role("PROGRAM_ADMIN", 75), "/admin/programs/new",
                    forms.mutate(Forms.program(key), Forms.PROGRAM)));
        }
        // The address names the program being edited: the form's key field is not read there.
        List<Field> editable = Forms.PROGRAM.subList(1, Forms.PROGRAM.size());
        out.addAll(forms("POST /admin/programs/{key}/edit", n - n / 2, "PROGRAM_ADMIN",
                () -> "/admin/programs/" + world.draft + "/edit", Forms.program(world.draft), editable));
        return out;
    }

    /** Deletes, publications and closures of keys that cannot exist, or of real ones with a forged CSRF token. */
    List<Probe> actions(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = hostile.nextInt(5);
            String owner = kind < 3 ? "PROGRAM_ADMIN" : "STARTUP";
            String role = role(owner, 70);
            String action = hostile.pick("publish", "close", "delete");
            Value key = params.pathKey();
            String target = switch (kind) {
                case 0, 1 -> "/admin/programs/" + Encode.component(key.text()) + "/" + action;
                case 2 -> "/admin/programs/" + world.draft + "/" + action;
                case 3 -> "/startups/" + Encode.component(key.text()) + "/delete";
                default -> "/startups/" + world.startup + "/openings/" + Encode.component(key.text()) + "/delete";
            };
            String group = switch (kind) {
                case 0, 1, 2 -> "POST /admin/programs/{key}/" + action;
                case 3 -> "POST /startups/{key}/delete";
                default -> "POST /startups/{key}/openings/{opening}/delete";
            };
            // A real program is only ever sent a forged token: with the true one the action would succeed.
            String csrf = kind == 2 ? hostile.pick("", "forged", world.csrf(role) + "x") : world.csrf(role);
            String what = kind == 2 ? "forged CSRF token" : key.what();
            out.add(Probe.to(group, role, "POST", target).headers(world.page(role))
                    .body(FORM, ("_csrf=" + Encode.component(csrf)).getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .expect(Expect.PAGE, what));
        }
        return out;
    }

    List<Probe> directory(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = role("anonymous", 50);
            if (hostile.chance(15)) {
                Value key = params.pathKey();
                out.add(get("GET /programs/{key}", role, "/programs/" + Encode.component(key.text()), key.what()));
            } else {
                QueryParams.Query query = params.directory(true);
                out.add(get("GET /programs?q=…", role, "/programs" + query.encoded(), query.what()));
            }
        }
        return out;
    }

    /** Page addresses whose keys or parameters are hostile: match pages, dashboards, account and job lists. */
    List<Probe> reads(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Value key = params.pathKey();
            String k = Encode.component(key.text());
            Value control = params.control();
            Value date = hostile.chance(70) ? new Value(Encode.component(hostile.date().text()), "invalid date")
                    : control;
            Value count = hostile.chance(70) ? new Value(hostile.pick("x", "-1", "1e3", "99999999999", "2147483648"),
                    "not a count") : control;
            Value accountsParam = hostile.chance(50) ? control : new Value(hostile.pick("-1", "x", "1000001",
                    "99999999999"), "not a page number");
            String roleParam = Encode.component(hostile.pick("operator", "ADMIN", "ROOT", "OPERATOR;", "STUDENT,STARTUP"));
            Object[] target = switch (hostile.nextInt(12)) {
                case 0 -> new Object[] {"GET /startups/{key}", "STARTUP", "/startups/" + k, key};
                case 1 -> new Object[] {"GET /startups/{key}/programs", "STARTUP", "/startups/" + k + "/programs", key};
                case 2 -> new Object[] {"GET /startups/{key}/openings/{opening}/matches", "STARTUP",
                    "/startups/" + world.startup + "/openings/" + k + "/matches", key};
                case 3 -> new Object[] {"GET /startups/{key}/openings/{opening}/matches", "STARTUP",
                    "/startups/" + world.startup + "/openings/" + world.opening + "/matches?"
                            + hostile.pick("limit", "sort", "funded") + "=" + control.text(), control};
                case 4 -> new Object[] {"GET /student/matches", "STUDENT", "/student/matches?limit=" + control.text(),
                    control};
                case 5 -> new Object[] {"GET /admin/programs/{key}/matches", "PROGRAM_ADMIN",
                    "/admin/programs/" + world.draft + "/matches?asOf=" + date.text(), date};
                case 6 -> new Object[] {"GET /admin/dashboard/{key}", "PROGRAM_ADMIN",
                    "/admin/dashboard/" + world.published + "?asOf=" + date.text(), date};
                case 7 -> new Object[] {"GET /admin/dashboard/{key}", "PROGRAM_ADMIN", "/admin/dashboard/" + k, key};
                case 8 -> new Object[] {"GET /admin/import?programs=…", "PROGRAM_ADMIN",
                    "/admin/import?programs=" + count.text() + "&startups=0", count};
                case 9 -> new Object[] {"GET /operator/accounts?page=&role=&q=", "OPERATOR", "/operator/accounts?"
                    + (accountsParam == control ? hostile.pick("page", "q", "role") : "page") + "="
                    + accountsParam.text(), accountsParam};
                case 10 -> new Object[] {"GET /operator/accounts?page=&role=&q=", "OPERATOR",
                    "/operator/accounts?role=" + roleParam, new Value(roleParam, "unknown role")};
                default -> new Object[] {"GET /operator/import/{id}", "OPERATOR", "/operator/import/" + k, key};
            };
            out.add(get((String) target[0], role((String) target[1], 70), (String) target[2],
                    ((Value) target[3]).what()));
        }
        return out;
    }

    private Probe get(String group, String role, String target, String what) {
        return Probe.to(group, role, "GET", target).headers(world.page(role)).expect(Expect.PAGE, what);
    }
}
