package io.triad.program;

import io.triad.program.RuleFields.Kind;
import io.triad.program.RuleFields.Spec;
import io.triad.web.Problem.Violation;
import io.triad.web.ProgramMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the document validator's violations (paths such as {@code employer.maxHeadcount} or
 * {@code regions[1]}) into messages in the reader's language, keyed by the rule builder's field names.
 */
final class FormErrors {
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final Pattern BETWEEN = Pattern.compile("must be between (\\S+) and (\\S+)");
    private static final Pattern ORDER = Pattern.compile("must be >= ([A-Za-z.]+) \\(.*\\)");
    private static final Pattern AT_LEAST = Pattern.compile("must be >= (\\S+)");
    private static final Pattern TOO_LONG = Pattern.compile("must be at most (\\d+) characters");

    private FormErrors() {
    }

    /** The first message per field, in the order of the violations; paths that are no field are kept as they are. */
    static Map<String, String> of(List<Violation> violations, ProgramWording w) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : violations) {
            String field = INDEX.matcher(v.field()).replaceAll("");
            errors.putIfAbsent(field, message(field, v.message(), w.m()));
        }
        return errors;
    }

    static String message(String field, String message, ProgramMessages m) {
        if (message.equals("is required") || message.equals("must not be blank")) {
            return m.err_required();
        }
        if (message.startsWith("is already used")) {
            return m.err_key_taken();
        }
        Matcher order = ORDER.matcher(message);
        if (order.matches()) {
            String other = RuleFields.byName(order.group(1)).map(s -> s.label().apply(m)).orElse(order.group(1));
            boolean date = RuleFields.byName(field).map(s -> s.kind() == Kind.DATE).orElse(false);
            return date ? m.err_order_date(other) : m.err_order(other);
        }
        Matcher between = BETWEEN.matcher(message);
        if (between.matches()) {
            return m.err_range(between.group(1), between.group(2));
        }
        Matcher atLeast = AT_LEAST.matcher(message);
        if (atLeast.matches()) {
            return m.err_min(atLeast.group(1));
        }
        Matcher tooLong = TOO_LONG.matcher(message);
        if (tooLong.matches()) {
            return m.err_too_long(tooLong.group(1));
        }
        return pattern(message, m).orElse(m.err_invalid());
    }

    private static Optional<String> pattern(String message, ProgramMessages m) {
        String text = null;
        if (message.equals("must be a number")) {
            text = m.err_number();
        } else if (message.equals("must be a whole number")) {
            text = m.err_whole();
        } else if (message.startsWith("must be a date")) {
            text = m.err_date();
        } else if (message.contains("ISO 3166")) {
            text = m.err_region();
        } else if (message.contains("ISO 4217")) {
            text = m.err_currency();
        } else if (message.contains("http(s) URL")) {
            text = m.err_url();
        } else if (message.startsWith("must be a key")) {
            text = m.err_key();
        } else if (message.startsWith("must be one of") || message.equals("must be en or fr")) {
            text = m.err_choice();
        }
        return Optional.ofNullable(text);
    }

    /** The summary entries: the field's label and message, linking to the field (or to nothing for other paths). */
    static List<ProgramFieldError> summary(Map<String, String> errors, ProgramMessages m) {
        return errors.entrySet().stream().map(e -> {
            Optional<Spec> spec = RuleFields.byName(e.getKey());
            return spec.map(s -> new ProgramFieldError(s.id(), m.err_item(s.label().apply(m), e.getValue())))
                    .orElse(new ProgramFieldError(null, m.err_item(e.getKey(), e.getValue())));
        }).toList();
    }
}
