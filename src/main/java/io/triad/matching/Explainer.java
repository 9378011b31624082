package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchResults.Funded;
import io.triad.matching.MatchResults.NearMiss;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Placement;
import io.triad.matching.MatchResults.StudentForOpening;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the explained match items for one opening: funding per program, near misses, reasons. */
final class Explainer {
    /** A published placement program with the failures it has before the student is known. */
    record Check(ProgramDoc program, List<Failure> base) {
    }

    private static final Comparator<Funded> LARGEST_FIRST = Comparator
            .comparing((Funded f) -> f.amount() == null ? null : f.amount().value(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Funded::program);

    private final OpeningDoc opening;
    private final StartupDoc startup;
    private final List<Check> checks;
    private final boolean privileged;

    Explainer(OpeningDoc opening, StartupDoc startup, List<Check> checks, boolean privileged) {
        this.opening = opening;
        this.startup = startup;
        this.checks = checks;
        this.privileged = privileged;
    }

    StudentForOpening forOpening(Scored<StudentDoc> hit) {
        StudentDoc t = hit.item();
        List<String> matched = Scoring.matchedSkills(opening, t);
        Funding funding = funding(t);
        return new StudentForOpening(t.key(), hit.score(), matched, funding.eligible(), funding.total(),
                funding.nearMisses(), Scoring.reasons(opening, startup, t, matched));
    }

    OpeningForStudent forStudent(StudentDoc t, float score) {
        List<String> matched = Scoring.matchedSkills(opening, t);
        Funding funding = funding(t);
        return new OpeningForStudent(opening.key(), startup.key(), score, matched, funding.eligible(),
                funding.total(), funding.nearMisses(), Scoring.reasons(opening, startup, t, matched));
    }

    Placement placement(ProgramDoc p, Scored<StudentDoc> hit) {
        StudentDoc t = hit.item();
        List<String> matched = Scoring.matchedSkills(opening, t);
        FundingCalculator.Quote quote = FundingCalculator.quote(p.funding(), opening, t, privileged);
        return new Placement(opening.key(), t.key(), hit.score(), quote.amount(), flag(quote.enhancedPossible()),
                Privacy.conditionalFlag(p, privileged), matched, Scoring.reasons(opening, startup, t, matched));
    }

    private record Funding(List<Funded> eligible, Amount total, List<NearMiss> nearMisses) {
    }

    private Funding funding(StudentDoc t) {
        List<Funded> eligible = new ArrayList<>();
        List<FundingCalculator.Share> shares = new ArrayList<>();
        List<NearMiss> near = new ArrayList<>();
        for (Check check : checks) {
            ProgramDoc p = check.program();
            RuleCheck student = StudentRulesCheck.evaluate(p.student(), opening, t, privileged);
            int failures = check.base().size() + student.count();
            if (failures == 0) {
                FundingCalculator.Quote quote = FundingCalculator.quote(p.funding(), opening, t, privileged);
                eligible.add(new Funded(p.key(), quote.amount(), flag(quote.enhancedPossible()),
                        Privacy.conditionalFlag(p, privileged)));
                shares.add(new FundingCalculator.Share(quote.amount(), FundingCalculator.stackable(p.funding())));
            } else if (failures == 1) {
                List<Failure> failed = new ArrayList<>(check.base());
                failed.addAll(student.failures());
                if (Eligibility.isNearMiss(failed)) {
                    near.add(new NearMiss(p.key(), failed, Privacy.conditionalFlag(p, privileged)));
                }
            }
        }
        return new Funding(byAmount(eligible), FundingCalculator.total(opening, shares), near);
    }

    /** A JSON flag: true, or absent. */
    static Boolean flag(boolean value) {
        return value ? Boolean.TRUE : null;
    }

    static List<Funded> byAmount(List<Funded> funded) {
        return funded.stream().sorted(LARGEST_FIRST).toList();
    }

    /** The largest amount of an item's programs, null when none has one. */
    static BigDecimal largest(List<Funded> funded) {
        return funded.stream().filter(f -> f.amount() != null).map(f -> f.amount().value())
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
