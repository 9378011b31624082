package io.triad.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.triad.security.HostileValues.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a valid JSON document into one that is certainly invalid, in one hostile way: a hostile value in a field,
 * a wrong type, a missing required field, a duplicate or unknown property, deep nesting, invalid UTF-8, a broken or
 * trailing syntax. Non-ASCII is written as escapes, so lone surrogates reach the server as {@code \uD800}.
 */
final class JsonMutator {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@RAW@@";
    private static final String BYTES = "@@BYTES@@";
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
        (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80,
        (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0xFE, (byte) 0xFF}};

    private final HostileValues hostile;

    JsonMutator(HostileValues hostile) {
        this.hostile = hostile;
    }

    /** A hostile body and what makes it hostile. */
    record Mutated(byte[] body, String what) {
    }

    Mutated mutate(ObjectNode template, List<Field> fields) {
        ObjectNode doc = template.deepCopy();
        Field field = hostile.pick(fields);
        int roll = hostile.nextInt(100);
        if (roll < 45) {
            return value(doc, field);
        }
        if (roll < 55) {
            set(doc, field, wrongType(field));
            return text(doc, "wrong type");
        }
        if (roll < 60) {
            return missing(doc, hostile.pick(fields.stream().filter(Field::required).toList()));
        }
        if (roll < 68) {
            return new Mutated(duplicate(doc, field), "duplicate property");
        }
        if (roll < 73) {
            return deep(doc, field);
        }
        if (roll < 80) {
            return unknown(doc, field);
        }
        if (roll < 86) {
            return invalidUtf8(doc, fields);
        }
        return syntax(doc);
    }

    private Mutated value(ObjectNode doc, Field field) {
        return switch (field.kind()) {
            case LINE, PARAGRAPH -> put(doc, field, hostile.text(field.kind() == Field.Kind.PARAGRAPH));
            case KEY -> put(doc, field, hostile.key());
            case EMAIL -> put(doc, field, hostile.email());
            case DATE -> put(doc, field, hostile.date());
            case ENUM, REGION, CURRENCY, LANGUAGE, URL -> put(doc, field, choice(field));
            case WHOLE -> raw(doc, field, hostile.whole(field, true));
            case DECIMAL -> raw(doc, field, hostile.decimal(field, true));
            case ENUM_LIST, REGION_LIST, TEXT_LIST -> list(doc, field);
            case BOOL, LENIENT -> {
                set(doc, field, hostile.chance(50) ? TextNode.valueOf(hostile.pick("true", "yes", "1", "TRUE"))
                        : NODES.numberNode(1));
                yield text(doc, "boolean as another type");
            }
        };
    }

    /** A value no enumeration, region, currency, language or address field accepts. */
    private Value choice(Field field) {
        if (hostile.chance(50)) {
            return hostile.text(false);
        }
        return switch (field.kind()) {
            case REGION -> new Value(hostile.pick("ca-on", "CAN", "CA-ONTARIO", "C1", "CA_ON", "CA-", "-ON", "ＣＡ"),
                    "invalid region");
            case CURRENCY -> new Value(hostile.pick("cad", "ZZZ", "CA", "EURO", "€", "C\u0000D"), "invalid currency");
            case LANGUAGE -> new Value(hostile.pick("EN", "de", "english", "e\u0000", "fr-CA"), "invalid language");
            case URL -> new Value(hostile.pick("javascript:alert(1)", "ftp://example.org", "//evil.example",
                    "https://" + "a".repeat(500), "data:text/html,x", "https://exa\u0000mple.org",
                    "https://example.org/\u202E"), "invalid address");
            default -> new Value(hostile.pick("seed", " SEED", "SEED ", "Seed", "", "SEED\u0000", "ＳＥＥＤ"),
                    "not a constant");
        };
    }

    private Mutated list(ObjectNode doc, Field field) {
        ArrayNode array = NODES.arrayNode();
        int kind = hostile.nextInt(4);
        if (kind == 0) {
            set(doc, field, TextNode.valueOf("CA"));
            return text(doc, "string instead of a list");
        }
        if (kind == 1) {
            for (int i = 0; i < 101; i++) {
                array.add(field.kind() == Field.Kind.ENUM_LIST ? "OTHER" : "CA");
            }
            set(doc, field, array);
            return text(doc, "too many items");
        }
        Value item = field.kind() == Field.Kind.TEXT_LIST && hostile.chance(30)
                ? new Value(hostile.pick(" ", "", "s".repeat(61)), "blank or long item") : hostile.text(false);
        array.add("CA");
        array.add(item.text());
        set(doc, field, array);
        return text(doc, item.what() + " in a list");
    }

    private JsonNode wrongType(Field field) {
        return switch (field.kind()) {
            case WHOLE, DECIMAL -> hostile.chance(50) ? TextNode.valueOf("12") : NODES.objectNode();
            case ENUM_LIST, REGION_LIST, TEXT_LIST -> hostile.chance(50) ? NODES.objectNode() : NODES.numberNode(7);
            case BOOL, LENIENT -> NODES.arrayNode();
            default -> switch (hostile.nextInt(4)) {
                case 0 -> NODES.numberNode(42);
                case 1 -> NODES.booleanNode(true);
                case 2 -> NODES.arrayNode().add("x");
                default -> NODES.objectNode().put("a", "b");
            };
        };
    }

