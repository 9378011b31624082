package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum Role {
    STARTUP, STUDENT, PROGRAM_ADMIN, OPERATOR
}
