package io.triad.domain.validation;


import java.util.List;

/**
 * Every validation message Triad writes, as a stable code with its English text for the API ({@code %1}, {@code %2}
 * stand for the arguments). Pages say the same code in the reader's language through the {@code val} bundle.
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
    ONE_OF("must be one of [%1]"),
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
    PASSWORD("must be 10 to 1024 bytes long"),
    PASSWORD_COMMON("is one of the most common passwords; choose another"),
    JSON_UNKNOWN_PROPERTY("unknown property '%1'"),
    JSON_INVALID_VALUE("invalid value %1 for type %2"),
    JSON_SHAPE("wrong type or shape: %1"),
    CONSTRAINT("%1"),
    OWNER_IMPORT_ONLY("is set by import only"),
    OWNER_OPERATOR_ONLY("only operators may set the owner"),
    OPENING_KEY_TAKEN("opening key '%1' belongs to another startup"),
    SORT("must be score, amount or total"),
    PARTIES_REQUIRED("opening and student (or startup) are required"),
    QUERY_SYNTAX("%1"),
    EMAIL_TAKEN("is already used by another account"),
    THROTTLED("too many attempts; try again later"),
    CSV_EMPTY("the file is empty: the first row must name the columns"),
    CSV_NO_ROWS("there are no programs below the header"),
    CSV_UNKNOWN_COLUMN("unknown column (see the documented header)"),
    CSV_COLUMN_TWICE("the column appears twice"),
    CSV_FIELD_COUNT("has %1 fields; the header has %2"),
    CSV_STRAY_QUOTE("a double quote inside a field that is not quoted"),
    CSV_AFTER_QUOTE("text after the closing double quote of a field"),
    CSV_UNCLOSED("a quoted field is not closed"),
    TEXT_CHARACTERS("must not contain control characters, invisible formatting or invalid Unicode (%1 at position %2)"),
    NUMBER_DIGITS("must be a finite number with at most %1 digits before the decimal point and %2 after"),
    ENCODING("must be UTF-8, percent-encoded"),
    CURRENCY_LOCKED("cannot change while the program has approved applications (%1)"),
    POSITIONS_BELOW_PLACEMENTS("must be at least %1, the opening's active placements");

    private final String english;

    ViolationCode(String english) {
        this.english = english;
    }

    /** The API's English text with its arguments ({@code %1}, {@code %2} in order). */
    public String english(List<String> args) {
        String out = english;
        for (int i = args.size(); i >= 1; i--) {
            out = out.replace("%" + i, args.get(i - 1));
        }
        return out;
    }

    /** The constants of an enumeration as {@link #ONE_OF} lists them: {@code A, B, C}. */
    public static String choices(Class<? extends Enum<?>> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** The English text with these arguments. */
    public String text(Object... args) {
        return english(java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
