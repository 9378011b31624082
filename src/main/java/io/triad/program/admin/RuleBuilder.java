package io.triad.program.admin;

import io.triad.program.ProgramChoice;
import io.triad.program.ProgramFieldError;
import io.triad.program.ProgramWording;

import io.triad.domain.ProgramStatus;
import io.triad.program.admin.RuleFields.Kind;
import io.triad.program.admin.RuleFields.Spec;
import io.triad.program.ProgramMessages;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The rule builder page: every field with its label, hint, value as typed and error, grouped in fieldsets. */
record RuleBuilder(boolean isNew, String key, String title, String action, String status, String statusLabel,
        List<Section> sections, List<ProgramFieldError> errors) {

    record Section(String id, String legend, String hint, List<FieldView> fields) {
    }

    /** One input; {@code kind} is the input type, or select, textarea, checks (a checkbox group) or checkbox. */
    record FieldView(String id, String name, String kind, String label, String hint, String value, boolean checked,
            List<ProgramChoice> options, String error, String min, String max, String step) {

        public String describedBy() {
            return ((hint == null ? "" : id + "-hint ") + (error == null ? "" : id + "-error")).trim();
        }
    }

    /** {@code status} is the stored program's (null for a new one); {@code name} its stored name. */
    static RuleBuilder of(ProgramForm form, Map<String, String> errors, String key, String name, ProgramStatus status,
            ProgramWording w) {
        ProgramMessages m = w.m();
        boolean isNew = status == null;
        List<Section> sections = RuleFields.SECTIONS.stream()
                .map(s -> new Section(s.id(), s.legend().apply(m), s.placementOnly() ? m.hint_placement_only() : null,
                        s.specs().stream()
                        .filter(spec -> isNew || spec.kind() != Kind.KEY)
                        .map(spec -> field(spec, form, errors.get(spec.name()), w)).toList()))
                .toList();
        return new RuleBuilder(isNew, key, isNew ? m.edit_title_new() : m.edit_title(name),
                isNew ? "/admin/programs/new" : "/admin/programs/" + key + "/edit",
                isNew ? "" : status.name(), isNew ? "" : w.label(status), sections, FormErrors.summary(errors, m));
    }

    private static FieldView field(Spec spec, ProgramForm form, String error, ProgramWording w) {
        ProgramMessages m = w.m();
        String hint = spec.hint() == null ? null : spec.hint().apply(m);
        String value = form.value(spec.name());
        List<ProgramChoice> options = switch (spec.kind()) {
            case CHECKS, CHOICE -> ProgramChoice.of(spec.type(), new HashSet<>(form.values(spec.name())), w);
            case LANGUAGE -> List.of(new ProgramChoice("en", m.lang_en(), !"fr".equals(value)),
                    new ProgramChoice("fr", m.lang_fr(), "fr".equals(value)));
            case YES_NO -> List.of(new ProgramChoice("true", m.yes(), "true".equals(value)),
                    new ProgramChoice("false", m.no(), "false".equals(value)));
            default -> List.of();
        };
        return new FieldView(spec.id(), spec.name(), inputKind(spec.kind()), spec.label().apply(m), hint, value,
                "true".equals(value), options, error, spec.numeric() ? "0" : null,
                spec.kind() == Kind.PERCENT ? "100" : null, step(spec.kind()));
    }

    private static String inputKind(Kind kind) {
        return switch (kind) {
            case WHOLE, DECIMAL, PERCENT, MONEY -> "number";
            case DATE -> "date";
            case URL -> "url";
            case TEXTAREA -> "textarea";
            case CHOICE, LANGUAGE, YES_NO -> "select";
            case CHECKS -> "checks";
            case FLAG -> "checkbox";
            default -> "text";
        };
    }

    private static String step(Kind kind) {
        return switch (kind) {
            case WHOLE -> "1";
            case MONEY -> "0.01";
            case DECIMAL, PERCENT -> "any";
            default -> null;
        };
    }
}
