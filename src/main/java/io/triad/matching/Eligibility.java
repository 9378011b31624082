package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The exact eligibility rules of DATA.md. Every rule is evaluated (no short-circuit) and each check returns the
 * failed rules only, in this stable order, which is the program document's order:
 * {@code scope}; {@code intake.opens}, {@code intake.deadline}; {@code capacity}; {@code employer.stages},
 * {@code .regions}, {@code .sectors}, {@code .minHeadcount}, {@code .maxHeadcount}, {@code .minCompanyAgeYears},
 * {@code .maxCompanyAgeYears}, {@code .mustBeIncorporated}, {@code .forProfitOnly}; {@code student.levels},
 * {@code .fields}, {@code .enrolment}, {@code .recentGradMonths}, {@code .workStatus}, {@code .minAge},
 * {@code .maxAge}, {@code .regions}; {@code placement.minWeeks}, {@code .maxWeeks}, {@code .minHoursPerWeek},
 * {@code .earliestStart}, {@code .latestStart}. Opening-fit failures ({@code opening.levels}, {@code .fields},
 * {@code .availability}, {@code .workMode}) come first when included. {@link Failure} documents what each failure holds.
 *
 * <p>Program status is not a rule: only {@link #isPublished published} programs are matched or near misses, which the
 * caller filters (an administrator may preview a draft's matches).
 */
public final class Eligibility {
    /** Failures the parties cannot change by themselves: never a near miss. */
    private static final Set<String> NOT_NEAR_MISS_RULES = Set.of("intake.deadline", "capacity", "scope");

    private Eligibility() {
    }

    /** An opening whose start date is before {@code asOf} has started and is matched with no one. */
    public static boolean hasStarted(OpeningDoc opening, LocalDate asOf) {
        return opening.startDate().isBefore(asOf);
    }

    /** The opening-fit rules: a student failing any is not a match for the opening at all. */
    public static List<Failure> openingFit(OpeningDoc opening, StudentDoc student) {
        return OpeningFitCheck.check(opening, student);
    }

    /** {@code intake.opens <= asOf <= intake.deadline}, each bound skipped when null. */
    public static List<Failure> programOpen(ProgramDoc program, LocalDate asOf) {
        return new RuleCheck()
                .atLeast("intake.opens", program.intake().opens(), asOf)
                .atMost("intake.deadline", program.intake().deadline(), asOf)
                .failures();
    }

    /** Approved placements {@code < capacity}; a null capacity is unlimited; company programs have no capacity. */
    public static List<Failure> capacity(ProgramDoc program, long approvedPlacements) {
        if (program.scope() == Scope.COMPANY || program.capacity() == null) {
            return List.of();
        }
        return new RuleCheck().below("capacity", program.capacity().longValue(), approvedPlacements).failures();
    }

    /** The employer rules; company age is counted in whole years from {@code foundedOn} to {@code asOf}. */
    public static List<Failure> employerRules(ProgramDoc program, StartupDoc startup, LocalDate asOf) {
        return EmployerRulesCheck.check(program.employer(), startup, asOf);
    }

    /**
     * The student rules; age is counted in whole years from {@code birthDate} to the opening's start date. For a viewer
     * who is not {@code privileged} the sensitive rules pass (see {@link Privacy}).
     */
    public static List<Failure> studentRules(ProgramDoc program, OpeningDoc opening, StudentDoc student,
            boolean privileged) {
        return StudentRulesCheck.check(program.student(), opening, student, privileged);
    }

    public static List<Failure> placementRules(ProgramDoc program, OpeningDoc opening) {
        return PlacementRulesCheck.check(program.placement(), opening);
    }

    /** The {@code scope} failure when the program is not of the expected scope. */
    public static List<Failure> scope(ProgramDoc program, Scope expected) {
        return new RuleCheck().is("scope", expected, program.scope()).failures();
    }

    /**
     * A placement program's verdict: eligible when the program has scope {@code PLACEMENT}, is open, has capacity, and
     * all employer, student and placement rules pass. Opening fit is not included (see {@link #eligibility}).
     *
     * @param approvedPlacements placements of this program approved so far
     * @param privileged         the viewer gets exact answers (the student, an operator); see {@link Privacy}
     */
    public static PlacementVerdict placement(ProgramDoc program, long approvedPlacements, StartupDoc startup,
            OpeningDoc opening, StudentDoc student, LocalDate asOf, boolean privileged) {
        List<Failure> failed = concat(scope(program, Scope.PLACEMENT), programOpen(program, asOf),
                capacity(program, approvedPlacements), employerRules(program, startup, asOf),
                studentRules(program, opening, student, privileged), placementRules(program, opening));
        FundingCalculator.Quote quote = program.scope() == Scope.PLACEMENT
                ? FundingCalculator.quote(program.funding(), opening, student, privileged)
                : FundingCalculator.Quote.NONE;
        return new PlacementVerdict(failed.isEmpty(), failed, quote.amount(), quote.enhancedPossible(),
                !privileged && Privacy.isConditional(program));
    }

    /**
     * The verdict of {@code /api/eligibility} for (program, opening, student): {@link #placement} with the
     * opening-fit failures first. Whether the opening {@link #hasStarted} is left to the caller.
     */
    public static PlacementVerdict eligibility(ProgramDoc program, long approvedPlacements, StartupDoc startup,
            OpeningDoc opening, StudentDoc student, LocalDate asOf, boolean privileged) {
        PlacementVerdict verdict = placement(program, approvedPlacements, startup, opening, student, asOf,
                privileged);
        List<Failure> failed = concat(openingFit(opening, student), verdict.failed());
        return new PlacementVerdict(failed.isEmpty(), failed, verdict.amount(), verdict.enhancedPossible(),
                verdict.conditional());
    }

    /**
     * A company program's verdict: eligible when its scope is {@code COMPANY}, it is open and all employer rules
     * pass. Capacity does not apply.
     */
    public static CompanyVerdict company(ProgramDoc program, StartupDoc startup, LocalDate asOf) {
        List<Failure> failed = concat(scope(program, Scope.COMPANY), programOpen(program, asOf),
                employerRules(program, startup, asOf));
        Amount amount = program.scope() == Scope.COMPANY ? FundingCalculator.companyAmount(program.funding()) : null;
        return new CompanyVerdict(failed.isEmpty(), failed, amount);
    }

    /** Only published programs are matched or reported as near misses. */
    public static boolean isPublished(ProgramDoc program) {
        return program.status() == ProgramStatus.PUBLISHED;
    }

    /**
     * Exactly one failed rule, which is neither {@code intake.deadline} nor {@code capacity} (nor {@code scope}):
     * a program that opens later is a near miss. The caller also keeps only {@link #isPublished} programs.
     */
    public static boolean isNearMiss(List<Failure> failed) {
        return failed.size() == 1 && !NOT_NEAR_MISS_RULES.contains(failed.get(0).rule());
    }

    @SafeVarargs
    private static List<Failure> concat(List<Failure>... parts) {
        List<Failure> all = new ArrayList<>();
        for (List<Failure> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
