package io.triad.placement;

import java.util.EnumSet;
import java.util.Set;

/**
 * WORKFLOW.md: {@code PENDING → APPROVED | WAITLISTED}; {@code PENDING | WAITLISTED → REFUSED};
 * {@code PENDING | WAITLISTED | APPROVED → WITHDRAWN}; {@code WAITLISTED → PENDING} by the system.
 */
public enum ApplicationStatus {
    PENDING, APPROVED, WAITLISTED, REFUSED, WITHDRAWN;

    /** States that hold a place in "one live application per (placement, program)". */
    static final Set<ApplicationStatus> LIVE = EnumSet.of(PENDING, APPROVED, WAITLISTED);

    /** The SQL list of the live states, for queries. */
    static final String LIVE_SQL = "('PENDING', 'APPROVED', 'WAITLISTED')";
}
