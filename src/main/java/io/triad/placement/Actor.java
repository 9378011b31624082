package io.triad.placement;

import io.triad.domain.Role;

/** Who made a state change, as a history entry says it: an account's role, or the system (a release). */
public enum Actor {
    STARTUP, STUDENT, PROGRAM_ADMIN, OPERATOR, SYSTEM;

    static Actor of(Role role) {
        return valueOf(role.name());
    }
}
