package io.triad.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.JsonPaths;
import io.triad.domain.validation.Violation;
import io.triad.domain.validation.ViolationCode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problems (API) or redirects to the log-in page. */
class ProblemMapper {
    private static final java.util.Set<String> PERCENT_DECODERS = java.util.Set.of(java.net.URLDecoder.class.getName(),
            "org.jboss.resteasy.reactive.common.util.URLUtils");

    @ServerExceptionMapper
    Response problem(ProblemException e) {
        return respond(e.status(), e.title(), e.getMessage(), e.headers());
    }

    @ServerExceptionMapper
    Response invalid(InvalidInput e) {
        return invalid(e.getMessage(), e.violations());
    }

    @ServerExceptionMapper
    Response notFound(NoSuchElementException e) {
        return respond(404, "Not found", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper(priority = 1)
    Response malformed(JsonParseException e) {
        return respond(400, "Malformed JSON", "The body is not valid JSON: " + e.getOriginalMessage(), Map.of());
    }

    /** A body over the parser's limits (nesting, number length): bad input like any malformed JSON. */
    @ServerExceptionMapper(priority = 2)
    Response unreadable(JsonProcessingException e) {
        return respond(400, "Malformed JSON", "The body is not acceptable JSON: " + e.getOriginalMessage(), Map.of());
    }

    /** Named for itself: Quarkus maps this type with a JSON body of its own, not a problem document. */
    @ServerExceptionMapper(priority = 1)
    Response mismatched(MismatchedInputException e) {
        return unmappable(e);
    }

    @ServerExceptionMapper(priority = 1)
    Response unmappable(JsonMappingException e) {
        String field = JsonPaths.of(e.getPath());
        Violation violation;
        if (e instanceof UnrecognizedPropertyException u) {
            violation = Violation.of(field, ViolationCode.JSON_UNKNOWN_PROPERTY, u.getPropertyName());
        } else if (e instanceof InvalidFormatException f) {
            violation = Violation.of(field, ViolationCode.JSON_INVALID_VALUE, JsonPaths.quote(f.getValue()),
                    f.getTargetType().getSimpleName());
        } else {
            violation = Violation.of(field, ViolationCode.JSON_SHAPE, e.getOriginalMessage().split("\n")[0]);
        }
        return invalid(violation.english(), List.of(violation));
    }

    @ServerExceptionMapper
    Response constraint(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> Violation.of(JsonPaths.fromPropertyPath(v.getPropertyPath().toString()), ViolationCode.CONSTRAINT,
                        v.getMessage()))
                .toList();
        return invalid(violations.size() + " violation(s)", violations);
    }

    @ServerExceptionMapper
    Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            // a refused log-in that was throttled says so (429 with Retry-After), not "sign in"
            if (cause instanceof ProblemException throttled) {
                return problem(throttled);
            }
        }
        return challenge(uri);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return respond(403, "Forbidden", "This account may not do that", Map.of());
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformed(parse);
            }
            if (cause instanceof JsonMappingException mapping) {
                return unmappable(mapping);
            }
            if (cause instanceof JsonProcessingException unreadable) {
                return unreadable(unreadable);
            }
        }
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        if (status >= 500) {
            Log.error("Request failed", LogSafe.of(e));
            return respond(status, title, "The server could not complete the request", Map.of());
        }
        return respond(status, title, e.getMessage(), Map.of());
    }

    /**
     * A form body or an address that is not valid percent-encoding ({@code name=a%zz}): the decoders that read them
     * (the JDK's, RESTEasy's) refuse it with this exception. Bad input, not a failure; any other illegal argument still
     * is one.
     */
    @ServerExceptionMapper
    Response illegalArgument(IllegalArgumentException e) {
        StackTraceElement[] where = e.getStackTrace();
        for (int i = 0; i < Math.min(3, where.length); i++) {
            if (PERCENT_DECODERS.contains(where[i].getClassName())) {
                Violation violation = Violation.of("(request)", ViolationCode.ENCODING);
                return invalid(violation.english(), List.of(violation));
            }
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    Response unexpected(Exception e) {
        java.util.Optional<String> conflict = DatabaseConflicts.of(e);
        if (conflict.isPresent()) {
            Log.warnf("A concurrent change refused a write: %s", conflict.get());
            return respond(409, "Conflict", "Another change to the same data came first; nothing was changed: "
                    + "try again", Map.of());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // The last line of defence: validation lets no value through that PostgreSQL refuses (SQLSTATE class 22,
            // "data exception": NUL in text, a numeric overflow), but if one ever slips by, it is still bad input.
            if (cause instanceof org.hibernate.exception.DataException d) {
                Log.warnf("The database refused a value (SQLSTATE %s); nothing was changed", d.getSQLState());
                return respond(400, "Bad request", "A value was refused; nothing was changed", Map.of());
            }
        }
        if (DatabaseConflicts.unavailable(e)) {
            Log.warn("The database is unavailable", LogSafe.of(e));
            return respond(503, "Service unavailable", "The database cannot be reached; nothing was changed: try again "
                    + "later", Map.of());
        }
        Log.error("Unexpected failure", LogSafe.of(e));
        return respond(500, "Internal error", "The server could not complete the request", Map.of());
    }

    private static Response challenge(UriInfo uri) {
        String path = uri.getPath();
        if (ErrorPages.isPage(path)) {
            return Response.seeOther(URI.create("/login?next=" + java.net.URLEncoder.encode(
                    uri.getRequestUri().getRawPath(), java.nio.charset.StandardCharsets.UTF_8))).build();
        }
        return respond(401, "Unauthorized", "Sign in: a session cookie or HTTP Basic credentials are needed",
                Map.of("WWW-Authenticate", "Basic realm=\"Triad\""));
    }

    static Response respond(int status, String title, String detail, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail));
        headers.forEach(builder::header);
        return builder.build();
    }

    private static Response invalid(String detail, List<Violation> violations) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.invalid(detail, violations)).build();
    }
}
