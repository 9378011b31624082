package io.triad.program.admin;

import io.triad.domain.validation.Violation;
import io.triad.program.ProgramFieldError;
import io.triad.program.ProgramWording;

import io.triad.program.admin.RuleFields.Kind;
import io.triad.program.admin.RuleFields.Spec;
import io.triad.program.ProgramMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the document validator's violations (paths such as {@code employer.maxHeadcount} or
 * {@code regions[1]}) into messages in the reader's language, keyed by the rule builder's field names.
 */
final class FormErrors {
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private FormErrors() {
    }

    /** The first message per field, in the order of the violations; paths that are no field are kept as they are. */
    static Map<String, String> of(List<Violation> violations, ProgramWording w) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : violations) {
            String field = INDEX.matcher(v.field()).replaceAll("");
            // like the other forms, the message beside a field names it ("Currency: Enter a three-letter code…")
            String message = message(field, v, w.m());
            errors.putIfAbsent(field, RuleFields.byName(field).map(s -> w.m().err_item(s.label().apply(w.m()), message))
                    .orElse(message));
        }
        return errors;
    }

    static String message(String field, Violation v, ProgramMessages m) {
        return switch (v.code()) {
            case REQUIRED, NOT_BLANK -> m.err_required();
            case KEY_TAKEN -> m.err_key_taken();
            case ORDER -> {
                String other = RuleFields.byName(v.arg(0)).map(s -> s.label().apply(m)).orElse(v.arg(0));
                boolean date = RuleFields.byName(field).map(s -> s.kind() == Kind.DATE).orElse(false);
                yield date ? m.err_order_date(other) : m.err_order(other);
            }
            case BETWEEN, WHOLE_RANGE -> m.err_range(v.arg(0), v.arg(1));
            case AT_LEAST -> m.err_min(v.arg(0));
            case TOO_LONG -> m.err_too_long(v.arg(0));
            case NUMBER -> m.err_number();
            case WHOLE_NUMBER -> m.err_whole();
            case DATE -> m.err_date();
            case REGION -> m.err_region();
            case CURRENCY -> m.err_currency();
            case URL -> m.err_url();
            case KEY -> m.err_key();
            case ONE_OF, LANGUAGE -> m.err_choice();
            default -> m.err_invalid();
        };
    }

    /** The summary entries: the field's label and message, linking to the field (or to nothing for other paths). */
    static List<ProgramFieldError> summary(Map<String, String> errors, ProgramMessages m) {
        return errors.entrySet().stream().map(e -> {
            Optional<Spec> spec = RuleFields.byName(e.getKey());
            return spec.map(s -> new ProgramFieldError(s.id(), e.getValue()))
                    .orElse(new ProgramFieldError(null, m.err_item(e.getKey(), e.getValue())));
        }).toList();
    }
}
