package io.triad.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.TestApi;
import io.triad.security.HostileValues.Value;
import io.triad.security.Probe.Expect;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Hostile uploads to the import pages: JSON documents and CSV files of programs, pasted or uploaded (with bytes that
 * are not UTF-8), to the administrator's import; and to the operator's background import, the uploads it must refuse
 * before starting a job (no file, an empty one, a forged token, a caller who is not an operator).
 */
final class ImportPagesCampaign {
    private static final String BOUNDARY = "hostile-boundary-7MA4YWxkTrZu0gW";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private final HostileValues hostile;
    private final JsonMutator json;
    private final World world;
    private final List<String> header;
    private final List<String> example;

    ImportPagesCampaign(HostileValues hostile, World world, String csvTemplate) {
        this.hostile = hostile;
        this.json = new JsonMutator(hostile);
        this.world = world;
        String[] lines = csvTemplate.split("\r?\n");
        this.header = Arrays.asList(lines[0].split(",", -1));
        this.example = Arrays.stream(lines[1].split(",", -1)).map(c -> c.replaceAll("^\"|\"$", "")).toList();
    }

    List<Probe> programImports(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String role = hostile.chance(75) ? hostile.pick("PROGRAM_ADMIN", "PROGRAM_ADMIN", "OPERATOR")
                    : hostile.pick(World.ROLES);
            String what;
            byte[] content;
            if (hostile.chance(40)) {
                ObjectNode doc = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
                doc.putArray("programs").add(Documents.program("hu-" + TestApi.unique(), "DRAFT", "PLACEMENT"));
                JsonMutator.Mutated mutated = json.mutate(doc, Documents.prefixed("programs.0.", Documents.PROGRAM));
                content = mutated.body();
                what = "JSON: " + mutated.what();
            } else {
                Value csv = csv();
                content = Encode.bytes(csv.text());
                what = "CSV: " + csv.what();
                if (hostile.chance(15)) {
                    content = withInvalidUtf8(csv.text());
                    what = "CSV: invalid UTF-8";
                }
            }
            boolean asFile = hostile.chance(50);
            List<Map.Entry<String, String>> parts = new ArrayList<>(List.of(Map.entry("_csrf", world.csrf(role))));
            if (!asFile) {
                parts.add(Map.entry("text", new String(content, StandardCharsets.UTF_8)));
            }
            byte[] body = Encode.multipart(BOUNDARY, parts, hostile.pick("programs.csv", "p.json", "a\"b.csv", "ü.csv"),
                    asFile ? content : null);
            out.add(Probe.to("POST /admin/import", role, "POST", "/admin/import").headers(world.page(role))
                    .body(MULTIPART, body).expect(Expect.PAGE, what));
        }
        return out;
    }

    /** The template's example row (with a key of its own) and one hostile cell, or a CSV broken as CSV. */
    private Value csv() {
        List<String> row = new ArrayList<>(example);
        row.set(header.indexOf("key"), "hu-" + TestApi.unique());
        if (hostile.chance(20)) {
            return broken(row);
        }
        int column = hostile.nextInt(header.size());
        Value bad = cell(header.get(column));
        row.set(column, bad.text());
        return new Value(line(header) + line(row), header.get(column) + ": " + bad.what());
    }

    private Value cell(String column) {
        Field.Kind kind = kind(column);
        long max = kind == Field.Kind.WHOLE ? Integer.MAX_VALUE : column.contains("Percent") ? 100 : 0;
        Field field = new Field(column, kind, false, 0, max);
        return switch (kind) {
            case WHOLE -> hostile.whole(field, false);
            case DECIMAL -> hostile.decimal(field, false);
            case DATE -> hostile.date();
            case ENUM_LIST -> new Value("SEED|" + hostile.interiorText(false).text(), "invalid item in a list");
            case BOOL -> new Value(hostile.pick("yes", "1", "on", "tru"), "not a boolean");
            case EMAIL -> new Value("a" + hostile.forbidden(false).text() + "b@example.org", "invalid owner");
            case KEY -> new Value(hostile.pick("UPPER", "-lead", "with space", "k".repeat(81), "k\u0000y"), "not a key");
            case CURRENCY -> new Value(hostile.pick("ZZZ", "cad", "EURO"), "invalid currency");
            default -> hostile.interiorText(column.startsWith("summary")); // summary and summaryFr are paragraphs
        };
    }

    private static Field.Kind kind(String column) {
        if (column.equals("key")) {
            return Field.Kind.KEY;
        }
        if (column.equals("owner")) {
            return Field.Kind.EMAIL;
        }
        if (column.equals("funding.currency")) {
            return Field.Kind.CURRENCY;
        }
        if (column.equals("capacity") || column.matches(".*\\.(min|max)(Headcount|CompanyAgeYears|Age|Weeks)")
                || column.endsWith("recentGradMonths")) {
            return Field.Kind.WHOLE;
        }
        if (column.startsWith("funding.") && !column.endsWith("Groups") || column.endsWith("minHoursPerWeek")) {
            return Field.Kind.DECIMAL;
        }
        if (column.matches("opens|deadline|.*Start")) {
            return Field.Kind.DATE;
        }
        if (column.matches(".*(mustBeIncorporated|forProfitOnly)")) {
            return Field.Kind.BOOL;
        }
        if (column.matches("regions|.*\\.(stages|sectors|levels|fields|enrolment|workStatus|regions)|.*Groups")) {
            return Field.Kind.ENUM_LIST;
        }
        return Field.Kind.LINE;
    }

    private Value broken(List<String> row) {
        String head = line(header);
        return switch (hostile.nextInt(8)) {
            case 0 -> new Value(head + line(row).replaceFirst(",", ",a\"b"), "stray quote");
            case 1 -> new Value(head + line(row).replaceFirst(",", ",\"unclosed"), "unclosed quote");
            case 2 -> new Value(head + line(row).replaceFirst(",", ",\"a\"b"), "text after a quote");
            case 3 -> new Value(head + line(row).trim() + ",extra\r\n", "one field too many");
            case 4 -> new Value(head.replaceFirst("name", "nom\u0000"), "header only, unknown column");
            case 5 -> new Value(head.trim() + ",key\r\n" + line(row).trim() + ",x\r\n", "a column twice");
            case 6 -> new Value(String.join(",", java.util.Collections.nCopies(5000, "x")) + "\r\n", "5000 columns");
            default -> new Value("\uFEFF\r\n\r\n" + head, "blank lines and no rows");
        };
    }

    private byte[] withInvalidUtf8(String csv) {
        int at = Math.min(csv.length(), Math.max(0, csv.indexOf("\r\n")) + 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(csv.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, (byte) 0x80});
        out.writeBytes(csv.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Uploads to the operator's import that must be refused at once, before any job starts. */
    List<Probe> operatorImports(int n) {
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = hostile.nextInt(4);
            String role = kind == 3 ? hostile.pick("anonymous", "STARTUP", "STUDENT", "PROGRAM_ADMIN")
                    : hostile.chance(70) ? "OPERATOR" : hostile.pick(World.ROLES);
            String csrf = kind == 2 ? hostile.pick("", "forged", world.csrf(role) + "x") : world.csrf(role);
            byte[] file = switch (kind) {
                case 0 -> null;
                case 1 -> new byte[0];
                default -> "{\"programs\": []}".getBytes(StandardCharsets.UTF_8);
            };
            String what = new String[] {"no file", "empty file", "forged CSRF token", "not an operator"}[kind];
            byte[] body = Encode.multipart(BOUNDARY, List.of(Map.entry("_csrf", csrf)), "import.json", file);
            out.add(Probe.to("POST /operator/import", role, "POST", "/operator/import").headers(world.page(role))
                    .body(MULTIPART, body).expect(Expect.PAGE, what));
        }
        return out;
    }

    /** A CSV line: cells with commas, quotes or line breaks quoted. */
    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(c -> c.matches("(?s).*[,\"\r\n].*")
                ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList()) + "\r\n";
    }
}
