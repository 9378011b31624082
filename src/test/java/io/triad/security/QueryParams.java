package io.triad.security;

import io.triad.security.HostileValues.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Query strings with exactly one hostile parameter (the others valid or absent), and hostile keys for paths. Values
 * are percent-encoded here, so a parameter can also carry bytes that are not UTF-8 at all.
 */
final class QueryParams {
    private final HostileValues hostile;

    QueryParams(HostileValues hostile) {
        this.hostile = hostile;
    }

    /** An encoded query string ({@code ?a=1&b=2}, or "") and what makes it hostile. */
    record Query(String encoded, String what) {
    }

    /** A key no entity can have that still addresses this endpoint (no empty, dot or slash segment). */
    Value pathKey() {
        while (true) {
            Value key = hostile.key();
            String k = key.text();
            if (!k.isEmpty() && !k.contains("/") && !k.contains("\\") && !k.startsWith(".") && !k.contains("%")
                    && k.length() < 1500) {
                return key;
            }
        }
    }

    /**
     * A value only the generic parameter checks refuse: a forbidden code point inside, bytes that are not UTF-8, or more
     * text than any parameter takes. Already encoded.
     */
    Value control() {
        int kind = hostile.nextInt(5);
        if (kind == 0) {
            return new Value("ab" + hostile.pick("%FF", "%C0%80", "%ED%A0%80", "%E2%82", "%80", "%F8%88%80%80%80") + "cd",
                    "invalid UTF-8 in a parameter");
        }
        if (kind == 1) {
            return new Value("q".repeat(1001 + hostile.nextInt(1500)), "parameter over 1000 characters");
        }
        Value bad = hostile.forbidden(false).around("ab", "cd");
        return new Value(Encode.component(bad.text()), bad.what() + " in a parameter");
    }

    Query directory(boolean page) {
        List<String> names = List.of("q", "region", "kind", "scope", "openOn", "page", "size");
        String hostileName = hostile.pick(names);
        List<Map.Entry<String, String>> encoded = new ArrayList<>();
        String what = null;
        for (String name : names) {
            if (name.equals(hostileName)) {
                Value v = hostileDirectory(name);
                encoded.add(Map.entry(name, v.text()));
                what = name + ": " + v.what();
            } else if (hostile.chance(30)) {
                encoded.add(Map.entry(name, Encode.component(validDirectory(name, page))));
            }
        }
        return new Query(join(shuffled(encoded)), what);
    }

    private Value hostileDirectory(String name) {
        return switch (name) {
            case "q" -> hostile.chance(85) ? encoded(hostile.searchText()) : control();
            case "region" -> control();
            case "kind", "scope" -> hostile.chance(70) ? encoded(new Value(hostile.pick("grant", "GRANTS", "GRANT;x",
                    "ＧＲＡＮＴ", "GRANT,LOAN", "*"), "not a constant")) : control();
            case "openOn" -> hostile.chance(80) ? encoded(hostile.date()) : control();
            case "page" -> hostile.chance(80) ? encoded(new Value(hostile.pick("-1", "x", "1e3", "99999999999", "0x1",
                    "2147484", "1.5", "-2147483648", "2147483648"), "not a page number")) : control();
            default -> hostile.chance(80) ? encoded(new Value(hostile.pick("0", "1001", "-5", "x", "1e2", "99999999999",
                    "20.0"), "not a page size")) : control();
        };
    }

    private String validDirectory(String name, boolean page) {
        return switch (name) {
            case "q" -> "robot";
            case "region" -> "CA-ON";
            case "kind" -> "GRANT";
            case "scope" -> "COMPANY";
            case "openOn" -> "2027-01-01";
            case "page" -> page ? "1" : "0";
            default -> "20";
        };
    }

