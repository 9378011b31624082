package io.triad.security;

import java.util.List;
import java.util.Random;

/**
 * Hostile values, from a seeded {@link Random} so a run can be repeated exactly. Every value returned for a field is
 * invalid for that field (the test insists that each hostile request is rejected and changes nothing); {@code what}
 * names the kind of hostility for the report.
 */
final class HostileValues {
    /** A hostile value and the kind of hostility it carries. */
    record Value(String text, String what) {
        Value around(String prefix, String suffix) {
            return new Value(prefix + text + suffix, what);
        }
    }

    private static final String[] WORDS = {"robot", "Zoë", "北京", "café", "data", "ÉCOLE", "naïve", "Ωmega", "co-op",
        "résumé", "العربية", "עברית", "😀", "Straße"};
    /** Invisible or misleading code points no field accepts: bidirectional overrides and isolates. */
    private static final char[] BIDI = {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
        '\u2069'};
    private static final String[] LUCENE = {"/[a-z]+.*/", "/(a|b)*c{1,1000}/", "*foo", "?oo", "*", "*:*", "foo~",
        "foo~2", "roam~0.8", "\"jakarta apache\"~10", "foo^4", "foo^1000000", "(foo bar)^2", "[a TO z]", "{a TO z}",
        "[* TO *]", "text_en:robot", "id:x", "key:swpp", "_id:1", "text_fr:(a b)", "a:b:c", "\"unbalanced",
        "(unbalanced", "unbalanced)", "((a)", "a AND", "OR", "a AND OR b", "NOT", "a && || b", "+", "-", "foo\\",
        "\\(", "a\\:b", "ro*ot", "ro?ot", "*obot", "f*", "a* b* c*", "foo:\"bar\"", "title:[a TO", "!", "a !",
        "\"a\" ~ 2", "foo bar^", "/unclosed"};

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String pick(String... items) {
        return items[random.nextInt(items.length)];
    }

    /** Ordinary text: a few words, some of them not ASCII. */
    String words() {
        StringBuilder out = new StringBuilder(pick(WORDS));
        for (int i = random.nextInt(3); i > 0; i--) {
            out.append(' ').append(pick(WORDS));
        }
        return out.toString();
    }

    /**
     * Text no text field accepts: a forbidden code point (control, non-character, lone surrogate, replacement
     * character, bidirectional override) somewhere in ordinary words, or text longer than any field allows.
     * {@code paragraph}: tab, line feed and carriage return are allowed there, so never chosen.
     */
    Value text(boolean paragraph) {
        if (chance(8)) {
            return new Value("x".repeat(4001 + random.nextInt(12_000)), "over 4000 characters");
        }
        Value bad = forbidden(paragraph);
        String before = chance(25) ? "" : words();
        String after = chance(25) ? "" : words();
        return bad.around(before, after);
    }

    /** Like {@link #text} but never at either end: forms trim their values, and a trimmed value is not hostile. */
    Value interiorText(boolean paragraph) {
        if (chance(8)) {
            return new Value("y".repeat(4001 + random.nextInt(6_000)), "over 4000 characters");
        }
        return forbidden(paragraph).around(words() + "a", "b" + words());
    }

