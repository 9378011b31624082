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
        return Eligibility.placement(program, 0, startup(), opening(), student, AS_OF, privileged);
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
    void enhancedPossibleIsTheSameForAStudentOutsideTheEnhancedGroups() {
        var outside = seenBy(Docs.swpp(), student(t -> t.groups = List.of()), false);
        var inside = seenBy(Docs.swpp(), PRIVATE, false);

        assertThat(outside.amount()).isEqualTo(inside.amount()).isEqualTo(new Amount(dec("5000"), "CAD"));
        assertThat(outside.enhancedPossible()).isTrue();
        assertThat(inside.enhancedPossible()).isTrue();
    }

    @Test
    void theStudentAndOperatorsGetTheExactAmountWithoutAFlag() {
        var inside = seenBy(Docs.swpp(), PRIVATE, true);
        var outside = seenBy(Docs.swpp(), student(t -> t.groups = List.of()), true);

        assertThat(inside.amount()).isEqualTo(new Amount(dec("7000"), "CAD"));
        assertThat(outside.amount()).isEqualTo(new Amount(dec("5000"), "CAD"));
        assertThat(inside.enhancedPossible() || outside.enhancedPossible()).isFalse();
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
    void othersGetTheSameVerdictWhateverTheStudentsAgeAndWorkStatus() {
        var program = program(p -> {
            p.maxAge = 30;
            p.workStatus = List.of(WorkStatus.CITIZEN);
        });
        var young = student(t -> {
            t.birthDate = date("2005-01-01");
            t.workStatus = WorkStatus.CITIZEN;
        });
        var old = student(t -> {
            t.birthDate = date("1980-01-01");
            t.workStatus = WorkStatus.INTERNATIONAL;
        });

        assertThat(seenBy(program, young, false)).isEqualTo(seenBy(program, old, false));
        assertThat(seenBy(program, old, false).eligible()).isTrue();
        assertThat(seenBy(program, old, false).conditional()).isTrue();
        assertThat(seenBy(program, old, true).failed()).extracting(Failure::rule)
                .containsExactly("student.workStatus", "student.maxAge");
        assertThat(seenBy(program, young, true).conditional()).isFalse();
    }

    @Test
    void aProgramWithoutSensitiveRulesIsNotConditional() {
        var plain = program(p -> p.wagePercent = dec("50"));
        assertThat(Privacy.isConditional(plain)).isFalse();
        assertThat(seenBy(plain, PRIVATE, false).conditional()).isFalse();
        assertThat(Privacy.isConditional(program(p -> p.minAge = 18))).isTrue();
        assertThat(Privacy.isConditional(Docs.swpp())).isTrue();
        assertThat(seenBy(Docs.swpp(), PRIVATE, false).conditional()).isTrue();
    }
}