    /** Match-list parameters, one of {@code names} hostile. */
    Query matchQuery(List<String> names) {
        String hostileName = hostile.pick(names);
        List<Map.Entry<String, String>> encoded = new ArrayList<>();
        String what = null;
        for (String name : names) {
            if (name.equals(hostileName)) {
                Value v = hostileMatch(name);
                encoded.add(Map.entry(name, v.text()));
                what = name + ": " + v.what();
            } else if (hostile.chance(40)) {
                encoded.add(Map.entry(name, validMatch(name)));
            }
        }
        return new Query(join(shuffled(encoded)), what);
    }

    Query validMatchQuery(List<String> names) {
        List<Map.Entry<String, String>> encoded = new ArrayList<>();
        names.stream().filter(n -> hostile.chance(40)).forEach(n -> encoded.add(Map.entry(n, validMatch(n))));
        return new Query(join(encoded), "");
    }

    private Value hostileMatch(String name) {
        if (hostile.chance(20)) {
            return control();
        }
        return encoded(switch (name) {
            case "asOf" -> hostile.date();
            case "limit" -> new Value(hostile.pick("0", "1001", "-1", "x", "1e3", "99999999999", "2147483648", "1.0",
                    "0x10", "+-1"), "limit out of range");
            case "funded" -> new Value(hostile.pick("yes", "TRUE", "1", "on", "true;", "tru"), "not a boolean");
            default -> new Value(hostile.pick("name", "AMOUNT", "score;", "best", "amount,score", "-score"),
                    "unknown sort");
        });
    }

    private static String validMatch(String name) {
        return switch (name) {
            case "asOf" -> "2027-01-01";
            case "limit" -> "5";
            case "funded" -> "false";
            default -> "score";
        };
    }

    /** Eligibility questions that cannot be answered: a hostile key or date, or a party missing. */
    Query eligibility(World world) {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        String what;
        int kind = hostile.nextInt(6);
        Value bad = hostile.chance(70) ? encoded(pathKey()) : control();
        switch (kind) {
            case 0 -> {
                p.add(Map.entry("program", bad.text()));
                p.add(Map.entry("opening", world.opening));
                p.add(Map.entry("student", world.student));
                what = "program: " + bad.what();
            }
            case 1 -> {
                p.add(Map.entry("program", world.published));
                p.add(Map.entry("opening", world.opening));
                p.add(Map.entry("student", bad.text()));
                what = "student: " + bad.what();
            }
            case 2 -> {
                p.add(Map.entry("program", world.company));
                p.add(Map.entry("startup", bad.text()));
                what = "startup: " + bad.what();
            }
            case 3 -> {
                p.add(Map.entry("program", world.published));
                p.add(Map.entry("opening", bad.text()));
                p.add(Map.entry("student", world.student));
                what = "opening: " + bad.what();
            }
            case 4 -> {
                Value date = hostile.chance(70) ? encoded(hostile.date()) : control();
                p.add(Map.entry("program", world.published));
                p.add(Map.entry("opening", world.opening));
                p.add(Map.entry("student", world.student));
                p.add(Map.entry("asOf", date.text()));
                what = "asOf: " + date.what();
            }
            default -> {
                p.add(Map.entry(hostile.pick("opening", "student", "startup"), hostile.chance(50) ? world.opening
                        : bad.text()));
                what = "no program";
            }
        }
        return new Query(join(shuffled(p)), what);
    }

    private static Value encoded(Value value) {
        return new Value(Encode.component(value.text()), value.what());
    }

    private List<Map.Entry<String, String>> shuffled(List<Map.Entry<String, String>> entries) {
        List<Map.Entry<String, String>> out = new ArrayList<>(entries);
        for (int i = out.size() - 1; i > 0; i--) {
            java.util.Collections.swap(out, i, hostile.nextInt(i + 1));
        }
        return out;
    }

    /** Already-encoded values joined into a query string. */
    static String join(List<Map.Entry<String, String>> encoded) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : encoded) {
            out.append(out.isEmpty() ? "?" : "&").append(e.getKey()).append('=').append(e.getValue());
        }
        return out.toString();
    }
}
