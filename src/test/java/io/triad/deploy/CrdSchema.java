package io.triad.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A custom resource's schema as its CRD defines it (openAPIV3Schema, copied from the operator's own CRD into
 * src/test/resources/k8s/crd/ with the descriptions removed; each file names its source). {@link #check} lists what a
 * manifest uses that the CRD does not define: an unknown field, a value of the wrong type or outside its enum, a
 * missing required field. The API server would prune an unknown field silently; here it fails.
 */
final class CrdSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String apiVersion;
    private final String kind;
    private final JsonNode schema;

    private CrdSchema(String apiVersion, String kind, JsonNode schema) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.schema = schema;
    }

    static CrdSchema load(String resource) {
        try (InputStream in = CrdSchema.class.getResourceAsStream("/k8s/crd/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No CRD schema " + resource);
            }
            JsonNode crd = JSON.readTree(in);
            return new CrdSchema(crd.get("apiVersion").asText(), crd.get("kind").asText(), crd.get("schema"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean describes(Map<String, Object> resource) {
        return apiVersion.equals(resource.get("apiVersion")) && kind.equals(resource.get("kind"));
    }

    /** The violations of {@code resource} (its metadata is the API server's, checked by the core model). */
    List<String> check(Map<String, Object> resource) {
        JsonNode node = JSON.valueToTree(resource);
        List<String> violations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = schema.path("properties").path(field.getKey());
            if (property.isMissingNode()) {
                violations.add(kind + "." + field.getKey() + ": not defined by the CRD");
            } else if (!field.getKey().equals("metadata")) {
                check(kind + "." + field.getKey(), field.getValue(), property, violations);
            }
        }
        return violations;
    }

    private static void check(String path, JsonNode value, JsonNode schema, List<String> violations) {
        if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false) && !schema.has("properties")) {
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isInt() && !value.isTextual()) {
                violations.add(path + ": neither an integer nor a string");
            }
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            violations.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> checkObject(path, value, schema, violations);
            case "array" -> {
                if (!value.isArray()) {
                    violations.add(path + ": not an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(path + "[" + i + "]", value.get(i), schema.path("items"), violations);
                }
            }
            case "string" -> expect(value.isTextual(), path, type, violations);
            case "integer" -> expect(value.isIntegralNumber(), path, type, violations);
            case "number" -> expect(value.isNumber(), path, type, violations);
            case "boolean" -> expect(value.isBoolean(), path, type, violations);
            default -> { }
        }
    }

    private static void checkObject(String path, JsonNode value, JsonNode schema, List<String> violations) {
        if (!value.isObject()) {
            violations.add(path + ": not an object");
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                violations.add(path + "." + required.asText() + ": required by the CRD, missing");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(at, field.getValue(), properties.get(field.getKey()), violations);
            } else if (additional.isObject()) {
                check(at, field.getValue(), additional, violations);
            } else if (!additional.asBoolean(false)
                    && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                violations.add(at + ": not defined by the CRD");
            }
        }
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void expect(boolean holds, String path, String type, List<String> violations) {
        if (!holds) {
            violations.add(path + ": not a " + type);
        }
    }
}
