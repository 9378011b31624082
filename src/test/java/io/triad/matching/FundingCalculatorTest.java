package io.triad.matching;

import static io.triad.matching.Docs.dec;
import static io.triad.matching.Docs.opening;
import static io.triad.matching.Docs.program;
import static io.triad.matching.Docs.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.EquityGroup;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The default opening pays W = 28.00 * 37.5 * 16 = 16800. */
class FundingCalculatorTest {

    private static ProgramDoc.Funding funding(Consumer<Docs.P> change) {
        return program(change).funding();
    }

    private static BigDecimal amount(Consumer<Docs.P> change, boolean enhanced) {
        return amount(change, opening(), enhanced);
    }

    private static BigDecimal amount(Consumer<Docs.P> change, OpeningDoc opening, boolean enhanced) {
        Amount amount = FundingCalculator.placementAmount(funding(change), opening, enhanced);
        return amount == null ? null : amount.value();
    }

    private static OpeningDoc wagesOf(String hourlyWage) {
        return opening(o -> {
            o.hourlyWage = dec(hourlyWage);
            o.hoursPerWeek = dec("1");
            o.weeks = 1;
        });
    }

    private static void standardAndEnhanced(Docs.P p) {
        p.wagePercent = dec("50");
        p.cap = dec("5000");
        p.enhancedWagePercent = dec("70");
        p.enhancedCap = dec("7000");
        p.enhancedGroups = List.of(EquityGroup.WOMAN_IN_STEM);
    }

    @Test
    void grossWagesAreWageTimesHoursTimesWeeksWithoutRounding() {
        var opening = opening(o -> {
            o.hourlyWage = dec("17.333");
            o.hoursPerWeek = dec("37.5");
            o.weeks = 3;
        });

        assertThat(FundingCalculator.grossWages(opening())).isEqualByComparingTo("16800");
        assertThat(FundingCalculator.grossWages(opening)).isEqualByComparingTo("1949.9625");
    }

    @Test
    void flatAmountPerPlacementWinsOverWagePercent() {
        assertThat(amount(p -> {
            p.flat = dec("3000");
            p.wagePercent = dec("50");
        }, false)).hasToString("3000.00");
    }

    @Test
    void flatAmountPerPlacementWinsForEnhancedStudentsToo() {
        assertThat(amount(p -> {
            standardAndEnhanced(p);
            p.flat = dec("1500.5");
        }, true)).hasToString("1500.50");
    }

    @Test
    void wagePercentIsCappedAtTheCap() {
        assertThat(amount(FundingCalculatorTest::standardAndEnhanced, false)).hasToString("5000.00");
    }

    @Test
    void wagePercentBelowTheCapIsPaidInFull() {
        assertThat(amount(p -> {
            p.wagePercent = dec("50");
            p.cap = dec("10000");
        }, false)).hasToString("8400.00");
    }

    @Test
    void amountEqualToTheCapIsTheCap() {
        assertThat(amount(p -> {
            p.wagePercent = dec("50");
            p.cap = dec("8400");
        }, false)).hasToString("8400.00");
    }

    @Test
    void nullCapMeansNoCap() {
        assertThat(amount(p -> p.wagePercent = dec("50"), false)).hasToString("8400.00");
    }

    @Test
    void enhancedRateUsesTheEnhancedPercentAndCap() {
        assertThat(amount(FundingCalculatorTest::standardAndEnhanced, true)).hasToString("7000.00");
    }

    @Test
    void enhancedCapLeftNullFallsBackToTheBaseCap() {
        assertThat(amount(p -> {
            standardAndEnhanced(p);
            p.enhancedCap = null;
        }, true)).hasToString("5000.00");
    }

    @Test
    void enhancedCapAndBaseCapBothNullMeanNoCap() {
        assertThat(amount(p -> {
            standardAndEnhanced(p);
            p.cap = null;
            p.enhancedCap = null;
        }, true)).hasToString("11760.00");
    }

    @Test
    void enhancedPercentLeftNullFallsBackToTheBasePercent() {
        assertThat(amount(p -> {
            standardAndEnhanced(p);
            p.enhancedWagePercent = null;
            p.enhancedCap = dec("8000");
        }, true)).hasToString("8000.00");
    }

    @Test
    void percentsMayHaveDecimals() {
        assertThat(amount(p -> p.wagePercent = dec("12.5"), false)).hasToString("2100.00");
        assertThat(amount(p -> p.wagePercent = dec("33.33"), wagesOf("1000"), false)).hasToString("333.30");
        assertThat(amount(p -> p.wagePercent = dec("33.335"), wagesOf("1000"), false)).hasToString("333.35");
    }

    @Test
    void amountIsRoundedHalfUpToWholeCents() {
        assertThat(amount(p -> p.wagePercent = dec("50"), wagesOf("10.05"), false)).hasToString("5.03");
        assertThat(amount(p -> p.wagePercent = dec("50"), wagesOf("10.01"), false)).hasToString("5.01");
        assertThat(amount(p -> p.wagePercent = dec("50"), wagesOf("10.0098"), false)).hasToString("5.00");
    }

