package io.triad.matching;

import io.triad.domain.StudentDoc;
import java.util.List;
import java.util.Set;

/**
 * The privacy rules of API.md for match results. A "privileged" viewer is the student themself or an operator;
 * anyone else (a startup owner, a program administrator) sees neither the enhanced rate of a student who did not
 * share it nor near misses that would reveal age or work status.
 */
public final class Privacy {
    /** Rules whose failure reveals a sensitive field (birth date, work status). */
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

    /** The failure as this viewer may see it: others learn that a sensitive rule failed, never the student's value. */
    public static Failure visible(Failure failure, boolean privilegedViewer) {
        return privilegedViewer || !isSensitive(failure) ? failure : failure.withoutHave();
    }

    /** Whether the failures are a near miss this viewer may see: near misses on sensitive rules only privileged. */
    public static boolean isVisibleNearMiss(List<Failure> failed, boolean privilegedViewer) {
        return Eligibility.isNearMiss(failed) && (privilegedViewer || failed.stream().noneMatch(Privacy::isSensitive));
    }
}
