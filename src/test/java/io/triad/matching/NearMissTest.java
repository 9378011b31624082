package io.triad.matching;

import static io.triad.matching.Docs.AS_OF;
import static io.triad.matching.Docs.date;
import static io.triad.matching.Docs.opening;
import static io.triad.matching.Docs.program;
import static io.triad.matching.Docs.startup;
import static io.triad.matching.Docs.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearMissTest {
    private static final Failure WEEKS = Failure.of("placement.minWeeks", Failure.Kind.AT_LEAST, 10, 8);

    private static PlacementVerdict placement(ProgramDoc program, long approved) {
        return Eligibility.placement(program, approved, startup(), opening(), student(), AS_OF, false);
    }

    @Test
    void programFailingExactlyOneRuleIsANearMiss() {
        assertThat(Eligibility.isNearMiss(List.of(WEEKS))).isTrue();
        assertThat(placement(program(p -> p.minWeeks = 17), 0).nearMiss()).isTrue();
    }

    @Test
    void programThatOpensLaterIsANearMiss() {
        var verdict = placement(program(p -> p.opens = date("2027-03-02")), 0);

        assertThat(verdict.failed()).extracting(Failure::rule).containsExactly("intake.opens");
        assertThat(verdict.nearMiss()).isTrue();
    }

    @Test
    void programPastItsDeadlineIsNeverANearMiss() {
        var verdict = placement(program(p -> p.deadline = date("2027-02-28")), 0);

        assertThat(verdict.failed()).hasSize(1);
        assertThat(verdict.nearMiss()).isFalse();
    }

    @Test
    void programAtCapacityIsNeverANearMiss() {
        var verdict = placement(program(p -> p.capacity = 10), 10);

        assertThat(verdict.failed()).hasSize(1);
        assertThat(verdict.nearMiss()).isFalse();
    }

    @Test
    void programOfTheOtherScopeIsNeverANearMiss() {
        assertThat(placement(program(p -> p.scope = Scope.COMPANY), 0).nearMiss()).isFalse();
    }

    @Test
    void programFailingTwoRulesIsNotANearMiss() {
        var verdict = placement(program(p -> {
            p.minWeeks = 17;
            p.minHeadcount = 100;
        }), 0);

        assertThat(verdict.nearMiss()).isFalse();
    }

    @Test
    void eligibleProgramIsNotANearMiss() {
        assertThat(Eligibility.isNearMiss(List.of())).isFalse();
        assertThat(placement(program(), 0).nearMiss()).isFalse();
    }

    @Test
    void companyProgramFailingOneEmployerRuleIsANearMiss() {
        var program = program(p -> {
            p.scope = Scope.COMPANY;
            p.minHeadcount = 13;
        });

        assertThat(Eligibility.company(program, startup(), AS_OF).nearMiss()).isTrue();
    }
}
