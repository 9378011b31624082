package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc.Funding;
import io.triad.domain.StudentDoc;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The "Funding amount" section of DATA.md. Arithmetic is exact ({@link BigDecimal} products, percent applied by
 * moving the decimal point), and only the final amount is rounded, half up to whole cents, by {@link Amount}.
 */
public final class FundingCalculator {
    private FundingCalculator() {
    }

    /** Gross wages {@code W = hourlyWage * hoursPerWeek * weeks}, unrounded; null when wage or hours are missing. */
    public static BigDecimal grossWages(OpeningDoc opening) {
        if (opening.hourlyWage() == null || opening.hoursPerWeek() == null) {
            return null;
        }
        return opening.hourlyWage().multiply(opening.hoursPerWeek()).multiply(BigDecimal.valueOf(opening.weeks()));
    }

    /** Whether the student lists a group in the program's {@code enhancedGroups}. Sensitive: see {@link Privacy}. */
    public static boolean qualifiesForEnhanced(Funding funding, StudentDoc student) {
        return funding != null && funding.enhancedGroups() != null
                && !Collections.disjoint(student.groups(), funding.enhancedGroups());
    }

    /**
     * The amount of a placement program for an opening: {@code flatPerPlacement} when set, else
     * {@code min(percent/100 * W, cap)} with the enhanced percent and cap when {@code enhanced} (each falling back
     * to its base value when null); a null cap means no cap. Null (unknown) with neither a flat amount nor a
     * {@code wagePercent}, or without funding terms.
     */
    public static Amount placementAmount(Funding funding, OpeningDoc opening, boolean enhanced) {
        if (funding == null) {
            return null;
        }
        if (funding.flatPerPlacement() != null) {
            return new Amount(funding.flatPerPlacement(), funding.currency());
        }
        BigDecimal wages = grossWages(opening);
        if (funding.wagePercent() == null || wages == null) {
            return null;
        }
        BigDecimal percent = enhanced && funding.enhancedWagePercent() != null
                ? funding.enhancedWagePercent() : funding.wagePercent();
        BigDecimal cap = enhanced && funding.enhancedCapPerPlacement() != null
                ? funding.enhancedCapPerPlacement() : funding.capPerPlacement();
        BigDecimal value = wages.multiply(percent).movePointLeft(2);
        return new Amount(cap == null ? value : value.min(cap), funding.currency());
    }

    /** The amount of a company program: {@code maxAmount}, null when unknown. */
    public static Amount companyAmount(Funding funding) {
        if (funding == null || funding.maxAmount() == null) {
            return null;
        }
        return new Amount(funding.maxAmount(), funding.currency());
    }

    /**
     * The amount a viewer may see (API.md Privacy). A privileged viewer gets the exact amount. Anyone else gets the
     * enhanced amount only when the student shares it and qualifies, else the standard amount with
     * {@code enhancedPossible} when the program's enhanced rate would pay more here: a fact about the program, never
     * about the student.
     */
    static Quote quote(Funding funding, OpeningDoc opening, StudentDoc student, boolean privileged) {
        return quote(funding, qualifiesForEnhanced(funding, student), student, privileged,
                enhanced -> placementAmount(funding, opening, enhanced));
    }

    /** A funding's {@code enhancedGroups} as {@link StudentFacts#bits}: none without funding terms. */
    static int enhancedGroups(Funding funding) {
        return funding == null ? 0 : StudentFacts.bits(funding.enhancedGroups());
    }

    /** {@link #placementAmount} of one funding and opening, standard or enhanced. */
    @FunctionalInterface
    interface Amounts {
        Amount at(boolean enhanced);
    }

    /**
     * As {@link #quote(Funding, OpeningDoc, StudentDoc, boolean)}, with the funding's amounts for the opening given and
     * whether the student {@link #qualifiesForEnhanced}.
     */
    static Quote quote(Funding funding, boolean qualifies, StudentDoc student, boolean privileged, Amounts amounts) {
        return quote(restrictsEnhanced(funding), qualifies, student, privileged, amounts);
    }

    /** Whether the funding has an enhanced rate for some groups only (a {@link Quote#enhancedPossible} case). */
    static boolean restrictsEnhanced(Funding funding) {
        return funding != null && RuleCheck.restricts(funding.enhancedGroups());
    }

    /** As above, with {@link #restrictsEnhanced} of the funding given. */
    static Quote quote(boolean restrictsEnhanced, boolean qualifies, StudentDoc student, boolean privileged,
            Amounts amounts) {
        Amount standard = amounts.at(false);
        if (qualifies && Privacy.mayUseEnhanced(student, privileged)) {
            return new Quote(amounts.at(true), false);
        }
        if (privileged || !restrictsEnhanced) {
            return new Quote(standard, false);
        }
        return new Quote(standard, !Objects.equals(standard, amounts.at(true)));
    }

    /**
     * What {@link #placementAmount} reads of a funding: fundings with equal terms have equal amounts for an opening.
     * Null for no funding.
     */
    static List<Object> amountTerms(Funding funding) {
        return funding == null ? null : Arrays.asList(funding.flatPerPlacement(), funding.currency(),
                funding.wagePercent(), funding.capPerPlacement(), funding.enhancedWagePercent(),
                funding.enhancedCapPerPlacement());
    }

    /** An eligible program's amount for a placement, and whether it may be combined with others. */
    record Share(Amount amount, boolean stackable) {
    }

    /** DATA.md's {@code funding.stackable} (default true): whether the program may be combined with others. */
    static boolean stackable(Funding funding) {
        return funding == null || funding.stackable();
    }

    /** The currency of an opening's wages, and so of everything a placement of it receives. */
    static String currency(OpeningDoc opening) {
        return opening.currency();
    }

    /**
     * API.md's {@code total}: the most a placement can receive from its eligible programs, the larger of the sum of the
     * stackable programs' amounts and the largest non-stackable amount, capped at the gross wages; only amounts in the
     * opening's currency count (a null amount counts as 0). Null when no program states such an amount.
     */
    static Amount total(OpeningDoc opening, List<Share> shares) {
        String currency = currency(opening);
        BigDecimal stacked = null;
        BigDecimal alone = null;
        for (Share share : shares) {
            if (share.amount() == null || !currency.equals(share.amount().currency())) {
                continue;
            }
            BigDecimal value = share.amount().value();
            if (share.stackable()) {
                stacked = stacked == null ? value : stacked.add(value);
            } else {
                alone = alone == null ? value : alone.max(value);
            }
        }
        BigDecimal best = stacked == null ? alone : alone == null ? stacked : stacked.max(alone);
        BigDecimal wages = grossWages(opening);
        if (best == null) {
            return null;
        }
        return new Amount(wages == null ? best : best.min(wages), currency);
    }

    record Quote(Amount amount, boolean enhancedPossible) {
        static final Quote NONE = new Quote(null, false);
    }
}
