package io.triad.placement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.triad.matching.Failure;
import io.triad.web.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problem document of a {@link WorkflowConflict}: web's problem with the failed rules added. */
class WorkflowProblems {

    /** RFC 9457 allows extension members: {@code failed} is this one. */
    @JsonPropertyOrder({"type", "title", "status", "detail", "failed"})
    record ConflictProblem(String type, String title, int status, String detail, List<Failure> failed) {
    }

    @ServerExceptionMapper
    Response conflict(WorkflowConflict e) {
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new ConflictProblem("about:blank", e.title(), 409, e.getMessage(), e.failed())).build();
    }
}
