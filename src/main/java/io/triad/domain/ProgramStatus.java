package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum ProgramStatus {
    PUBLISHED, DRAFT, CLOSED
}
