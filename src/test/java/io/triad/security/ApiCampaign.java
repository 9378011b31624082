package io.triad.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.security.HostileValues.Value;
import io.triad.security.Probe.Expect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Hostile requests to every JSON endpoint of API.md, as every role: the writes (PUT of programs, startups and
 * students, the import, the sign-up), the searches and match lists with their parameters, eligibility, reads and
 * deletes by key, and hostile credentials. Each answer must be a 4xx problem document.
 */
final class ApiCampaign {
    private static final String JSON = "application/json";

    private final HostileValues hostile;
    private final JsonMutator mutator;
    private final World world;
    private final QueryParams params;

    ApiCampaign(HostileValues hostile, World world) {
        this.hostile = hostile;
        this.mutator = new JsonMutator(hostile);
        this.world = world;
        this.params = new QueryParams(hostile);
    }

    /** The role a request is sent as: mostly {@code usual}, the others too (never the page of another owner). */
    String role(String usual, int percent) {
        return hostile.chance(percent) ? usual : hostile.pick(World.ROLES);
    }

    List<Probe> putPrograms(int n) {
        return put("PUT /api/programs/{key}", "/api/programs/", n, "PROGRAM_ADMIN",
                () -> hostile.chance(50) ? world.draft : world.published,
                key -> Documents.program(key, key.equals(world.draft) ? "DRAFT" : "PUBLISHED", "PLACEMENT"),
                Documents.PROGRAM);
    }

    List<Probe> putStartups(int n) {
        List<Field> fields = new ArrayList<>(Documents.STARTUP);
        fields.addAll(Documents.openingInStartup());
        return put("PUT /api/startups/{key}", "/api/startups/", n, "STARTUP", () -> world.startup,
                key -> Documents.startup(key, world.opening), fields);
    }

    List<Probe> putStudents(int n) {
        return put("PUT /api/students/{key}", "/api/students/", n, "STUDENT", () -> world.student,
                key -> Documents.student(key, world.studentEmail), Documents.STUDENT);
    }

