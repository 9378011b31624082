package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum Sector {
    SOFTWARE, HARDWARE, CLEANTECH, LIFE_SCIENCES, FINTECH, AGRIFOOD, ADVANCED_MANUFACTURING, MEDIA, EDUCATION, SOCIAL_IMPACT, OTHER
}
