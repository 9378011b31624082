package io.triad.program;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** One option of a select or of a group of checkboxes. */
public record ProgramChoice(String value, String label, boolean selected) {

    /** Every constant of {@code type}, labelled, with those in {@code chosen} selected. */
    public static List<ProgramChoice> of(Class<? extends Enum<?>> type, Collection<String> chosen, ProgramWording w) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new ProgramChoice(e.name(), w.label(e), chosen.contains(e.name()))).toList();
    }
}
