package io.triad.web;

import java.util.List;
import java.util.Map;

/** Thrown anywhere a request must end in a problem document; mapped in {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.violations = violations;
        this.headers = headers;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail, null, Map.of());
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(400, "Invalid input",
                violations.size() + " violation(s); nothing was changed", List.copyOf(violations), Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, null, Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null, Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null, Map.of());
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "Too many requests", detail, null,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
