package io.triad.placement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.triad.matching.Failure;
import io.triad.web.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problem document of a {@link WorkflowConflict}: web's problem with the failed rules added. On a page the plain
 * problem goes out, which the error pages show in the reader's language.
 */
class WorkflowProblems {

    /** RFC 9457 allows extension members: {@code failed} is this one. */
    @JsonPropertyOrder({"type", "title", "status", "detail", "failed"})
    record ConflictProblem(String type, String title, int status, String detail, List<Failure> failed) {
    }

    @ServerExceptionMapper
    Response conflict(WorkflowConflict e, UriInfo uri) {
        Object body = uri.getPath().startsWith("/api")
                ? new ConflictProblem("about:blank", e.title(), 409, e.getMessage(), e.failed())
                : new Problem("about:blank", e.title(), 409, e.getMessage());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