    private List<Probe> put(String group, String path, int n, String owner, java.util.function.Supplier<String> key,
            java.util.function.Function<String, ObjectNode> template, List<Field> fields) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = role(owner, 70);
            String k = key.get();
            JsonMutator.Mutated body = mutator.mutate(template.apply(k), fields);
            String target = path + Encode.component(k);
            String what = body.what();
            if (hostile.chance(8)) {
                Value bad = params.pathKey();
                target = path + Encode.component(bad.text());
                what = bad.what() + " in the path";
            }
            out.add(Probe.to(group, role, "PUT", target).headers(world.basic(role))
                    .body(contentType(), body.body()).expect(Expect.API, what));
        }
        return out;
    }

    /** Mostly JSON; sometimes a type the endpoint does not take, which is refused before the body is read. */
    private String contentType() {
        return hostile.chance(95) ? JSON : hostile.pick("text/plain", "application/xml", "application/json; charset=x",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "*/*", "application/json;;",
                "application/json; charset=utf-16");
    }

    List<Probe> imports(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = role(hostile.chance(60) ? "OPERATOR" : "PROGRAM_ADMIN", 75);
            String s = io.triad.TestApi.unique();
            boolean programsOnly = hostile.chance(40);
            ObjectNode doc = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            List<Field> fields = new ArrayList<>(Documents.prefixed("programs.0.", Documents.PROGRAM));
            doc.putArray("programs").add(Documents.program("hi-p-" + s, "DRAFT", "PLACEMENT"));
            fields.add(Field.of("programs", Field.Kind.ENUM_LIST));
            if (!programsOnly) {
                doc.putArray("startups").add(Documents.startup("hi-s-" + s, "hi-o-" + s));
                doc.putArray("students").add(Documents.student("hi-t-" + s, "hi-" + s + "@example.org"));
                fields.addAll(Documents.prefixed("startups.0.", Documents.STARTUP));
                fields.addAll(Documents.prefixed("startups.0.openings.0.", Documents.OPENING));
                fields.addAll(Documents.prefixed("students.0.", Documents.STUDENT));
                fields.add(Field.of("students", Field.Kind.ENUM_LIST));
            }
            JsonMutator.Mutated body = mutator.mutate(doc, fields);
            out.add(Probe.to("POST /api/import", role, "POST", "/api/import").headers(world.basic(role))
                    .body(contentType(), body.body()).expect(Expect.API, body.what()));
        }
        return out;
    }

    /** Sign-ups whose email is always hostile, so none can succeed, whatever else the body holds. */
    List<Probe> signUps(int n) {
        List<Field> fields = List.of(Field.required("email", Field.Kind.EMAIL), Field.of("password", Field.Kind.LINE),
                Field.required("role", Field.Kind.ENUM), Field.of("language", Field.Kind.LANGUAGE));
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = role("anonymous", 80);
            ObjectNode doc = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("email", hostile.email().text()).put("password", hostile.password().text())
                    .put("role", hostile.chance(70) ? hostile.pick("STARTUP", "STUDENT", "PROGRAM_ADMIN")
                            : hostile.pick("OPERATOR", "operator", "ADMIN", "", "STUDENT\u0000"))
                    .put("language", hostile.chance(70) ? "en" : hostile.pick("EN", "de", "\u0000", "fr-CA"));
            JsonMutator.Mutated body = mutator.mutate(doc, fields.subList(hostile.chance(50) ? 0 : 1, fields.size()));
            out.add(Probe.to("POST /api/accounts", role, "POST", "/api/accounts").headers(world.basic(role))
                    .body(JSON, body.body()).expect(Expect.API, body.what()));
        }
        return out;
    }

    List<Probe> search(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = role("anonymous", 50);
            QueryParams.Query query = params.directory(false);
            out.add(Probe.to("GET /api/programs?q=…", role, "GET", "/api/programs" + query.encoded())
                    .headers(world.basic(role)).expect(Expect.API, query.what()));
        }
        return out;
    }

    /** The match lists and the company programs of API.md, with one hostile parameter or key each. */
    List<Probe> matches(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int which = hostile.nextInt(4);
            String owner = new String[] {"STARTUP", "STUDENT", "PROGRAM_ADMIN", "STARTUP"}[which];
            String role = role(owner, 70);
            String key = new String[] {world.opening, world.student, world.draft, world.startup}[which];
            String path = new String[] {"/api/openings/%s/matches", "/api/students/%s/matches",
                "/api/programs/%s/matches", "/api/startups/%s/programs"}[which];
            List<String> names = switch (which) {
                case 0 -> List.of("asOf", "limit", "funded", "sort");
                case 3 -> List.of("asOf");
                default -> List.of("asOf", "limit");
            };
            QueryParams.Query query = params.matchQuery(names);
            String what = query.what();
            if (hostile.chance(20)) {
                Value bad = params.pathKey();
                key = bad.text();
                what = bad.what() + " in the path";
                query = params.validMatchQuery(names);
            }
            out.add(Probe.to("GET " + path.replace("%s", "{key}") + "?…", role, "GET",
                    path.formatted(Encode.component(key)) + query.encoded()).headers(world.basic(role))
                    .expect(Expect.API, what));
        }
        return out;
    }

    List<Probe> eligibility(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = hostile.pick(World.ROLES);
            QueryParams.Query query = params.eligibility(world);
            out.add(Probe.to("GET /api/eligibility?…", role, "GET", "/api/eligibility" + query.encoded())
                    .headers(world.basic(role)).expect(Expect.API, query.what()));
        }
        return out;
    }

    /** Reads and deletes of keys that cannot exist: never a 5xx, never a deletion. */
    List<Probe> byKey(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = hostile.pick(World.ROLES);
            String kind = hostile.pick("programs", "startups", "students");
            String method = hostile.chance(60) ? "GET" : "DELETE";
            Value key = params.pathKey();
            out.add(Probe.to(method + " /api/" + kind + "/{key}", role, method,
                    "/api/" + kind + "/" + Encode.component(key.text())).headers(world.basic(role))
                    .expect(Expect.API, key.what()));
        }
        return out;
    }

    /** Credentials no account has: malformed Basic headers, hostile emails and passwords, forged sessions. */
    List<Probe> credentials(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String method = hostile.chance(80) ? "GET" : "DELETE";
            Probe.Builder probe = Probe.to(method + " /api/accounts/me (hostile credentials)", "anonymous", method,
                    "/api/accounts/me").header("Accept", JSON);
            String what;
            int kind = hostile.nextInt(4);
            if (kind == 0) {
                byte[] raw = hostile.chance(50) ? Encode.bytes(hostile.email().text() + ":" + hostile.password().text())
                        : new byte[] {(byte) 0xFF, 'a', (byte) 0xC0, (byte) 0x80, ':', 'p', 0};
                // Headers over 8 KB are refused by the HTTP layer (a bare 431) before any code of ours runs.
                raw = java.util.Arrays.copyOf(raw, Math.min(raw.length, 5000));
                probe.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(raw));
                what = "hostile Basic credentials";
            } else if (kind == 1) {
                probe.header("Authorization", hostile.pick("Basic", "Basic ", "Basic !!!!", "Basic =", "Bearer x",
                        "Basic " + "A".repeat(6000), "basic Og==", "Basic Og==", "Digest x", "Basic YQ=="));
                what = "malformed Authorization";
            } else if (kind == 2) {
                String email = world.emails.get("STUDENT") + hostile.forbidden(false).text();
                probe.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        Encode.bytes(email + ":" + io.triad.TestApi.PASSWORD)));
                what = "an account's email with a forbidden code point";
            } else {
                probe.header("Cookie", "triad_session=" + hostile.pick("%00", "x".repeat(5000), "\"\"", "a;b", "..",
                        "%FF%FE", "' or 1=1 --"));
                what = "forged session cookie";
            }
            out.add(probe.expect(Expect.API, what));
        }
        return out;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Map.Entry<String, String> entry(String name, String value) {
        return Map.entry(name, value);
    }
}
