package io.triad.placement;

import io.triad.matching.Failure;
import io.triad.web.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * A 409 of the workflow that says which rules stood in the way ({@code failed}, as API.md's {@code Failure}): a
 * program the placement is not eligible for, a company program ({@code scope}), another currency
 * ({@code funding.currency}), wages or stacking at approval ({@code placement.wages}, {@code funding.stackable}), an
 * opening that has started ({@code opening.startDate}).
 */
class WorkflowConflict extends ProblemException {
    private final transient List<Failure> failed;

    WorkflowConflict(String detail, List<Failure> failed) {
        super(409, "Conflict", detail, Map.of());
        this.failed = List.copyOf(failed);
    }

    static WorkflowConflict of(String detail, Failure failure) {
        return new WorkflowConflict(detail, List.of(failure));
    }

    List<Failure> failed() {
        return failed;
    }
}
