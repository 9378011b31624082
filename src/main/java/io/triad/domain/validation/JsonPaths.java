package io.triad.domain.validation;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Spells locations in a JSON document the way DATA.md names fields: {@code programs[0].employer.maxHeadcount}. */
public final class JsonPaths {
    private JsonPaths() {
    }

    public static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(Characters.printable(ref.getFieldName(), 64));
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "(body)" : out.toString();
    }

    public static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** Bean Validation paths start with the method and parameter ({@code put.body.name}): keep the field part. */
    public static String fromPropertyPath(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }

    /** A value the caller sent, as a violation quotes it: printable and short. */
    public static String quote(Object value) {
        return value instanceof String s ? "'" + Characters.printable(s, 100) + "'"
                : Characters.printable(String.valueOf(value), 100);
    }
}
