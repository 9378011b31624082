package io.triad.placement;

import java.util.UUID;

/**
 * One state change of the workflow, fired (synchronously, inside the transaction that made it) for every history
 * entry: features that react to the workflow (notifications) observe it without this package knowing them, and what
 * they write commits or rolls back with the change. {@code from} is null on creation.
 */
public record WorkflowChanged(Subject subject, UUID id, Actor by, String from, String to) {
    /** What changed. */
    public enum Subject {
        INVITATION, PLACEMENT, APPLICATION
    }
}
