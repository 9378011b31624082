package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum WorkStatus {
    CITIZEN, PERMANENT_RESIDENT, PROTECTED_PERSON, INTERNATIONAL
}
