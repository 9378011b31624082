package io.triad.program.admin;

import io.triad.web.RegionNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.program.admin.RuleFields.Kind;
import io.triad.program.admin.RuleFields.Spec;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule builder's values exactly as typed, keyed by document path. Going to JSON keeps what cannot be
 * read as a number as text, so the document validator reports it beside its field instead of it being lost.
 */
final class ProgramForm {
    private final Map<String, List<String>> values;

    private ProgramForm(Map<String, List<String>> values) {
        this.values = values;
    }

    static ProgramForm blank(String language) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("funding.currency", List.of("CAD"));
        values.put("language", List.of(language));
        return new ProgramForm(values);
    }

    static ProgramForm from(MultivaluedMap<String, String> form) {
        Map<String, List<String>> values = new HashMap<>();
        for (Spec spec : RuleFields.all()) {
            List<String> given = form.get(spec.name());
            if (given != null) {
                values.put(spec.name(), List.copyOf(given));
            }
        }
        return new ProgramForm(values);
    }

    static ProgramForm of(ProgramDoc doc, ObjectMapper json) {
        JsonNode tree = json.valueToTree(doc);
        Map<String, List<String>> values = new HashMap<>();
        for (Spec spec : RuleFields.all()) {
            JsonNode v = tree;
            for (String part : spec.name().split("\\.")) {
                v = v == null ? null : v.get(part);
            }
            if (v == null || v.isNull()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(item -> items.add(item.asText()));
            } else {
                items.add(v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText());
            }
            values.put(spec.name(), spec.kind() == Kind.REGIONS ? List.of(String.join(", ", items)) : items);
        }
        return new ProgramForm(values);
    }

    /** The first value of a field, "" when none. */
    String value(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? "" : given.get(0);
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The program document these values describe; blank fields are left out, meaning "no restriction". */
    ObjectNode toJson(ObjectMapper json, String key, ProgramStatus status) {
        ObjectNode root = json.createObjectNode();
        if (key != null && !key.isBlank()) {
            root.put("key", key.trim());
        }
        for (Spec spec : RuleFields.all()) {
            List<String> given = values(spec.name()).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
            if (spec.kind() != Kind.KEY && !given.isEmpty()) {
                JsonNode node = node(spec, given, json);
                if (node != null) {
                    put(root, spec.name(), node);
                }
            }
        }
        root.put("status", status.name());
        return root;
    }

    /**
     * Regions as typed: names ("Ontario, British Columbia") or codes, separated by commas; a part that names no region
     * is read as codes separated by spaces ("CA-ON CA-QC"), kept as typed for the validator to refuse.
     */
    static List<String> regionCodes(String typed) {
        List<String> out = new ArrayList<>();
        for (String part : typed.split("[,;]")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            RegionNames.code(trimmed).ifPresentOrElse(out::add, () -> Arrays.stream(trimmed.split("\\s+"))
                    .map(RegionNames::codeOrAsTyped).map(s -> s.toUpperCase(Locale.ROOT)).forEach(out::add));
        }
        return out;
    }

    private static JsonNode node(Spec spec, List<String> given, ObjectMapper json) {
        String first = given.get(0);
        return switch (spec.kind()) {
            case CHECKS -> array(given, json);
            case REGIONS -> array(regionCodes(first), json);
            case WHOLE, DECIMAL, PERCENT, MONEY -> number(first, spec.kind() == Kind.WHOLE);
            case FLAG -> "true".equals(first) ? BooleanNode.TRUE : null;
            case YES_NO -> BooleanNode.valueOf(!"false".equals(first));
            case CURRENCY -> TextNode.valueOf(first.toUpperCase(Locale.ROOT));
            default -> TextNode.valueOf(first);
        };
    }

    private static ArrayNode array(List<String> items, ObjectMapper json) {
        ArrayNode array = json.createArrayNode();
        items.forEach(array::add);
        return array;
    }

    /** A number when the text is one (a decimal comma is accepted), else the text itself for the validator to reject. */
    private static JsonNode number(String text, boolean whole) {
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            if (whole && value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                return IntNode.valueOf(value.intValue());
            }
            return DecimalNode.valueOf(value);
        } catch (NumberFormatException e) {
            return TextNode.valueOf(text);
        }
    }

    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
    }
}