    private Mutated missing(ObjectNode doc, Field field) {
        if (hostile.chance(50)) {
            set(doc, field, NODES.nullNode());
            return text(doc, "required field null");
        }
        List<String> parts = field.parts();
        JsonNode parent = at(doc, parts.subList(0, parts.size() - 1));
        ((ObjectNode) parent).remove(field.name());
        return text(doc, "required field missing");
    }

    /** The document with {@code field}'s object written with one of its properties twice. */
    private byte[] duplicate(ObjectNode doc, Field field) {
        List<String> parts = field.parts();
        ObjectNode parent = (ObjectNode) at(doc, parts.subList(0, parts.size() - 1));
        if (!parent.has(field.name())) {
            parent.put(field.name(), "x");
        }
        String json = write(doc);
        String object = write(parent);
        String doubled = "{\"" + field.name() + "\":" + write(parent.get(field.name())) + "," + object.substring(1);
        int at = json.indexOf(object);
        return (json.substring(0, at) + doubled + json.substring(at + object.length())).getBytes(StandardCharsets.UTF_8);
    }

    private Mutated deep(ObjectNode doc, Field field) {
        int depth = hostile.chance(70) ? 1001 + hostile.nextInt(4000) : 20 + hostile.nextInt(300);
        boolean arrays = hostile.chance(50);
        String nested = arrays ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        set(doc, field, TextNode.valueOf(RAW));
        return new Mutated(write(doc).replace("\"" + RAW + "\"", nested).getBytes(StandardCharsets.UTF_8),
                "nesting " + (depth > 1000 ? "over 1000" : "under 1000") + " deep");
    }

    private Mutated unknown(ObjectNode doc, Field field) {
        List<String> parts = field.parts();
        ObjectNode parent = (ObjectNode) at(doc, parts.subList(0, parts.size() - 1));
        String name = hostile.chance(30) ? hostile.pick("__proto__", "constructor", "key ", "Key", "kéy", "", "$where",
                "name\u0000", "@type") : hostile.text(false).text();
        parent.put(name, "x");
        return text(doc, "unknown property");
    }

    private Mutated invalidUtf8(ObjectNode doc, List<Field> fields) {
        Field field = hostile.pick(fields.stream()
                .filter(f -> f.kind() == Field.Kind.LINE || f.kind() == Field.Kind.PARAGRAPH).toList());
        set(doc, field, TextNode.valueOf("ab" + BYTES + "cd"));
        String[] halves = write(doc).split(BYTES, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        out.writeBytes(INVALID_UTF8[hostile.nextInt(INVALID_UTF8.length)]);
        out.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        return new Mutated(out.toByteArray(), "invalid UTF-8");
    }

    private Mutated syntax(ObjectNode doc) {
        String json = write(doc);
        return switch (hostile.nextInt(8)) {
            case 0 -> text(json + hostile.pick("x", "}", " {\"a\":1}", "\u0000", ",", "]"), "trailing garbage");
            case 1 -> text(json.substring(0, hostile.nextInt(json.length())), "truncated");
            case 2 -> text(hostile.pick("[]", "\"x\"", "123", "null", "true", "[" + json + "]", "\"" + json + "\""),
                    "not an object");
            case 3 -> text("/* c */" + json, "comment");
            case 4 -> text(json.replaceFirst("\"", "'").replaceFirst("\"", "'"), "single quotes");
            case 5 -> text(json.replaceFirst("\"([a-zA-Z]+)\":", "$1:"), "unquoted name");
            case 6 -> text(json.replaceFirst(":", ":NaN,\"x\":"), "NaN literal");
            default -> text("\uFEFF\uFEFF" + json, "two byte-order marks");
        };
    }

    private Mutated put(ObjectNode doc, Field field, Value value) {
        set(doc, field, TextNode.valueOf(value.text()));
        return text(doc, value.what());
    }

    private Mutated raw(ObjectNode doc, Field field, Value literal) {
        set(doc, field, TextNode.valueOf(RAW));
        return text(write(doc).replace("\"" + RAW + "\"", literal.text()), literal.what() + " literal");
    }

    private static Mutated text(ObjectNode doc, String what) {
        return text(write(doc), what);
    }

    private static Mutated text(String body, String what) {
        return new Mutated(body.getBytes(StandardCharsets.UTF_8), what);
    }

    /** Sets the field's value, creating the objects on its path as needed. */
    static void set(ObjectNode doc, Field field, JsonNode value) {
        List<String> parts = field.parts();
        JsonNode parent = doc;
        for (String part : parts.subList(0, parts.size() - 1)) {
            JsonNode child = parent.isArray() ? parent.get(Integer.parseInt(part)) : parent.get(part);
            if (child == null || child.isNull()) {
                child = ((ObjectNode) parent).putObject(part);
            }
            parent = child;
        }
        ((ObjectNode) parent).set(field.name(), value);
    }

    private static JsonNode at(ObjectNode doc, List<String> parts) {
        JsonNode node = doc;
        for (String part : parts) {
            JsonNode child = node.isArray() ? node.get(Integer.parseInt(part)) : node.get(part);
            if (child == null || child.isNull()) {
                child = ((ObjectNode) node).putObject(part);
            }
            node = child;
        }
        return node;
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