    @Test
    void onlyTheFinalAmountIsRounded() {
        // W = 1.006: rounding W to cents first would give 1.01 * 50% = 0.505, i.e. 0.51.
        assertThat(amount(p -> p.wagePercent = dec("50"), wagesOf("1.006"), false)).hasToString("0.50");
    }

    @Test
    void withNeitherFlatAmountNorWagePercentTheAmountIsNull() {
        assertThat(amount(p -> {
            p.cap = dec("5000");
            p.maxAmount = dec("9000");
        }, false)).isNull();
    }

    @Test
    void programWithoutFundingTermsHasNoAmount() {
        assertThat(amount(p -> p.noFunding = true, false)).isNull();
        assertThat(FundingCalculator.companyAmount(null)).isNull();
    }

    @Test
    void zeroWageGivesZeroAmount() {
        assertThat(amount(p -> p.wagePercent = dec("50"), wagesOf("0"), false)).hasToString("0.00");
    }

    @Test
    void amountCarriesTheProgramsCurrency() {
        var funding = funding(p -> {
            p.currency = "USD";
            p.wagePercent = dec("50");
        });

        assertThat(FundingCalculator.placementAmount(funding, opening(), false))
                .isEqualTo(new Amount(dec("8400.00"), "USD"));
    }

    @Test
    void companyProgramAmountIsItsMaxAmount() {
        assertThat(FundingCalculator.companyAmount(funding(p -> p.maxAmount = dec("25000"))))
                .isEqualTo(new Amount(dec("25000.00"), "CAD"));
        assertThat(FundingCalculator.companyAmount(funding(p -> p.maxAmount = null))).isNull();
    }

    @Test
    void studentQualifiesForEnhancedWhenListingAnEnhancedGroup() {
        var funding = funding(FundingCalculatorTest::standardAndEnhanced);

        assertThat(FundingCalculator.qualifiesForEnhanced(funding, student())).isTrue();
        assertThat(FundingCalculator.qualifiesForEnhanced(funding,
                student(t -> t.groups = List.of(EquityGroup.NEWCOMER)))).isFalse();
        assertThat(FundingCalculator.qualifiesForEnhanced(funding, student(t -> t.groups = List.of()))).isFalse();
        assertThat(FundingCalculator.qualifiesForEnhanced(funding(p -> p.wagePercent = dec("50")), student()))
                .isFalse();
    }

    @Test
    void amountsAlwaysHaveTwoDecimals() {
        assertThat(new Amount(dec("7000"), "CAD").value()).hasToString("7000.00");
        assertThat(new Amount(dec("1E+3"), "CAD").value()).hasToString("1000.00");
        assertThat(new Amount(dec("0.125"), "CAD").value()).hasToString("0.13");
        assertThat(new Amount(dec("7000.0000"), "CAD")).isEqualTo(new Amount(dec("7000"), "CAD"));
    }

    private static FundingCalculator.Share share(String value, String currency, boolean stackable) {
        return new FundingCalculator.Share(value == null ? null : new Amount(dec(value), currency), stackable);
    }

    @Test
    void totalAddsStackableAmountsAndIsCappedAtTheWages() {
        assertThat(FundingCalculator.total(opening(), List.of(share("5000", "CAD", true), share("2500", "CAD", true))))
                .isEqualTo(new Amount(dec("7500"), "CAD"));
        assertThat(FundingCalculator.total(opening(), List.of(share("10000", "CAD", true), share("9000", "CAD", true))))
                .isEqualTo(new Amount(dec("16800"), "CAD"));
    }

    @Test
    void totalTakesTheLargerOfTheStackedSumAndTheLargestProgramThatMayNotBeCombined() {
        assertThat(FundingCalculator.total(opening(), List.of(share("3000", "CAD", true), share("2000", "CAD", true),
                share("6000", "CAD", false), share("4000", "CAD", false)))).isEqualTo(new Amount(dec("6000"), "CAD"));
        assertThat(FundingCalculator.total(opening(), List.of(share("3000", "CAD", true), share("4000", "CAD", true),
                share("6000", "CAD", false)))).isEqualTo(new Amount(dec("7000"), "CAD"));
    }

    @Test
    void totalIgnoresUnknownAmountsAndOtherCurrenciesAndIsNullWithoutAnAmount() {
        assertThat(FundingCalculator.total(opening(), List.of(share(null, "CAD", true), share("900", "USD", true))))
                .isNull();
        assertThat(FundingCalculator.total(opening(), List.of(share(null, "CAD", true), share("900", "CAD", true))))
                .isEqualTo(new Amount(dec("900"), "CAD"));
        assertThat(FundingCalculator.total(opening(), List.of())).isNull();
    }
}
