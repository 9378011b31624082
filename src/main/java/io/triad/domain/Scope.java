package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum Scope {
    PLACEMENT, COMPANY
}
