package io.triad.round;

import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the rounds' requests and their shape checks (400 naming the field). */
final class RoundRequests {
    static final int MAX_CHOICES = 20;
    static final int MAX_NAME = 200;

    private RoundRequests() {
    }

    /** {@code POST /api/rounds}. */
    record Create(String name, List<String> openings, List<String> programs, String closesOn, Long seed) {
        Create checked() {
            if (name == null || name.isBlank()) {
                throw InvalidInput.of("name", ViolationCode.REQUIRED);
            }
            if (name.codePointCount(0, name.length()) > MAX_NAME) {
                throw InvalidInput.of("name", ViolationCode.TOO_LONG, MAX_NAME);
            }
            keys("openings", openings, true);
            keys("programs", programs == null ? List.of() : programs, false);
            date();
            return this;
        }

        LocalDate date() {
            if (closesOn == null) {
                throw InvalidInput.of("closesOn", ViolationCode.REQUIRED);
            }
            try {
                return LocalDate.parse(closesOn);
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("closesOn", ViolationCode.DATE);
            }
        }
    }

    /** {@code PUT /api/rounds/{id}/students/{key}}: the openings, best first. */
    record StudentRanking(List<String> openings) {
        StudentRanking checked() {
            keys("openings", openings, false);
            if (openings.size() > MAX_CHOICES) {
                throw InvalidInput.of("openings", ViolationCode.MAX_ITEMS, MAX_CHOICES);
            }
            return this;
        }
    }

    /** {@code PUT /api/rounds/{id}/openings/{key}}: the students, best first, or the engine's order. */
    record OpeningRanking(List<String> students, Boolean engineOrder) {
        OpeningRanking checked() {
            boolean engine = Boolean.TRUE.equals(engineOrder);
            if (engine == (students != null)) {
                throw InvalidInput.of("students", ViolationCode.ONE_OF, "students, engineOrder: true");
            }
            if (students != null) {
                keys("students", students, false);
            }
            return this;
        }
    }

    /** A list of keys: present, (non-empty when asked), each a non-blank string, no key twice. */
    static void keys(String field, List<String> keys, boolean nonEmpty) {
        if (keys == null) {
            throw InvalidInput.of(field, ViolationCode.REQUIRED);
        }
        if (nonEmpty && keys.isEmpty()) {
            throw InvalidInput.of(field, ViolationCode.REQUIRED);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null || key.isBlank()) {
                throw InvalidInput.of(field + "[" + i + "]", ViolationCode.NOT_BLANK);
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                throw InvalidInput.of(field + "[" + i + "]", ViolationCode.DUPLICATE_KEY, key, field + "[" + first + "]");
            }
        }
    }
}
