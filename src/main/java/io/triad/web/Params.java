package io.triad.web;

import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Query parameters parsed by hand, so a bad value is a 400 naming the parameter (JAX-RS would answer 404). */
public final class Params {
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Params() {
    }

    public static int integer(String raw, String name, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInput.of(name, ViolationCode.WHOLE_RANGE, min, max);
    }

    /** API.md's {@code limit}: 20 by default, 1 to 1000. */
    public static int limit(String raw) {
        return integer(raw, "limit", 20, 1, 1000);
    }

    public static LocalDate date(String raw, String name, LocalDate defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        LocalDate date = isoDate(raw.trim());
        if (date == null) {
            throw InvalidInput.of(name, ViolationCode.DATE);
        }
        return date;
    }

    /**
     * {@code YYYY-MM-DD} with a four-digit year, or null: {@link LocalDate#parse} also takes {@code +999999999-12-31},
     * a date whose next day cannot be computed.
     */
    public static LocalDate isoDate(String raw) {
        if (raw == null || !ISO_DATE.matcher(raw).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E enumValue(String raw, String name, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(raw.trim())).findFirst()
                .orElseThrow(() -> InvalidInput.of(name, ViolationCode.ONE_OF, ViolationCode.choices(type)));
    }

    public static boolean bool(String raw, String name) {
        if (raw == null || raw.isBlank() || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw InvalidInput.of(name, ViolationCode.BOOLEAN);
    }
}
