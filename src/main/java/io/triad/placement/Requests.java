package io.triad.placement;

import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.web.ProblemException;
import java.util.UUID;

/** The JSON bodies of the workflow's requests, their checks (400 naming the field), and ids from paths. */
final class Requests {
    static final int MAX_TEXT = 2000;

    private Requests() {
    }

    /** {@code POST /api/openings/{key}/invitations}: the student's key and an optional message (≤ 2,000 characters). */
    record Invite(String student, String message) {
        Invite checked() {
            required("student", student);
            atMost("message", message);
            return this;
        }
    }

    /** {@code POST /api/placements/{id}/applications}: the program's key. */
    record Apply(String program) {
        Apply checked() {
            required("program", program);
            return this;
        }
    }

    /** {@code POST /api/applications/{id}/refuse}: the reason the startup will read, 1 to 2,000 characters. */
    record Refuse(String reason) {
        Refuse checked() {
            required("reason", reason);
            atMost("reason", reason);
            return this;
        }
    }

    /** A body that is required: an empty request is a 400 naming its first field. */
    static <T> T body(T body, String firstField) {
        if (body == null) {
            throw InvalidInput.of(firstField, ViolationCode.REQUIRED);
        }
        return body;
    }

    /** An id from a path: malformed ids name nothing, so they are 404 like unknown ones. */
    static UUID id(String raw, String what) {
        try {
            UUID id = UUID.fromString(raw);
            if (id.toString().equalsIgnoreCase(raw)) {
                return id;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // answered below
        }
        throw ProblemException.notFound("No " + what + " '" + raw + "'");
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, ViolationCode.REQUIRED);
        }
    }

    private static void atMost(String field, String value) {
        if (value != null && value.codePointCount(0, value.length()) > MAX_TEXT) {
            throw InvalidInput.of(field, ViolationCode.TOO_LONG, MAX_TEXT);
        }
    }
}
