package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum WorkMode {
    ONSITE, HYBRID, REMOTE
}
