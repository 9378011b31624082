package io.triad.matching;

import io.triad.domain.ProgramDoc;
import io.triad.domain.StudentDoc;
import java.util.Set;

/**
 * API.md's privacy rules for a student's sensitive fields (birth date, work status, groups). A "privileged" viewer is
 * the student themself or an operator and gets exact answers. Anyone else (a startup owner, a program administrator)
 * gets answers that do not depend on those fields at all, so no number of questions can reveal them: the age and
 * work-status rules count as passed (the program is then {@link #isConditional conditional}), amounts use the standard
 * rate unless the student shares the enhanced one, and {@code enhancedPossible} depends on the program alone.
 */
public final class Privacy {
    /** Rules that test a sensitive field. */
    public static final Set<String> SENSITIVE_RULES = Set.of("student.minAge", "student.maxAge", "student.workStatus");

    private Privacy() {
    }

    /** Whether amounts for this student may use the enhanced rate for this viewer. */
    public static boolean mayUseEnhanced(StudentDoc student, boolean privilegedViewer) {
        return privilegedViewer || Boolean.TRUE.equals(student.shareEnhancedEligibility());
    }

    public static boolean isSensitive(Failure failure) {
        return SENSITIVE_RULES.contains(failure.rule());
    }

    /**
     * The failure without the student's value when the rule is sensitive: what a startup learns when it applies for a
     * conditional program (the rule that failed, never the birth date or work status behind it).
     */
    public static Failure withoutValue(Failure failure) {
        return isSensitive(failure) ? new Failure(failure.rule(), failure.kind(), failure.need(), null) : failure;
    }

    /**
     * Whether the program has a sensitive rule: for a viewer who is not privileged its eligibility is then only
     * likely, confirmed when the startup applies.
     */
    public static boolean isConditional(ProgramDoc program) {
        ProgramDoc.StudentRules rules = program.student();
        return RuleCheck.restricts(rules.workStatus()) || rules.minAge() != null || rules.maxAge() != null;
    }

    /** The JSON flag of a conditional program for this viewer: true, or absent. */
    static Boolean conditionalFlag(ProgramDoc program, boolean privilegedViewer) {
        return conditionalFlag(isConditional(program), privilegedViewer);
    }

    /** As above, for a program that {@link #isConditional is conditional} or not. */
    static Boolean conditionalFlag(boolean conditional, boolean privilegedViewer) {
        return !privilegedViewer && conditional ? Boolean.TRUE : null;
    }
}
