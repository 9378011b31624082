package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum Enrolment {
    ENROLLED_FULL_TIME, ENROLLED_PART_TIME, GRADUATED, NOT_ENROLLED
}
