package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum EquityGroup {
    WOMAN_IN_STEM, INDIGENOUS, PERSON_WITH_DISABILITY, NEWCOMER, VISIBLE_MINORITY, FIRST_YEAR_STUDENT
}
