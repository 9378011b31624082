package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum Level {
    COLLEGE, BACHELOR, MASTER, PHD
}
