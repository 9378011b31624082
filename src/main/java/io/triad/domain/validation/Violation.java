package io.triad.domain.validation;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an input: where ({@code field}, a path such as {@code programs[0].employer.maxHeadcount}),
 * what ({@code code}) and its arguments. Text is written only at the edge: English for the API
 * ({@link ViolationCode#english}), the reader's language on pages.
 */
public record Violation(String field, ViolationCode code, List<String> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, ViolationCode code, Object... args) {
        return new Violation(field, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The {@code i}-th argument, "" when there is none. */
    public String arg(int i) {
        return i < args.size() ? args.get(i) : "";
    }

    /** The API's English text of this violation. */
    public String english() {
        return code.english(args);
    }
}
