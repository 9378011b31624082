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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Builds the explained match items for one opening: funding per program, near misses, reasons. */
final class Explainer {
    /** A published placement program with the failures it has before the student is known. */
    record Check(ProgramDoc program, List<Failure> base) {
    }

    private static final Comparator<Funded> LARGEST_AMOUNT_FIRST = Comparator.comparing(
            (Funded f) -> f.amount() == null ? null : f.amount().value(),
            Comparator.nullsLast(Comparator.reverseOrder()));
    private static final Comparator<Funded> LARGEST_FIRST = LARGEST_AMOUNT_FIRST.thenComparing(Funded::program);

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
        return forStudent(t, score, funding(t));
    }

    /** As {@link #forStudent(StudentDoc, float)}, the programs' verdicts counted by {@link RuleGroups}. */
    OpeningForStudent forStudent(StudentDoc t, float score, RuleGroups rules, Counts verdicts) {
        return forStudent(t, score, funding(t, rules, verdicts));
    }

    private OpeningForStudent forStudent(StudentDoc t, float score, Funding funding) {
        List<String> matched = Scoring.matchedSkills(opening, t);
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
        StudentRulesCheck.Student on = new StudentRulesCheck.Student(t, opening.startDate());
        for (Check check : checks) {
            ProgramDoc p = check.program();
            RuleCheck student = StudentRulesCheck.evaluate(p.student(), on, privileged);
            int failures = check.base().size() + student.count();
            if (failures == 0) {
                pays(p, t, eligible, shares);
            } else if (failures == 1) {
                // the one failure is the program's or the student's: the other list is empty
                nearMiss(p.key(), Privacy.isConditional(p), check.base().isEmpty() ? student.failures() : check.base(),
                        near);
            }
        }
        return new Funding(byAmount(eligible), FundingCalculator.total(opening, shares), near);
    }

    /**
     * The programs in key order, so that sorting by amount alone keeps {@link #byAmount}'s order (a stable sort keeps
     * the key order among equal amounts); each amount is worked out once per opening and terms.
     */
    private Funding funding(StudentDoc t, RuleGroups rules, Counts verdicts) {
        List<Funded> eligible = new ArrayList<>(verdicts.passing());
        List<FundingCalculator.Share> shares = new ArrayList<>(verdicts.passing());
        List<NearMiss> near = new ArrayList<>(verdicts.failingOne());
        RuleGroups.Amounts amounts = rules.new Amounts(opening);
        int groups = StudentFacts.bits(t.groups());
        for (int i = verdicts.next(0); i >= 0; i = verdicts.next(i + 1)) {
            if (verdicts.passes(i)) {
                pays(rules.key(i), rules.stackable(i), rules.conditional(i), FundingCalculator.quote(
                        rules.restrictsEnhanced(i), rules.qualifiesForEnhanced(i, groups), t, privileged,
                        amounts.of(i)), eligible, shares);
            } else {
                // RuleGroups counts only programs whose one failure is a near miss's
                near.add(new NearMiss(rules.key(i), verdicts.failure(i),
                        Privacy.conditionalFlag(rules.conditional(i), privileged)));
            }
        }
        return new Funding(largestFirst(eligible), FundingCalculator.total(opening, shares), near);
    }

    /** Bits of a program's place in {@link #largestFirst}'s sort keys, below its amount in cents. */
    private static final int PLACE_BITS = 20;
    /** The largest amount in cents such a key holds; one more stands for an unknown amount. */
    private static final long MAX_CENTS = (1L << 62 - PLACE_BITS) - 2;
    /**
     * Amounts whose cents {@link #centsOf} remembers, by identity: a page's programs share a few amount objects per
     * opening ({@link RuleGroups.Amounts}), and working out cents allocates (1.3 of the 12.5 MB a student's matches
     * allocated with 10,000 programs, each of a page's openings listing hundreds of paying programs).
     */
    private static final int SEEN = 64;

    /** The most distinct amounts {@link #largestFirst} places by counting. */
    private static final int DISTINCT = 64;

    /**
     * The programs sorted as {@link #LARGEST_AMOUNT_FIRST} sorts them, stably (their order breaks ties). A page's
     * programs share a few amounts per opening: each program is then placed after counting how many have a larger
     * amount or the same one earlier, with no sort of the programs; with more than {@link #DISTINCT} amounts, by
     * {@link #byKeys}.
     */
    static List<Funded> largestFirst(List<Funded> funded) {
        long[] cents = centsOf(funded);
        int n = cents.length;
        long[] values = new long[DISTINCT];
        int distinct = 0;
        int[] valueOf = new int[n];
        for (int j = 0; j < n; j++) {
            int v = 0;
            while (v < distinct && values[v] != cents[j]) {
                v++;
            }
            if (v == distinct) {
                if (cents[j] > MAX_CENTS || distinct == DISTINCT) {
                    return byKeys(funded, cents);
                }
                values[distinct++] = cents[j];
            }
            valueOf[j] = v;
        }
        // where each amount's programs start: after every program of a larger amount
        int[] count = new int[distinct];
        for (int j = 0; j < n; j++) {
            count[valueOf[j]]++;
        }
        int[] start = new int[distinct];
        for (int v = 0; v < distinct; v++) {
            for (int w = 0; w < distinct; w++) {
                if (values[w] > values[v]) {
                    start[v] += count[w];
                }
            }
        }
        Funded[] sorted = new Funded[n];
        for (int j = 0; j < n; j++) {
            sorted[start[valueOf[j]]++] = funded.get(j);
        }
        return List.of(sorted);
    }

    /**
     * As {@link #largestFirst}, the programs' {@link #centsOf cents} given, by one sort of primitive keys, the amount in
     * cents then the place, when every amount and place fits in one.
     */
    static List<Funded> byKeys(List<Funded> funded, long[] cents) {
        long[] keys = new long[cents.length];
        for (int j = 0; j < keys.length; j++) {
            if (cents[j] > MAX_CENTS || j >= 1 << PLACE_BITS) {
                List<Funded> sorted = new ArrayList<>(funded);
                sorted.sort(LARGEST_AMOUNT_FIRST);
                return List.copyOf(sorted);
            }
            keys[j] = (MAX_CENTS - cents[j]) << PLACE_BITS | j;
        }
        Arrays.sort(keys);
        Funded[] sorted = new Funded[keys.length];
        for (int k = 0; k < keys.length; k++) {
            sorted[k] = funded.get((int) (keys[k] & (1 << PLACE_BITS) - 1));
        }
        return List.of(sorted);
    }

    /** Each program's amount in {@link #cents(Amount) cents}, worked out once per amount object. */
    static long[] centsOf(List<Funded> funded) {
        long[] out = new long[funded.size()];
        Amount[] seen = new Amount[SEEN];
        long[] seenCents = new long[SEEN];
        for (int j = 0; j < out.length; j++) {
            Amount amount = funded.get(j).amount();
            int slot = System.identityHashCode(amount) & SEEN - 1;
            if (seen[slot] != amount || amount == null) {
                seen[slot] = amount;
                seenCents[slot] = cents(amount);
            }
            out[j] = seenCents[slot];
        }
        return out;
    }

    /** An amount in cents; -1 for none, and more than {@link #MAX_CENTS} for a negative or too large one. */
    private static long cents(Amount a) {
        if (a == null) {
            return -1;
        }
        BigInteger cents = a.value().unscaledValue();
        return cents.signum() >= 0 && cents.bitLength() < Long.SIZE - 1 ? cents.longValue() : Long.MAX_VALUE;
    }

    private void pays(ProgramDoc p, StudentDoc t, List<Funded> eligible, List<FundingCalculator.Share> shares) {
        pays(p.key(), FundingCalculator.stackable(p.funding()), Privacy.isConditional(p),
                FundingCalculator.quote(p.funding(), opening, t, privileged), eligible, shares);
    }

    private void pays(String program, boolean stackable, boolean conditional, FundingCalculator.Quote quote,
            List<Funded> eligible, List<FundingCalculator.Share> shares) {
        eligible.add(new Funded(program, quote.amount(), flag(quote.enhancedPossible()),
                Privacy.conditionalFlag(conditional, privileged)));
        shares.add(new FundingCalculator.Share(quote.amount(), stackable));
    }

    private void nearMiss(String program, boolean conditional, List<Failure> failed, List<NearMiss> near) {
        if (Eligibility.isNearMiss(failed)) {
            near.add(new NearMiss(program, failed, Privacy.conditionalFlag(conditional, privileged)));
        }
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
