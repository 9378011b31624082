package io.triad.matching;

import com.fasterxml.jackson.annotation.JsonValue;
import io.triad.domain.WorkMode;
import java.util.List;
import java.util.Objects;

/**
 * One reason a student fits an opening: a {@link ReasonCode} and its arguments (counts, a work mode). The API writes
 * its English ({@link #english}); pages say it in the reader's language.
 */
public record Reason(ReasonCode code, List<?> args) {

    public Reason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Reason of(ReasonCode code) {
        return new Reason(code, List.of());
    }

    public static Reason skills(int matched, int total) {
        return new Reason(ReasonCode.SKILLS, List.of(matched, total));
    }

    public static Reason wants(WorkMode mode) {
        return new Reason(ReasonCode.WORK_MODE, List.of(mode));
    }

    /** The {@code i}-th argument as a whole number (the counts of {@link ReasonCode#SKILLS}). */
    public int count(int i) {
        return ((Number) args.get(i)).intValue();
    }

    /** The work mode of {@link ReasonCode#WORK_MODE}. */
    public WorkMode workMode() {
        return (WorkMode) args.get(0);
    }

    /** The reason as the API writes it ({@code "2 of 4 skills"}), rendered here only. */
    @JsonValue
    public String english() {
        return code.english(args);
    }
}
