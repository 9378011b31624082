package io.triad.security;

import static io.triad.TestApi.PASSWORD;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the hostile requests are sent into: an account per role owning a program (draft and published), a startup with
 * an opening and a student profile; the HTTP Basic header of each role for the API; and for pages each role's cookies
 * (its session from the log-in form) and the CSRF token its forms carry, read from a page as a browser would.
 */
final class World {
    static final List<String> ROLES = List.of("anonymous", "STARTUP", "STUDENT", "PROGRAM_ADMIN", "OPERATOR");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    final String suffix = TestApi.unique();
    final String startup = "hs-s-" + suffix;
    final String opening = "hs-o-" + suffix;
    final String student = "hs-t-" + suffix;
    final String draft = "hs-pd-" + suffix;
    final String published = "hs-pp-" + suffix;
    final String company = "hs-pc-" + suffix;
    final String studentEmail = "hs-t-" + suffix + "@example.org";
    final Map<String, String> emails = new LinkedHashMap<>();
    private final Map<String, Browser> browsers = new LinkedHashMap<>();

    /** A role's cookies and CSRF token, as its browser holds them. */
    record Browser(String cookies, String csrf) {
    }

    World(Sender sender) {
        for (Role role : Role.values()) {
            emails.put(role.name(), TestApi.account(role, "hostile-" + suffix));
        }
        ObjectNode doc = Documents.startup(startup, opening).put("owner", emails.get("STARTUP"));
        ObjectNode document = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        document.putArray("startups").add(doc);
        document.putArray("students").add(Documents.student(student, studentEmail).put("owner", emails.get("STUDENT")));
        document.putArray("programs").add(Documents.program(draft, "DRAFT", "PLACEMENT").put("owner", admin()))
                .add(Documents.program(published, "PUBLISHED", "PLACEMENT").put("owner", admin()))
                .add(Documents.program(company, "PUBLISHED", "COMPANY").put("owner", admin()));
        TestApi.importDocument(JsonMutator.write(document));
        browsers.put("anonymous", browse(sender, "", "/signup"));
        for (Role role : Role.values()) {
            browsers.put(role.name(), logIn(sender, emails.get(role.name())));
        }
    }

    String admin() {
        return emails.get("PROGRAM_ADMIN");
    }

    /** The HTTP Basic header of a role; none for the anonymous caller. */
    List<Map.Entry<String, String>> basic(String role) {
        if (!emails.containsKey(role)) {
            return List.of(Map.entry("Accept", "application/json"));
        }
        String token = Base64.getEncoder().encodeToString((emails.get(role) + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return List.of(Map.entry("Authorization", "Basic " + token), Map.entry("Accept", "application/json"));
    }

    /** The cookies a role's browser sends with a page request. */
    List<Map.Entry<String, String>> page(String role) {
        return List.of(Map.entry("Cookie", browsers.get(role).cookies()),
                Map.entry("Accept", "text/html,application/xhtml+xml"));
    }

    String csrf(String role) {
        return browsers.get(role).csrf();
    }

    private static Browser logIn(Sender sender, String email) {
        Browser anonymous = browse(sender, "", "/login");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("email", email),
                Map.entry("password", PASSWORD), Map.entry("next", "/")));
        if (!anonymous.csrf().isEmpty()) {
            form.add(Map.entry("_csrf", anonymous.csrf()));
        }
        Sender.Answer answer = sender.exchange(Probe.to("set-up", "anonymous", "POST", "/login")
                .header("Cookie", anonymous.cookies())
                .body("application/x-www-form-urlencoded", Encode.form(form)).expect(Probe.Expect.NEXT, "set-up"));
        if (answer.status() != 303) {
            throw new IllegalStateException("The log-in of " + email + " answered " + answer.status());
        }
        return browse(sender, merge(anonymous.cookies(), answer.all("Set-Cookie")), "/");
    }

    /** Opens a page with these cookies: the cookies it sets are kept, the CSRF token of its forms is read. */
    private static Browser browse(Sender sender, String cookies, String path) {
        Sender.Answer answer = sender.exchange(Probe.to("set-up", "anonymous", "GET", path)
                .header("Cookie", cookies).header("Accept", "text/html").expect(Probe.Expect.PAGE, "set-up"));
        Matcher token = CSRF.matcher(answer.text());
        return new Browser(merge(cookies, answer.all("Set-Cookie")), token.find() ? token.group(1) : "");
    }

    private static String merge(String cookies, List<String> setCookies) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String pair : cookies.split(";\\s*")) {
            if (pair.contains("=")) {
                jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            if (pair.contains("=")) {
                jar.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
            }
        }
        StringBuilder out = new StringBuilder();
        jar.forEach((name, value) -> out.append(out.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return out.toString();
    }
}
