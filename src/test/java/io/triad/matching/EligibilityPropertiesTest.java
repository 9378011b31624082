package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.Scope;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The verdicts are exactly the combination of the individual checks, over reproducible random documents (each case is
 * named by its seed in failure messages).
 */
class EligibilityPropertiesTest {
    private static final int CASES = 5000;

    @Test
    void placementIsEligibleExactlyWhenEveryCheckListIsEmpty() {
        int eligible = 0;
        for (long seed = 0; seed < CASES; seed++) {
            eligible += placementCase(seed) ? 1 : 0;
        }
        assertThat(eligible).as("eligible cases generated").isBetween(CASES / 100, CASES - CASES / 100);
    }

    private static boolean placementCase(long seed) {
        var docs = new RandomDocs(seed);
        var program = docs.program();
        var startup = docs.startup();
        var opening = docs.opening();
        var student = docs.student();
        var asOf = docs.date();
        long approved = docs.approved();
        boolean privileged = docs.bool();
        List<List<Failure>> checks = List.of(Eligibility.scope(program, Scope.PLACEMENT),
                Eligibility.programOpen(program, asOf), Eligibility.capacity(program, approved),
                Eligibility.employerRules(program, startup, asOf), Eligibility.studentRules(program, opening, student, privileged),
                Eligibility.placementRules(program, opening));

        var verdict = Eligibility.placement(program, approved, startup, opening, student, asOf, privileged);

        boolean everyCheckPasses = program.scope() == Scope.PLACEMENT
                && checks.stream().skip(1).allMatch(List::isEmpty);
        assertThat(verdict.eligible()).as("seed %d", seed).isEqualTo(everyCheckPasses);
        assertThat(verdict.failed()).as("seed %d", seed)
                .containsExactlyElementsOf(checks.stream().flatMap(List::stream).toList());
        return verdict.eligible();
    }

    @Test
    void companyIsEligibleExactlyWhenOpenAndEveryEmployerRulePasses() {
        for (long seed = 0; seed < CASES; seed++) {
            var docs = new RandomDocs(seed);
            var program = docs.program();
            var startup = docs.startup();
            var asOf = docs.date();

            var verdict = Eligibility.company(program, startup, asOf);

            assertThat(verdict.eligible()).as("seed %d", seed).isEqualTo(program.scope() == Scope.COMPANY
                    && Eligibility.programOpen(program, asOf).isEmpty()
                    && Eligibility.employerRules(program, startup, asOf).isEmpty());
            assertThat(verdict.failed()).as("seed %d", seed).containsExactlyElementsOf(Stream.of(
                    Eligibility.scope(program, Scope.COMPANY), Eligibility.programOpen(program, asOf),
                    Eligibility.employerRules(program, startup, asOf)).flatMap(List::stream).toList());
        }
    }

    @Test
    void amountsHaveTwoDecimalsAndEnhancedPossibleDependsOnTheProgramAlone() {
        for (long seed = 0; seed < CASES; seed++) {
            var docs = new RandomDocs(seed);
            var program = docs.program();
            var student = docs.student();
            var opening = docs.opening();
            boolean privileged = docs.bool();

            var verdict = Eligibility.placement(program, 0, docs.startup(), opening, student, docs.date(),
                    privileged);

            if (verdict.amount() != null) {
                assertThat(verdict.amount().value().scale()).as("seed %d", seed).isEqualTo(2);
                assertThat(verdict.amount().value()).as("seed %d", seed).isNotNegative();
            }
            boolean sharedAndQualifies = Boolean.TRUE.equals(student.shareEnhancedEligibility())
                    && FundingCalculator.qualifiesForEnhanced(program.funding(), student);
            boolean enhancedPaysMore = program.scope() == Scope.PLACEMENT && program.funding() != null
                    && program.funding().enhancedGroups() != null && !program.funding().enhancedGroups().isEmpty()
                    && !java.util.Objects.equals(FundingCalculator.placementAmount(program.funding(), opening, false),
                            FundingCalculator.placementAmount(program.funding(), opening, true));
            assertThat(verdict.enhancedPossible()).as("seed %d", seed)
                    .isEqualTo(!privileged && !sharedAndQualifies && enhancedPaysMore);
        }
    }

    @Test
    void nearMissesFailExactlyOneRuleThatThePartiesCanChange() {
        for (long seed = 0; seed < CASES; seed++) {
            var docs = new RandomDocs(seed);
            var verdict = Eligibility.placement(docs.program(), docs.approved(), docs.startup(), docs.opening(),
                    docs.student(), docs.date(), false);

            if (verdict.nearMiss()) {
                assertThat(verdict.failed()).as("seed %d", seed).hasSize(1).extracting(Failure::rule)
                        .doesNotContain("intake.deadline", "capacity", "scope");
            }
        }
    }
}
