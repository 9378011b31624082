package io.triad.matching;

import java.util.List;
import java.util.Locale;

/**
 * Why a student fits an opening, one code per kind of reason, with the API's English ({@code %1}, {@code %2} stand
 * for the arguments). Pages say the same code in the reader's language through the message bundles.
 */
public enum ReasonCode {
    /** Arguments: matched skills, the opening's skills (both counts). */
    SKILLS("%1 of %2 skills"),
    FIELD("field of study fits"),
    LEVEL("level of study fits"),
    AVAILABLE("available for the whole placement"),
    REMOTE("remote work"),
    REGION("lives in the startup's region"),
    COUNTRY("same country as the startup"),
    ABROAD("outside the startup's country"),
    /** Argument: the opening's work mode, which the student lists. */
    WORK_MODE("wants %1 work"),
    SECTOR("interested in the startup's sector");

    private final String english;

    ReasonCode(String english) {
        this.english = english;
    }

    /** The API's English with these arguments; a work mode is written in lower case ({@code "wants remote work"}). */
    String english(List<?> args) {
        String out = english;
        for (int i = args.size(); i >= 1; i--) {
            Object arg = args.get(i - 1);
            String text = arg instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(arg);
            out = out.replace("%" + i, text);
        }
        return out;
    }
}
