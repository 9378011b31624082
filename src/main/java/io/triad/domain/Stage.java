package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum Stage {
    IDEA, PRE_SEED, SEED, SERIES_A, GROWTH
}
