package io.triad.security;

import io.triad.security.HostileValues.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a valid page form into one the page must refuse, through one field that is certainly invalid even after the
 * page trims it (so forbidden code points go inside the value, never at its ends), sometimes with more hostility in
 * fields the page reads leniently (checkboxes) or ignores (unknown fields).
 */
final class FormMutator {
    private final HostileValues hostile;

    FormMutator(HostileValues hostile) {
        this.hostile = hostile;
    }

    /** A hostile form body (without its CSRF field, which the caller adds) and what makes it hostile. */
    record Mutated(String encoded, String what) {
        byte[] body(String csrf) {
            String token = "_csrf=" + Encode.component(csrf);
            return (encoded.isEmpty() ? token : token + "&" + encoded).getBytes(StandardCharsets.US_ASCII);
        }
    }

    Mutated mutate(List<Map.Entry<String, String>> valid, List<Field> fields) {
        Field target = hostile.pick(fields.stream().filter(f -> f.kind() != Field.Kind.LENIENT).toList());
        List<Map.Entry<String, String>> form = new ArrayList<>(valid);
        String what;
        String raw = "";
        if ((target.kind() == Field.Kind.LINE || target.kind() == Field.Kind.PARAGRAPH) && hostile.chance(10)) {
            form.removeIf(e -> e.getKey().equals(target.path()));
            String bytes = hostile.pick("%FF", "%C0%80", "%ED%A0%80", "%E2%82", "%F8%88%80%80%80", "%FE%FF", "%80",
                    "%zz", "%", "%4", "%%", "%u0000");
            boolean utf8 = bytes.matches("(%[0-9A-F]{2})+");
            // After a malformed escape, letters that are not hexadecimal digits: "%4" then "cd" would read as "%4c".
            raw = "&" + Encode.component(target.path()) + "=ab" + bytes + (utf8 ? "cd" : "xy");
            what = utf8 ? "invalid UTF-8 in a form" : "malformed percent-encoding in a form";
        } else {
            Value value = value(target);
            what = value.what();
            if (target.kind() == Field.Kind.ENUM_LIST) {
                form.add(Map.entry(target.path(), value.text()));
            } else {
                int at = indexOf(form, target.path());
                if (at >= 0) {
                    form.set(at, Map.entry(target.path(), value.text()));
                } else {
                    form.add(Map.entry(target.path(), value.text()));
                }
                if (hostile.chance(10)) {
                    // The page reads the first value: a valid second one changes nothing.
                    form.add(Map.entry(target.path(), valid.stream().filter(e -> e.getKey().equals(target.path()))
                            .map(Map.Entry::getValue).findFirst().orElse("x")));
                }
            }
        }
        decorate(form, fields);
        return new Mutated(Encode.form(form).length == 0 ? raw.replaceFirst("^&", "")
                : new String(Encode.form(form), StandardCharsets.US_ASCII) + raw, what);
    }

    /** More hostility where the page is lenient: checkboxes and unknown fields. */
    private void decorate(List<Map.Entry<String, String>> form, List<Field> fields) {
        if (hostile.chance(20)) {
            fields.stream().filter(f -> f.kind() == Field.Kind.LENIENT).findAny()
                    .ifPresent(f -> form.add(Map.entry(f.path(), hostile.text(false).text())));
        }
        if (hostile.chance(10)) {
            form.add(Map.entry(hostile.text(false).text(), hostile.text(false).text()));
        }
    }

    private Value value(Field field) {
        return switch (field.kind()) {
            case LINE, PARAGRAPH -> hostile.interiorText(field.kind() == Field.Kind.PARAGRAPH);
            case KEY -> key();
            case EMAIL -> hostile.email();
            case DATE -> hostile.date();
            case WHOLE -> hostile.whole(field, false);
            case DECIMAL -> hostile.decimal(field, false);
            case ENUM, ENUM_LIST -> hostile.chance(50) ? hostile.interiorText(false)
                    : new Value(hostile.pick("seed", "Seed", "ＳＥＥＤ", "SEED;DROP", "<b>SEED</b>"), "not a constant");
            case REGION -> hostile.chance(50) ? hostile.interiorText(false)
                    // a region name ("Canada", "Ontario") is read as its code now: the invalid one names no region
                    : new Value(hostile.pick("ATLANTIS", "C1", "CA-ONTARIO", "CA_ON", "CA-", "ＣＡ"), "invalid region");
            case REGION_LIST -> new Value("CA, " + hostile.pick("ATLANTIS", "C1", "CA-ONTARIO", "Q" + "\u0000" + "Z"),
                    "invalid region in a list");
            case TEXT_LIST -> new Value("python, " + (hostile.chance(30) ? "s".repeat(61) : hostile.interiorText(false)
                    .text()), "invalid skill");
            case URL -> new Value(hostile.pick("javascript:alert(1)", "ftp://example.org", "//evil.example",
                    "https://" + "a".repeat(500), "https://exa\u0000mple.org", "data:text/html,x"), "invalid address");
            case CURRENCY -> new Value(hostile.pick("ZZZ", "CA", "EURO", "C\u0000D", "€"), "invalid currency");
            case LANGUAGE -> new Value(hostile.pick("EN", "de", "english", "e\u0000n"), "invalid language");
            case BOOL, LENIENT -> hostile.interiorText(false);
        };
    }

    /** A key that stays invalid once trimmed. */
    private Value key() {
        return new Value(hostile.pick("UPPER", "-lead", "with space", "dot.key", "under_score", "é-accent",
                "k".repeat(81), "k\u0000y", "k\u202Ey", "../etc", "key?x=1", "ｋｅｙ"), "not a key");
    }

    private static int indexOf(List<Map.Entry<String, String>> form, String name) {
        for (int i = 0; i < form.size(); i++) {
            if (form.get(i).getKey().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
