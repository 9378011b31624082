package io.triad.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every validation message Triad writes, as a stable code with its English text ({@code %1}, {@code %2} stand for
 * the arguments). The API's problem documents carry the English text as they always did; pages read the code and
 * arguments back from it ({@link #parse}) and say it in the reader's language ({@link ViolationText}).
 */
public enum ViolationCode {
    OBJECT("must be a JSON object"),
    UNKNOWN_PROPERTY("unknown property"),
    REQUIRED("is required"),
    GRADUATION_REQUIRED("is required when enrolment is GRADUATED"),
    STRING("must be a string"),
    NOT_BLANK("must not be blank"),
    TOO_LONG("must be at most %1 characters"),
    KEY("must be a key of lower-case letters, digits and '-' ([a-z0-9][a-z0-9-]{0,79})"),
    EMAIL("must be an email address"),
    REGION("must be an ISO 3166 code such as CA or CA-ON"),
    URL("must be an http(s) URL"),
    LANGUAGE("must be en or fr"),
    CURRENCY("must be an ISO 4217 currency code such as CAD"),
    ONE_OF("must be one of %1"),
    TEXT_ITEM("must be a non-empty string of at most %1 characters"),
    ARRAY("must be an array"),
    MAX_ITEMS("must have at most %1 items"),
    NUMBER("must be a number"),
    WHOLE_NUMBER("must be a whole number"),
    ORDER("must be >= %1 (%2)"),
    BETWEEN("must be between %1 and %2"),
    WHOLE_RANGE("must be a whole number from %1 to %2"),
    AT_LEAST("must be >= %1"),
    BOOLEAN("must be true or false"),
    DATE("must be a date YYYY-MM-DD"),
    NOT_FUTURE("must not be in the future"),
    PAST("must be in the past"),
    DUPLICATE_KEY("duplicate key '%1' (first at %2)"),
    KEY_TAKEN("is already used by another program"),
    KEY_MISMATCH("must equal the key in the path ('%1')"),
    FOREIGN_OPENING("opening '%1' belongs to another startup"),
    ONE_PROFILE("this account already owns a student profile"),
    OWNER_UNKNOWN("must be the email of an existing %1 account"),
    OWNER_FORBIDDEN("only operators may give what they import to another account"),
    ROLE("must be STARTUP, STUDENT or PROGRAM_ADMIN"),
    PASSWORD("must be 10 to 72 bytes long"),
    CSV_EMPTY("the file is empty: the first row must name the columns"),
    CSV_NO_ROWS("there are no programs below the header"),
    CSV_UNKNOWN_COLUMN("unknown column (see the documented header)"),
    CSV_COLUMN_TWICE("the column appears twice"),
    CSV_FIELD_COUNT("has %1 fields; the header has %2"),
    CSV_STRAY_QUOTE("a double quote inside a field that is not quoted"),
    CSV_AFTER_QUOTE("text after the closing double quote of a field"),
    CSV_UNCLOSED("a quoted field is not closed");

    private final String english;
    private final Pattern pattern;

    ViolationCode(String english) {
        this.english = english;
        StringBuilder regex = new StringBuilder("(?s)");
        Matcher m = Pattern.compile("%(\\d)").matcher(english);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(last, m.start()))).append("(.+?)");
            last = m.end();
        }
        this.pattern = Pattern.compile(regex.append(Pattern.quote(english.substring(last))).toString());
    }

    /** A message of this code and its arguments, read back from its English text. */
    public record Parsed(ViolationCode code, List<String> args) {
        public String arg(int i) {
            return i < args.size() ? args.get(i) : "";
        }
    }

    /** The English text with its arguments, as the API reports it. */
    public String text(Object... args) {
        String out = english;
        for (int i = args.length; i >= 1; i--) {
            out = out.replace("%" + i, String.valueOf(args[i - 1]));
        }
        return out;
    }

    /** The code and arguments of a message written by {@link #text}; empty for any other text. */
    public static Optional<Parsed> parse(String message) {
        if (message == null) {
            return Optional.empty();
        }
        // Declaration order settles overlaps: ORDER ("must be >= a (b)") is tried before AT_LEAST.
        for (ViolationCode code : values()) {
            Matcher m = code.pattern.matcher(message);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    args.add(m.group(i));
                }
                return Optional.of(new Parsed(code, List.copyOf(args)));
            }
        }
        return Optional.empty();
    }
}
