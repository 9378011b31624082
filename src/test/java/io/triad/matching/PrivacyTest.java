package io.triad.matching;

import static io.triad.matching.Docs.AS_OF;
import static io.triad.matching.Docs.date;
import static io.triad.matching.Docs.dec;
import static io.triad.matching.Docs.opening;
import static io.triad.matching.Docs.program;
import static io.triad.matching.Docs.startup;
import static io.triad.matching.Docs.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.EquityGroup;
import io.triad.domain.Level;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkStatus;
import io.triad.matching.Failure.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyTest {
    private static final StudentDoc PRIVATE = student();
    private static final StudentDoc SHARING = student(t -> t.shareEnhancedEligibility = true);

    private static PlacementVerdict seenBy(ProgramDoc program, StudentDoc student, boolean privileged) {
        return Eligibility.placement(program, 0, startup(), opening(), student, AS_OF,
                Privacy.mayUseEnhanced(student, privileged));
    }

    @Test
    void studentAndOperatorsMayAlwaysSeeTheEnhancedRate() {
        assertThat(Privacy.mayUseEnhanced(PRIVATE, true)).isTrue();
    }

    @Test
    void othersMaySeeTheEnhancedRateOnlyWhenTheStudentSharesIt() {
        assertThat(Privacy.mayUseEnhanced(PRIVATE, false)).isFalse();
        assertThat(Privacy.mayUseEnhanced(SHARING, false)).isTrue();
    }

    @Test
    void othersSeeTheStandardAmountWithEnhancedPossibleWhenTheStudentDoesNotShare() {
        var verdict = seenBy(Docs.swpp(), PRIVATE, false);

        assertThat(verdict.amount()).isEqualTo(new Amount(dec("5000"), "CAD"));
        assertThat(verdict.enhancedPossible()).isTrue();
    }

    @Test
    void othersSeeTheEnhancedAmountWhenTheStudentShares() {
        var verdict = seenBy(Docs.swpp(), SHARING, false);

        assertThat(verdict.amount()).isEqualTo(new Amount(dec("7000"), "CAD"));
        assertThat(verdict.enhancedPossible()).isFalse();
    }

    @Test
    void studentOutsideTheEnhancedGroupsHasNoEnhancedPossibility() {
        var verdict = seenBy(Docs.swpp(), student(t -> t.groups = List.of()), false);

        assertThat(verdict.amount()).isEqualTo(new Amount(dec("5000"), "CAD"));
        assertThat(verdict.enhancedPossible()).isFalse();
    }

    @Test
    void enhancedPossibleIsNotShownWhenTheEnhancedAmountWouldBeTheSame() {
        var flat = program(p -> {
            p.flat = dec("3000");
            p.enhancedWagePercent = dec("70");
            p.enhancedGroups = List.of(EquityGroup.WOMAN_IN_STEM);
        });
        var sameTerms = program(p -> {
            p.wagePercent = dec("50");
            p.enhancedGroups = List.of(EquityGroup.WOMAN_IN_STEM);
        });

        assertThat(seenBy(flat, PRIVATE, false).enhancedPossible()).isFalse();
        assertThat(seenBy(sameTerms, PRIVATE, false).enhancedPossible()).isFalse();
    }

    @Test
    void ageAndWorkStatusRulesAreSensitive() {
        assertThat(Privacy.SENSITIVE_RULES)
                .containsExactlyInAnyOrder("student.minAge", "student.maxAge", "student.workStatus");
        assertThat(Privacy.isSensitive(Failure.of("student.maxAge", Kind.AT_MOST, 30, 31))).isTrue();
        assertThat(Privacy.isSensitive(Failure.of("student.levels", Kind.ONE_OF, Level.PHD, Level.BACHELOR))).isFalse();
    }

    @Test
    void sensitiveNearMissIsShownOnlyToTheStudentAndOperators() {
        var failed = List.of(
                Failure.of("student.workStatus", Kind.ONE_OF, WorkStatus.CITIZEN, WorkStatus.INTERNATIONAL));

        assertThat(Privacy.isVisibleNearMiss(failed, true)).isTrue();
        assertThat(Privacy.isVisibleNearMiss(failed, false)).isFalse();
    }

    @Test
    void otherNearMissesAreShownToEveryone() {
        var failed = List.of(Failure.of("placement.minWeeks", Kind.AT_LEAST, 10, 8));

        assertThat(Privacy.isVisibleNearMiss(failed, false)).isTrue();
    }

    @Test
    void visibilityNeverTurnsANonNearMissIntoOne() {
        var deadline = List.of(Failure.of("intake.deadline", Kind.AT_MOST, date("2027-02-28"), date("2027-03-01")));

        assertThat(Privacy.isVisibleNearMiss(deadline, true)).isFalse();
        assertThat(Privacy.isVisibleNearMiss(List.of(), true)).isFalse();
    }
}
