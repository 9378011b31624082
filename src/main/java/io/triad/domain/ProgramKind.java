package io.triad.domain;

/** DATA.md enumeration; JSON uses the constant names. */
public enum ProgramKind {
    WAGE_SUBSIDY, TAX_CREDIT, INTERNSHIP_GRANT, GRANT, LOAN, VOUCHER
}