    /** One or a few code points that no text may hold. */
    Value forbidden(boolean paragraph) {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0, 1 -> {
                char c = (char) random.nextInt(0x20);
                if (paragraph && (c == '\t' || c == '\n' || c == '\r')) {
                    c = '\u0000';
                }
                yield new Value(String.valueOf(c), "C0 control character");
            }
            case 2 -> new Value("\u0000", "NUL");
            case 3 -> {
                char c = random.nextBoolean() ? '\u007F' : (char) (0x80 + random.nextInt(0x20));
                yield new Value(String.valueOf(c), "DEL or C1 control character");
            }
            case 4 -> new Value(pick("\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\uD83F\uDFFE"), "non-character");
            case 5 -> new Value(pick("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "a\uD83Db"), "lone surrogate");
            case 6 -> new Value(String.valueOf(BIDI[random.nextInt(BIDI.length)]), "bidirectional override");
            case 7 -> new Value("\uFFFD", "replacement character (invalid UTF-8 once decoded)");
            case 8 -> paragraph ? new Value("\u0000\u0001\u001b[31m", "ANSI escape") : new Value(
                    pick("\r\n", "\n", "\t", "\u2028", "\u2029"), "line break in a one-line field");
            default -> new Value("\u202Egnp.exe\u202C", "right-to-left override spoof");
        };
    }

    /** A key that does not match {@code [a-z0-9][a-z0-9-]{0,79}}. */
    Value key() {
        int kind = random.nextInt(8);
        return switch (kind) {
            case 0 -> text(false);
            case 1 -> new Value("k".repeat(81 + random.nextInt(300)), "key over 80 characters");
            case 2 -> new Value(pick("-lead", "UPPER", "with space", "dot.key", "under_score", "é-accent", "",
                    "../etc", "..", ".", "a/b", "a\\b", "%2e%2e", "key?x=1", "key#frag", "k;drop", "'or'1'='1"),
                    "not a key");
            case 3 -> new Value("k\u0000ey", "NUL in key");
            case 4 -> new Value(pick("ｋｅｙ", "kéy", "key\u200B", "ke\u0301y"), "look-alike key");
            case 5 -> new Value("key" + forbidden(false).text(), "forbidden code point in key");
            case 6 -> new Value("k".repeat(2000), "very long key");
            default -> new Value(forbidden(false).text() + "key", "forbidden code point in key");
        };
    }

    /** A string that is not an email address anyone could sign up with. */
    Value email() {
        int kind = random.nextInt(7);
        return switch (kind) {
            case 0 -> new Value("a" + forbidden(false).text() + "b@example.org", "forbidden code point in email");
            case 1 -> new Value("a\u0000@example.org", "NUL in email");
            case 2 -> new Value("x".repeat(250) + "@example.org", "email over 254 characters");
            case 3 -> new Value(pick("no-at-sign", "a@b", "@example.org", "a@", "a b@example.org", "a@@b.org",
                    "", " ", "a@b.", "<script>"), "not an email");
            case 4 -> new Value("user@exa" + forbidden(false).text() + "mple.org", "forbidden code point in domain");
            case 5 -> new Value("e".repeat(5000), "very long email");
            default -> new Value(text(false).text() + "@", "hostile text as email");
        };
    }

    /** Anything as a password, from hostile text to a megabyte. */
    Value password() {
        int kind = random.nextInt(5);
        return switch (kind) {
            case 0 -> text(false);
            case 1 -> new Value("p".repeat(1025 + random.nextInt(20_000)), "password over 1024 bytes");
            case 2 -> new Value("", "empty password");
            case 3 -> new Value("\u0000".repeat(12), "NUL password");
            default -> new Value("pass\uD800word-long", "lone surrogate in password");
        };
    }

    /** A date in a form no date field accepts. */
    Value date() {
        return new Value(pick("2027-02-30", "2027-13-01", "2027-00-10", "+999999999-12-31", "-999999999-01-01",
                "+10000-01-01", "2027-1-1", "20270101", "2027/01/01", "01-01-2027", "٢٠٢٧-٠١-٠١", "２０２７-０１-０１",
                "2027-01-01T00:00", "2027-01-\u000001", "0000-00-00", "9999-12-32", "tomorrow", "-1", "2027-W01-1",
                " 2027-01-01x", "2027-01-01\u202E"), "invalid date");
    }

    /** Search text the safe parser must refuse: Lucene syntax it does not support, too many clauses, too long. */
    Value searchText() {
        int kind = random.nextInt(10);
        if (kind < 6) {
            String bad = LUCENE[random.nextInt(LUCENE.length)];
            return new Value(random.nextBoolean() ? bad : words() + " " + bad, "Lucene syntax");
        }
        return switch (kind) {
            case 6 -> new Value(String.join(" OR ", java.util.Collections.nCopies(400, "a"))
                    .substring(0, 600 + random.nextInt(800)), "hundreds of clauses");
            case 7 -> new Value("(".repeat(50 + random.nextInt(500)) + "a" + ")".repeat(50), "deep nesting");
            case 8 -> new Value("robot " + forbidden(false).text(), "forbidden code point in search");
            default -> new Value("w".repeat(501 + random.nextInt(1000)), "search text too long");
        };
    }

    /** A {@code next} address that must not be followed: elsewhere, or broken. */
    Value next() {
        return new Value(pick("//evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example/",
                "http:evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>",
                "/\u0000/", "/a\r\nSet-Cookie: x=1", "/a\nLocation: //evil", "/%0d%0aSet-Cookie:x=1", "/\t/evil",
                "/ /evil", "///evil", "/\u202Eevil", "/" + "a".repeat(9000), "evil.example", " //evil", "/..//evil",
                "/\uD800", "/%2F%2Fevil", "\u3000//evil", "/\u0085evil", "//@evil", "/@evil/\\x"), "hostile next");
    }

    /** A whole number outside {@code [min, max]} or not whole, as text a form or a JSON literal may carry. */
    Value whole(Field field, boolean json) {
        List<String> out = new java.util.ArrayList<>(List.of("1e999999999", "-1e999999999", "99999999999999999999",
                "1.5", json ? "1.0" : "1,5", "1" + "0".repeat(20_000), "-" + "9".repeat(5000)));
        out.add(String.valueOf(field.min() - 1));
        if (field.max() < Integer.MAX_VALUE) {
            out.add(String.valueOf(field.max() + 1));
        }
        if (field.zeroInvalid()) {
            out.add("-0");
            out.add("1E-2147483648");
        }
        if (json) {
            out.addAll(List.of("NaN", "Infinity", "-Infinity", "0x10", "01", "1_000", ".5", "+1", "1e", "--1"));
        } else {
            out.addAll(List.of("NaN", "Infinity", "0x10", "1_000", "1 2", "½", "1e3.5", "e"));
        }
        return new Value(pick(out), "number");
    }

    /** A decimal out of range, not finite, or with more digits than any amount has. */
    Value decimal(Field field, boolean json) {
        List<String> out = new java.util.ArrayList<>(List.of("1e999999999", "-1e999999999", "1e309",
                "0." + "0".repeat(10_000) + "1", "1" + "0".repeat(30), "1234567890123456.5", "0.1234567",
                "1e-7", String.valueOf(field.min() - 1)));
        if (field.max() > 0) {
            out.add(field.max() + "1");
            out.add(field.max() + ".0000001");
        }
        if (field.zeroInvalid()) {
            out.add("-0");
            out.add("-0.0");
            out.add("1E-2147483648");
        }
        if (json) {
            out.addAll(List.of("NaN", "Infinity", "-Infinity", "0x10", "01.5", ".5", "+1", "1e", "1.", "1__0"));
        } else {
            out.addAll(List.of("NaN", "Infinity", "-Infinity", "1E2147483648", "1E-2147483648", "0x10", "1,5,5", "½",
                    "1.2.3"));
        }
        return new Value(pick(out), "number");
    }
}
