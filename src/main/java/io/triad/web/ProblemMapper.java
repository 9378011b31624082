package io.triad.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.triad.account.LoginThrottledException;
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

    @ServerExceptionMapper
    Response problem(ProblemException e) {
        return respond(e.status(), e.title(), e.getMessage(), e.violations(), e.headers());
    }

    @ServerExceptionMapper
    Response notFound(NoSuchElementException e) {
        return respond(404, "Not found", e.getMessage(), null, Map.of());
    }

    @ServerExceptionMapper(priority = 1)
    Response malformed(JsonParseException e) {
        return respond(400, "Malformed JSON", "The body is not valid JSON: " + e.getOriginalMessage(), null, Map.of());
    }

    @ServerExceptionMapper(priority = 1)
    Response unmappable(JsonMappingException e) {
        String field = JsonPaths.of(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown property '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f) {
            message = "invalid value " + JsonPaths.quote(f.getValue()) + " for type " + f.getTargetType().getSimpleName();
        } else {
            message = "wrong type or shape: " + e.getOriginalMessage().split("\n")[0];
        }
        return respond(400, "Invalid input", message, List.of(new Problem.Violation(field, message)), Map.of());
    }

    @ServerExceptionMapper
    Response constraint(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(JsonPaths.fromPropertyPath(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(400, "Invalid input", violations.size() + " violation(s)", violations, Map.of());
    }

    @ServerExceptionMapper
    Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof LoginThrottledException throttled) {
                return throttled(throttled);
            }
        }
        return challenge(uri);
    }

    @ServerExceptionMapper
    Response throttled(LoginThrottledException e) {
        return respond(429, "Too many requests", e.getMessage(), null,
                Map.of("Retry-After", Long.toString(e.retryAfterSeconds())));
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return respond(403, "Forbidden", "This account may not do that", null, Map.of());
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
        }
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        if (status >= 500) {
            Log.error("Request failed", e);
            return respond(status, title, "The server could not complete the request", null, Map.of());
        }
        return respond(status, title, e.getMessage(), null, Map.of());
    }

    @ServerExceptionMapper
    Response unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // A unique constraint met by a race the checks before it could not see: nothing was changed.
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c) {
                Log.warnf("Constraint %s refused a write", c.getConstraintName());
                return respond(409, "Conflict", "The change conflicts with existing data; nothing was changed",
                        null, Map.of());
            }
        }
        Log.error("Unexpected failure", e);
        return respond(500, "Internal error", "The server could not complete the request", null, Map.of());
    }

    private static Response challenge(UriInfo uri) {
        String path = uri.getPath();
        if (!path.startsWith("/api")) {
            return Response.seeOther(URI.create("/login?next=" + java.net.URLEncoder.encode(
                    uri.getRequestUri().getRawPath(), java.nio.charset.StandardCharsets.UTF_8))).build();
        }
        return respond(401, "Unauthorized", "Sign in: a session cookie or HTTP Basic credentials are needed", null,
                Map.of("WWW-Authenticate", "Basic realm=\"Triad\""));
    }

    static Response respond(int status, String title, String detail, List<Problem.Violation> violations,
            Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, violations));
        headers.forEach(builder::header);
        return builder.build();
    }
}
