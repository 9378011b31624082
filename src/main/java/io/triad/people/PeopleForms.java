package io.triad.people;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the startup and student forms and turns typed text into the JSON of DATA.md, so the import
 * validator judges a form exactly as it judges the API: text that is not a number stays text and is
 * reported as such.
 */
public final class PeopleForms {
    private PeopleForms() {
    }

    /** The first value of a form field, trimmed; "" when absent. */
    public static String first(MultivaluedMap<String, String> form, String name) {
        String value = form == null ? null : form.getFirst(name);
        return value == null ? "" : value.trim();
    }

    /** Every non-blank value of a repeated form field (checkboxes, multi-selects). */
    public static List<String> all(MultivaluedMap<String, String> form, String name) {
        List<String> values = form == null ? null : form.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
                .distinct().toList();
    }

    public static boolean checked(MultivaluedMap<String, String> form, String name) {
        return !first(form, name).isEmpty();
    }

    /** Comma-separated text as a list of its non-blank items. */
    public static List<String> commaList(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    public static void text(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value.trim());
        }
    }

    public static void integer(ObjectNode node, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.trim();
        if (v.matches("-?\\d{1,9}")) {
            node.put(name, Integer.parseInt(v));
        } else {
            node.put(name, v);
        }
    }

    /** A decimal, accepting a comma as the decimal separator (28,50) as French speakers write it. */
    public static void decimal(ObjectNode node, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.trim().replace(" ", "").replace("\u00a0", "");
        if (v.indexOf(',') >= 0 && v.indexOf('.') < 0) {
            v = v.replace(',', '.');
        }
        try {
            node.put(name, new BigDecimal(v));
        } catch (NumberFormatException e) {
            node.put(name, value.trim());
        }
    }

    public static void list(ObjectNode node, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }
}
