package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramDoc.EmployerRules;
import io.triad.domain.ProgramDoc.PlacementRules;
import io.triad.domain.ProgramDoc.StudentRules;
import io.triad.domain.Scope;
import io.triad.domain.StudentDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.EmployerRulesCheck.Employer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The published placement programs of one catalog epoch, in key order, with each rule's programs {@link Grouped} by
 * value, for a student's matches: a page explains 20 openings against every program, and testing each rule's few
 * hundred values, then counting failures on bit sets, costs far less than testing every program's rules (thousands
 * of programs). The rules are those of {@link Catalog#placementChecks} and {@link StudentRulesCheck} for a privileged
 * viewer, the only one a student's matches have.
 */
final class RuleGroups {
    /** Bounds the dates kept: they come from requests. */
    private static final int MAX_KEPT_DATES = 64;

    private final List<ProgramDoc> programs;
    private final long[] used;
    private final List<Grouped<EmployerRules, ?, Employer>> employer;
    /** The student rules that read the opening's start date, and the others. */
    private final List<Grouped<StudentRules, ?, StudentRulesCheck.Student>> dated;
    private final List<Grouped<StudentRules, ?, StudentRulesCheck.Student>> undated;
    private final List<Grouped<PlacementRules, ?, OpeningDoc>> placement;
    /** Each program's {@link FundingCalculator#amountTerms}, as an id. */
    private final int[] termsOf;
    private final int terms;
    /** Each program's {@link FundingCalculator#enhancedGroups}. */
    private final int[] enhancedGroups;
    /**
     * What a page reads of each program, kept in arrays: a student's page lists hundreds of paying programs and near
     * misses per opening, and reading them from the program documents, scattered in the heap, was a cache miss each.
     */
    private final String[] keys;
    private final boolean[] stackable;
    private final boolean[] restrictsEnhanced;
    private final boolean[] conditional;
    private final Map<LocalDate, Counts> open = new ConcurrentHashMap<>();

    RuleGroups(List<ProgramDoc> published, ToLongFunction<String> used) {
        programs = published.stream().filter(p -> p.scope() == Scope.PLACEMENT).toList();
        this.used = programs.stream().mapToLong(p -> used.applyAsLong(p.key())).toArray();
        employer = group(EmployerRulesCheck.RULES, ProgramDoc::employer);
        List<Rule<StudentRules, ?, StudentRulesCheck.Student>> student = StudentRulesCheck.rules(true);
        dated = group(student.stream().filter(StudentRulesCheck::dated).toList(), ProgramDoc::student);
        undated = group(student.stream().filter(r -> !StudentRulesCheck.dated(r)).toList(), ProgramDoc::student);
        placement = group(PlacementRulesCheck.RULES, ProgramDoc::placement);
        Map<List<Object>, Integer> ids = new HashMap<>();
        termsOf = new int[programs.size()];
        for (int i = 0; i < termsOf.length; i++) {
            termsOf[i] = ids.computeIfAbsent(FundingCalculator.amountTerms(programs.get(i).funding()), t -> ids.size());
        }
        terms = ids.size();
        enhancedGroups = programs.stream().mapToInt(p -> FundingCalculator.enhancedGroups(p.funding())).toArray();
        keys = programs.stream().map(ProgramDoc::key).toArray(String[]::new);
        stackable = new boolean[programs.size()];
        restrictsEnhanced = new boolean[programs.size()];
        conditional = new boolean[programs.size()];
        for (int i = 0; i < keys.length; i++) {
            stackable[i] = FundingCalculator.stackable(programs.get(i).funding());
            restrictsEnhanced[i] = FundingCalculator.restrictsEnhanced(programs.get(i).funding());
            conditional[i] = Privacy.isConditional(programs.get(i));
        }
    }

    private <R, C> List<Grouped<R, ?, C>> group(List<Rule<R, ?, C>> rules, Function<ProgramDoc, R> of) {
        List<R> each = programs.stream().map(of).toList();
        List<Grouped<R, ?, C>> out = new ArrayList<>();
        rules.forEach(rule -> out.add(Grouped.of(rule, each)));
        return out;
    }

    /** The placement programs. */
    int size() {
        return programs.size();
    }

    /** The key of program {@code i}. */
    String key(int i) {
        return keys[i];
    }

    /** {@link FundingCalculator#stackable} of program {@code i}. */
    boolean stackable(int i) {
        return stackable[i];
    }

    /** {@link FundingCalculator#restrictsEnhanced} of program {@code i}. */
    boolean restrictsEnhanced(int i) {
        return restrictsEnhanced[i];
    }

    /** {@link Privacy#isConditional} of program {@code i}. */
    boolean conditional(int i) {
        return conditional[i];
    }

    /** {@link FundingCalculator#qualifiesForEnhanced} of program {@code i}, the student's groups as their bits. */
    boolean qualifiesForEnhanced(int i, int studentGroups) {
        return (enhancedGroups[i] & studentGroups) != 0;
    }

    /** The verdicts of the rules read before the opening is known: intake and capacity, and the student's own. */
    Counts forStudent(StudentDoc t, LocalDate asOf) {
        Counts c = open(asOf).copy();
        c.count(undated, new StudentRulesCheck.Student(t, null));
        return c;
    }

    /** Every program's verdict for the student of {@code before} and the opening, in key order. */
    Counts verdicts(Counts before, Located at, StudentDoc t, LocalDate asOf) {
        Counts c = before.copy();
        c.count(dated, new StudentRulesCheck.Student(t, at.opening().startDate()));
        c.count(employer, Employer.of(at.startup(), asOf));
        c.count(placement, at.opening());
        return c;
    }

    /** The programs' {@link FundingCalculator#placementAmount}s for one opening, worked out once per terms. */
    final class Amounts {
        private final OpeningDoc opening;
        private final Amount[] values = new Amount[2 * terms];
        private final boolean[] known = new boolean[2 * terms];

        Amounts(OpeningDoc opening) {
            this.opening = opening;
        }

        FundingCalculator.Amounts of(int i) {
            return enhanced -> {
                int k = 2 * termsOf[i] + (enhanced ? 1 : 0);
                if (!known[k]) {
                    values[k] = FundingCalculator.placementAmount(programs.get(i).funding(), opening, enhanced);
                    known[k] = true;
                }
                return values[k];
            };
        }
    }

    private Counts open(LocalDate asOf) {
        Counts known = open.get(asOf);
        if (known != null) {
            return known;
        }
        Counts c = new Counts(programs.size());
        for (int i = 0; i < programs.size(); i++) {
            ProgramDoc p = programs.get(i);
            List<Failure> failed = new ArrayList<>(Eligibility.programOpen(p, asOf));
            failed.addAll(Eligibility.capacity(p, used[i]));
            // a program closed or full is never listed, even as a near miss: it is left out as if it failed twice
            // (the rules counted after these never fail with the ids that are not a near miss's)
            if (failed.isEmpty() || Eligibility.isNearMiss(failed)) {
                c.set(i, failed);
            }
        }
        if (open.size() < MAX_KEPT_DATES) {
            open.put(asOf, c);
        }
        return c;
    }
}
