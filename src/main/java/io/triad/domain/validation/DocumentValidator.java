package io.triad.domain.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.config.TriadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates DATA.md documents as JSON trees, so every violation of every entity is reported at once,
 * and only then binds them to records.
 */
@ApplicationScoped
public class DocumentValidator {
    private final ObjectMapper mapper;
    private final TriadConfig config;

    DocumentValidator(ObjectMapper mapper, TriadConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * A checked import document: each list keeps the document's positions, with null for an entity
     * that is invalid; {@code violations} holds everything found so far.
     */
    public record ImportDocument(List<ProgramDoc> programs, List<StartupDoc> startups, List<StudentDoc> students,
            List<Violation> violations, Refs refs) {
    }

    /**
     * Keys, owners and opening keys as written, for every entity (valid or not), so references can be
     * checked and reported together with the other violations.
     */
    public record Refs(List<Ref> programs, List<Ref> startups, List<Ref> students) {
    }

    public record Ref(String key, String owner, List<String> openings) {
        /**
         * Only well-formed keys and emails (null for the others, whose violations are already recorded): references are
         * looked up in the database, which must never see a hostile value (PostgreSQL refuses NUL in text).
         */
        static Ref of(JsonNode node) {
            List<String> openings = new ArrayList<>();
            JsonNode list = node == null ? null : node.get("openings");
            if (list != null && list.isArray()) {
                list.forEach(o -> openings.add(key(o)));
            }
            return new Ref(key(node), email(node), openings);
        }

        private static String key(JsonNode node) {
            String key = text(node, "key");
            return key != null && Checker.KEY.matcher(key).matches() ? key : null;
        }

        private static String email(JsonNode node) {
            String email = text(node, "owner");
            return email != null && email.length() <= 320 && Characters.clean(email)
                    && Checker.EMAIL.matcher(email).matches() ? email : null;
        }

        private static String text(JsonNode node, String field) {
            return node != null && node.path(field).isTextual() ? node.get(field).textValue() : null;
        }
    }

    public ProgramDoc program(JsonNode node) {
        List<Violation> out = new ArrayList<>();
        DocumentRules.program(node, "", out);
        return bind(node, ProgramDoc.class, out);
    }

    public StartupDoc startup(JsonNode node) {
        List<Violation> out = new ArrayList<>();
        DocumentRules.startup(node, "", out, config.today());
        JsonNode openings = node == null ? null : node.get("openings");
        if (openings != null && openings.isArray()) {
            duplicates(openings, "openings", new HashMap<>(), out);
        }
        return bind(node, StartupDoc.class, out);
    }

    public StudentDoc student(JsonNode node) {
        List<Violation> out = new ArrayList<>();
        DocumentRules.student(node, "", out, config.today());
        return bind(node, StudentDoc.class, out);
    }

    /** Checks every entity of an import document; the caller adds its own checks and decides. */
    public ImportDocument document(JsonNode root) {
        List<Violation> out = new ArrayList<>();
        if (Checker.object(root, "", out, Set.of("programs", "startups", "students")) == null) {
            throw new InvalidInput(out);
        }
        JsonNode programs = array(root, "programs", out);
        JsonNode startups = array(root, "startups", out);
        JsonNode students = array(root, "students", out);
        List<ProgramDoc> programDocs = checkAll(programs, "programs", ProgramDoc.class, out,
                (node, path) -> DocumentRules.program(node, path, out));
        List<StartupDoc> startupDocs = checkAll(startups, "startups", StartupDoc.class, out,
                (node, path) -> DocumentRules.startup(node, path, out, config.today()));
        Map<String, String> openingKeys = new HashMap<>();
        for (int i = 0; i < startups.size(); i++) {
            JsonNode openings = startups.get(i) == null ? null : startups.get(i).get("openings");
            if (openings != null && openings.isArray()) {
                duplicates(openings, JsonPaths.child(JsonPaths.index("startups", i), "openings"), openingKeys, out);
            }
        }
        List<StudentDoc> studentDocs = checkAll(students, "students", StudentDoc.class, out,
                (node, path) -> DocumentRules.student(node, path, out, config.today()));
        duplicates(programs, "programs", new HashMap<>(), out);
        duplicates(startups, "startups", new HashMap<>(), out);
        duplicates(students, "students", new HashMap<>(), out);
        return new ImportDocument(programDocs, startupDocs, studentDocs, out,
                new Refs(refs(programs), refs(startups), refs(students)));
    }

    private static List<Ref> refs(JsonNode items) {
        List<Ref> refs = new ArrayList<>();
        items.forEach(item -> refs.add(Ref.of(item)));
        return refs;
    }

    /** Checks each item; binds those without violations, null for the others. */
    private <T> List<T> checkAll(JsonNode items, String name, Class<T> type, List<Violation> out,
            java.util.function.BiConsumer<JsonNode, String> rules) {
        List<T> docs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int before = out.size();
            rules.accept(items.get(i), JsonPaths.index(name, i));
            docs.add(out.size() == before ? convert(items.get(i), type) : null);
        }
        return docs;
    }

    private static JsonNode array(JsonNode root, String name, List<Violation> out) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!node.isArray()) {
            out.add(Violation.of(name, ViolationCode.ARRAY));
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        return node;
    }

    /** Flags a key seen before in {@code seen} (key to the path of its first use). */
    private static void duplicates(JsonNode items, String path, Map<String, String> seen, List<Violation> out) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode key = items.get(i) == null ? null : items.get(i).get("key");
            if (key != null && key.isTextual()) {
                String here = JsonPaths.child(JsonPaths.index(path, i), "key");
                String first = seen.putIfAbsent(key.textValue(), here);
                if (first != null) {
                    out.add(Violation.of(here, ViolationCode.DUPLICATE_KEY, key.textValue(), first));
                }
            }
        }
    }

    private <T> T bind(JsonNode node, Class<T> type, List<Violation> out) {
        if (!out.isEmpty()) {
            throw new InvalidInput(out);
        }
        return convert(node, type);
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            // The tree was validated first; reaching here means the rules and the records disagree.
            throw InvalidInput.of("(body)", ViolationCode.JSON_SHAPE, e.getOriginalMessage().split("\n")[0]);
        }
    }
}
