package io.triad.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code violations} only for invalid input, in the API's English. {@code source}
 * keeps the violations as codes, so the error page can say them in the reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
        @JsonIgnore List<io.triad.domain.validation.Violation> source) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, null, null);
    }

    /** The problem for invalid input: every violation with its English message. */
    static Problem invalid(String detail, List<io.triad.domain.validation.Violation> violations) {
        return new Problem("about:blank", "Invalid input", 400, detail,
                violations.stream().map(v -> new Violation(v.field(), v.english())).toList(), violations);
    }

    /** A violation as the API writes it. */
    public record Violation(String field, String message) {
    }
}
