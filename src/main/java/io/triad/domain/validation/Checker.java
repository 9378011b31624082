package io.triad.domain.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks one JSON object of an import document field by field and records every violation with its
 * path. Each accessor returns the value when it is valid and null otherwise, so callers can go on to
 * cross-field checks.
 */
final class Checker {
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    static final Pattern REGION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonNode node;
    private final String path;
    private final List<Violation> out;

    private Checker(JsonNode node, String path, List<Violation> out) {
        this.node = node;
        this.path = path;
        this.out = out;
    }

    /** A checker for {@code node}, or null (with a violation) when it is not an object. */
    static Checker object(JsonNode node, String path, List<Violation> out, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            out.add(Violation.of(path.isEmpty() ? "(body)" : path, ViolationCode.OBJECT));
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                // The name is the caller's: shown back only in a form that cannot break what displays it.
                out.add(Violation.of(JsonPaths.child(path, Characters.printable(name, 64)),
                        ViolationCode.UNKNOWN_PROPERTY));
            }
        });
        return new Checker(node, path, out);
    }

    /** The nested object {@code name}, or null when absent, null or invalid. */
    Checker nested(String name, Set<String> allowed) {
        JsonNode child = node.get(name);
        return present(child) ? object(child, at(name), out, allowed) : null;
    }

    List<Violation> violations() {
        return out;
    }

    String at(String name) {
        return JsonPaths.child(path, name);
    }

    void fail(String name, ViolationCode code, Object... args) {
        out.add(Violation.of(at(name), code, args));
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull();
    }

    private JsonNode value(String name, boolean required) {
        JsonNode v = node.get(name);
        if (!present(v)) {
            if (required) {
                fail(name, ViolationCode.REQUIRED);
            }
            return null;
        }
        return v;
    }

    /** Text of one line. */
    String text(String name, boolean required, int maxLength) {
        return text(name, required, maxLength, false);
    }

    /** Text of several lines (descriptions, summaries): tab, line feed and carriage return are allowed. */
    String paragraph(String name, boolean required, int maxLength) {
        return text(name, required, maxLength, true);
    }

    private String text(String name, boolean required, int maxLength, boolean lines) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            fail(name, ViolationCode.STRING);
            return null;
        }
        String s = v.textValue();
        if (required && s.isBlank()) {
            fail(name, ViolationCode.NOT_BLANK);
            return null;
        }
        if (s.length() > maxLength) {
            fail(name, ViolationCode.TOO_LONG, maxLength);
            return null;
        }
        int bad = Characters.firstForbidden(s, lines);
        if (bad >= 0) {
            fail(name, ViolationCode.TEXT_CHARACTERS, Characters.name(s, bad), bad + 1);
            return null;
        }
        return s;
    }

    String matching(String name, boolean required, Pattern pattern, ViolationCode what) {
        return matching(name, required, 320, pattern, what);
    }

    private String matching(String name, boolean required, int maxLength, Pattern pattern, ViolationCode what) {
        String s = text(name, required, maxLength);
        if (s != null && !pattern.matcher(s).matches()) {
            fail(name, what);
            return null;
        }
        return s;
    }

    String key(String name) {
        return matching(name, true, KEY, ViolationCode.KEY);
    }

    /** At most 254 characters, as RFC 5321 allows and sign-up checks. */
    String email(String name, boolean required) {
        return matching(name, required, 254, EMAIL, ViolationCode.EMAIL);
    }

    String region(String name, boolean required) {
        return matching(name, required, REGION, ViolationCode.REGION);
    }

    String url(String name) {
        String s = text(name, false, 500);
        if (s != null && !(s.startsWith("https://") || s.startsWith("http://"))) {
            fail(name, ViolationCode.URL);
            return null;
        }
        return s;
    }

    String language(String name) {
        String s = text(name, false, 2);
        if (s != null && !s.equals("en") && !s.equals("fr")) {
            fail(name, ViolationCode.LANGUAGE);
        }
        return s;
    }

    String currency(String name, boolean required) {
        String s = text(name, required, 3);
        if (s == null) {
            return null;
        }
        boolean known = s.length() == 3 && s.equals(s.toUpperCase())
                && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(s));
        if (!known) {
            fail(name, ViolationCode.CURRENCY);
            return null;
        }
        return s;
    }

    <E extends Enum<E>> E enumValue(String name, boolean required, Class<E> type) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        E e = v.isTextual() ? parseEnum(type, v.textValue()) : null;
        if (e == null) {
            fail(name, ViolationCode.ONE_OF, ViolationCode.choices(type));
        }
        return e;
    }

    /** A list of enum constants; absent, null or empty is "no restriction". */
    <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
        return list(name, 50, (item, at) -> {
            E e = item.isTextual() ? parseEnum(type, item.textValue()) : null;
            if (e == null) {
                out.add(Violation.of(at, ViolationCode.ONE_OF, ViolationCode.choices(type)));
            }
            return e;
        });
    }

    List<String> regionList(String name) {
        return list(name, 100, (item, at) -> textItem(item, at, REGION::matcher, ViolationCode.REGION));
    }

    List<String> textList(String name, int maxItems, int maxLength) {
        return list(name, maxItems, (item, at) -> textItem(item, at,
                s -> Pattern.compile("(?s).{1," + maxLength + "}").matcher(s), ViolationCode.TEXT_ITEM, maxLength));
    }

    private String textItem(JsonNode item, String at, java.util.function.Function<String, java.util.regex.Matcher> m,
            ViolationCode what, Object... args) {
        if (item.isTextual() && !item.textValue().isBlank() && Characters.clean(item.textValue())
                && m.apply(item.textValue()).matches()) {
            return item.textValue();
        }
        out.add(Violation.of(at, what, args));
        return null;
    }

    private <T> List<T> list(String name, int maxItems, ItemReader<T> reader) {
        JsonNode v = value(name, false);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            fail(name, ViolationCode.ARRAY);
            return null;
        }
        if (v.size() > maxItems) {
            fail(name, ViolationCode.MAX_ITEMS, maxItems);
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            items.add(reader.read(v.get(i), JsonPaths.index(at(name), i)));
        }
        return items;
    }

    BigDecimal number(String name, boolean required, BigDecimal min, BigDecimal max) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            fail(name, ViolationCode.NUMBER);
            return null;
        }
        BigDecimal d = NumberBounds.finite(v);
        if (d == null) {
            fail(name, ViolationCode.NUMBER_DIGITS, NumberBounds.INTEGER_DIGITS, NumberBounds.FRACTION_DIGITS);
            return null;
        }
        if ((min != null && d.compareTo(min) < 0) || (max != null && d.compareTo(max) > 0)) {
            range(name, min, max);
            return null;
        }
        return d;
    }

    Integer integer(String name, boolean required, long min, long max) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            fail(name, ViolationCode.WHOLE_NUMBER);
            return null;
        }
        int i = v.intValue();
        if (i < min || i > max) {
            range(name, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
            return null;
        }
        return i;
    }

    Boolean bool(String name, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            fail(name, ViolationCode.BOOLEAN);
            return null;
        }
        return v.booleanValue();
    }

    LocalDate date(String name, boolean required) {
        JsonNode v = value(name, required);
        if (v == null) {
            return null;
        }
        try {
            if (v.isTextual() && DATE.matcher(v.textValue()).matches()) {
                return LocalDate.parse(v.textValue());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        fail(name, ViolationCode.DATE);
        return null;
    }

    /** Records a violation on {@code maxName} when both bounds are set and {@code min > max}. */
    <T extends Comparable<T>> void ordered(String minName, T min, String maxName, T max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            fail(maxName, ViolationCode.ORDER, minName, min);
        }
    }

    void check(String name, Object value, Predicate<Object> ok, ViolationCode code) {
        if (value != null && !ok.test(value)) {
            fail(name, code);
        }
    }

    private void range(String name, BigDecimal min, BigDecimal max) {
        if (max == null || max.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 || max.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) == 0) {
            fail(name, ViolationCode.AT_LEAST, min);
        } else {
            fail(name, ViolationCode.BETWEEN, min, max);
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode item, String path);
    }
}
