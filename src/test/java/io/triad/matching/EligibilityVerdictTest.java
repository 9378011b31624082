package io.triad.matching;

import static io.triad.matching.Docs.AS_OF;
import static io.triad.matching.Docs.date;
import static io.triad.matching.Docs.dec;
import static io.triad.matching.Docs.opening;
import static io.triad.matching.Docs.program;
import static io.triad.matching.Docs.startup;
import static io.triad.matching.Docs.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.Level;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.domain.Stage;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import io.triad.matching.Failure.English;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityVerdictTest {

    private static PlacementVerdict placement(ProgramDoc program, long approved) {
        return Eligibility.placement(program, approved, startup(), opening(), student(), AS_OF, true);
    }

    private static PlacementVerdict placement(ProgramDoc program) {
        return placement(program, 0);
    }

    private static ProgramDoc company(java.util.function.Consumer<Docs.P> change) {
        return program(p -> {
            p.scope = Scope.COMPANY;
            change.accept(p);
        });
    }

    @Test
    void dataMdExampleIsEligibleWithTheEnhancedAmountForAPrivilegedViewer() {
        var verdict = placement(Docs.swpp());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.failed()).isEmpty();
        assertThat(verdict.amount()).isEqualTo(new Amount(dec("7000.00"), "CAD"));
        assertThat(verdict.enhancedPossible()).isFalse();
    }

    @Test
    void placementVerdictReportsTheFailuresOfEveryCheckInDocumentOrder() {
        var program = program(p -> {
            p.studentRegions = List.of("US");
            p.minWeeks = 20;
            p.stages = List.of(Stage.GROWTH);
            p.capacity = 3;
            p.opens = date("2027-04-01");
        });

        assertThat(placement(program, 3).failed()).extracting(Failure::rule).containsExactly(
                "intake.opens", "capacity", "employer.stages", "student.regions", "placement.minWeeks");
    }

    @Test
    void programFailingThreeRulesReportsAllThree() {
        var program = program(p -> {
            p.deadline = date("2027-02-28");
            p.maxAge = 20;
            p.maxWeeks = 12;
        });

        var verdict = placement(program);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.failed()).extracting(Failure::english).containsExactly(
                new English("intake.deadline", "<= 2027-02-28", "2027-03-01"),
                new English("student.maxAge", "<= 20", "21"),
                new English("placement.maxWeeks", "<= 12", "16"));
    }

    @Test
    void reachedCapacityMakesAnOtherwiseEligibleProgramIneligible() {
        var program = program(p -> p.capacity = 2);

        assertThat(placement(program, 1).eligible()).isTrue();
        assertThat(placement(program, 2).eligible()).isFalse();
    }

    @Test
    void amountIsComputedEvenWhenNotEligible() {
        var program = program(p -> {
            p.minHeadcount = 100;
            p.wagePercent = dec("50");
        });

        var verdict = placement(program);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.amount()).isEqualTo(new Amount(dec("8400"), "CAD"));
    }

    @Test
    void programWithoutFlatAmountOrWagePercentIsEligibleWithNullAmount() {
        var verdict = placement(program());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.amount()).isNull();
    }

    @Test
    void placementProgramIgnoresMaxAmount() {
        assertThat(placement(program(p -> p.maxAmount = dec("9000"))).amount()).isNull();
    }

    @Test
    void companyProgramIsNeverAPlacementMatch() {
        var verdict = placement(company(p -> p.maxAmount = dec("9000")));

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.failed()).extracting(Failure::english)
                .containsExactly(new English("scope", "PLACEMENT", "COMPANY"));
        assertThat(verdict.amount()).isNull();
        assertThat(verdict.nearMiss()).isFalse();
    }

    @Test
    void placementProgramIsNeverACompanyMatch() {
        var verdict = Eligibility.company(program(p -> p.wagePercent = dec("50")), startup(), AS_OF);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.failed()).extracting(Failure::english)
                .containsExactly(new English("scope", "COMPANY", "PLACEMENT"));
        assertThat(verdict.amount()).isNull();
        assertThat(verdict.nearMiss()).isFalse();
    }

    @Test
    void companyProgramIsEligibleWithItsMaxAmount() {
        var verdict = Eligibility.company(company(p -> p.maxAmount = dec("25000")), startup(), AS_OF);

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.amount()).isEqualTo(new Amount(dec("25000.00"), "CAD"));
    }

    @Test
    void companyProgramWithoutMaxAmountIsEligibleWithUnknownAmount() {
        var verdict = Eligibility.company(company(p -> { }), startup(), AS_OF);

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.amount()).isNull();
    }

    @Test
    void companyProgramChecksOnlyIntakeAndEmployerRules() {
        var program = company(p -> {
            p.capacity = 0;
            p.levels = List.of(Level.PHD);
            p.minWeeks = 52;
        });

        assertThat(Eligibility.company(program, startup(), AS_OF).eligible()).isTrue();
    }

    @Test
    void companyProgramReportsIntakeAndEmployerFailures() {
        var program = company(p -> {
            p.opens = date("2027-06-01");
            p.forProfitOnly = true;
            p.maxAmount = dec("1000");
        });

        var verdict = Eligibility.company(program, startup(s -> s.forProfit = false), AS_OF);

        assertThat(verdict.failed()).extracting(Failure::rule)
                .containsExactly("intake.opens", "employer.forProfitOnly");
        assertThat(verdict.amount()).isEqualTo(new Amount(dec("1000"), "CAD"));
    }

    @Test
    void placementVerdictLeavesOpeningFitToTheCaller() {
        var unavailable = student(t -> t.availableFrom = date("2027-09-01"));

        var verdict = Eligibility.placement(program(), 0, startup(), opening(), unavailable, AS_OF, false);

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    void eligibilityVerdictPutsOpeningFitFailuresFirst() {
        StudentDoc student = student(t -> {
            t.level = Level.COLLEGE;
            t.workModes = List.of(WorkMode.REMOTE);
        });
        var program = program(p -> p.maxHeadcount = 5);

        var verdict = Eligibility.eligibility(program, 0, startup(), opening(), student, AS_OF, false);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.failed()).extracting(Failure::rule)
                .containsExactly("opening.levels", "opening.workMode", "employer.maxHeadcount");
    }

    @Test
    void eligibilityVerdictWithFittingStudentMatchesThePlacementVerdict() {
        var expected = Eligibility.placement(Docs.swpp(), 0, startup(), opening(), student(), AS_OF, false);

        assertThat(Eligibility.eligibility(Docs.swpp(), 0, startup(), opening(), student(), AS_OF, false))
                .isEqualTo(expected);
    }

    @Test
    void onlyPublishedProgramsAreListed() {
        assertThat(Eligibility.isPublished(program())).isTrue();
        assertThat(Eligibility.isPublished(program(p -> p.status = ProgramStatus.DRAFT))).isFalse();
        assertThat(Eligibility.isPublished(program(p -> p.status = ProgramStatus.CLOSED))).isFalse();
    }

    @Test
    void verdictFailureListsAreImmutable() {
        var failed = placement(program(p -> p.minHeadcount = 100)).failed();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> failed.add(failed.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
