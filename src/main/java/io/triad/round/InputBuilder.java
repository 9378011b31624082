package io.triad.round;

import io.triad.config.TriadConfig;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.indexing.SearchIndex;
import io.triad.matching.Amount;
import io.triad.matching.Eligibility;
import io.triad.matching.FundingCalculator;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.StudentForOpening;
import io.triad.matching.Privacy;
import io.triad.round.RoundStore.OpeningAt;
import io.triad.round.RoundStore.ProgramAt;
import io.triad.round.RoundStore.StudentAt;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Freezes a round's problem from the database and the engine when it runs: who fits comes from the engine (a student's
 * list was checked against it when stated), an engine-ordered ranking is the engine's order with students it scores
 * alike in one tier, and each program's room is what its capacity and budget leave after its approved applications.
 */
@ApplicationScoped
class InputBuilder {
    private final RoundStore store;
    private final SearchIndex index;
    private final TriadConfig config;

    InputBuilder(RoundStore store, SearchIndex index, TriadConfig config) {
        this.store = store;
        this.index = index;
        this.config = config;
    }

    /** Stage 1's inputs (stage 2's options come once the matches are known: {@link #funding}). */
    RoundInputs stageOne(UUID round, long seed) {
        List<RoundInputs.StudentIn> students = store.studentRankings(round);
        Set<String> applied = new HashSet<>();
        students.forEach(s -> applied.addAll(s.openings()));
        Set<String> ranking = students.stream().map(RoundInputs.StudentIn::key).collect(Collectors.toSet());
        Map<String, OpeningAt> openings = store.openings(round).stream()
                .collect(Collectors.toMap(OpeningAt::key, Function.identity()));
        List<RoundInputs.OpeningIn> openingIns = new ArrayList<>();
        for (RoundStore.OpeningRanking r : store.openingRankings(round)) {
            OpeningAt at = openings.get(r.opening());
            int free = (int) Math.max(0, at.doc().positions() - store.activePlacements(at.id()));
            List<List<String>> tiers = r.engineOrder() ? engineTiers(r.opening(), ranking)
                    : r.students() == null ? List.of() : r.students().stream().map(List::of).toList();
            openingIns.add(new RoundInputs.OpeningIn(r.opening(), applied.contains(r.opening()) ? free : 0, tiers,
                    r.engineOrder()));
        }
        List<RoundInputs.ProgramIn> programs = store.programs(round).stream().map(InputBuilder::room).toList();
        return new RoundInputs(seed, students, openingIns, programs, List.of(), List.of(), 0);
    }

    /** The engine's order for the opening over the round's ranking students, equal scores sharing a tier. */
    private List<List<String>> engineTiers(String opening, Set<String> ranking) {
        List<StudentForOpening> order = index.engine().forOpening(opening, config.today(), Integer.MAX_VALUE, false,
                MatchOrder.SCORE, true).items();
        List<List<String>> tiers = new ArrayList<>();
        Float last = null;
        for (StudentForOpening m : order) {
            if (!ranking.contains(m.student())) {
                continue;
            }
            if (last == null || m.score() != last) {
                tiers.add(new ArrayList<>());
                last = m.score();
            }
            tiers.get(tiers.size() - 1).add(m.student());
        }
        return tiers;
    }

    private static RoundInputs.ProgramIn room(ProgramAt p) {
        Integer capacity = p.doc().capacity();
        BigDecimal budget = p.doc().funding() == null ? null : p.doc().funding().budget();
        return new RoundInputs.ProgramIn(p.key(), capacity == null ? -1 : (int) Math.max(0, capacity - p.approved()),
                budget == null ? -1 : Math.max(0, cents(budget.subtract(p.committed()))),
                p.doc().funding() == null || !Boolean.FALSE.equals(p.doc().funding().stackable()));
    }

    /** Stage 2's inputs for the matched pairs: every program that may fund each (all rules but capacity) and its amount. */
    RoundInputs funding(UUID round, RoundInputs in, List<RoundPlan.Match> matches) {
        Map<String, OpeningAt> openings = store.openings(round).stream()
                .collect(Collectors.toMap(OpeningAt::key, Function.identity()));
        Map<String, StudentAt> students = store.studentsByKey(matches.stream().map(RoundPlan.Match::student).toList())
                .stream().collect(Collectors.toMap(StudentAt::key, Function.identity()));
        List<ProgramAt> programs = store.programs(round);
        List<RoundInputs.OptionIn> options = new ArrayList<>();
        for (RoundPlan.Match m : matches) {
            OpeningAt o = openings.get(m.opening());
            StudentAt s = students.get(m.student());
            for (ProgramAt p : programs) {
                long cents = amount(p, o, s);
                if (cents > 0) {
                    options.add(new RoundInputs.OptionIn(m.student(), m.opening(), p.key(), cents));
                }
            }
        }
        List<RoundInputs.WagesIn> wages = in.openings().stream().map(o -> new RoundInputs.WagesIn(o.key(),
                wages(openings.get(o.key())))).toList();
        return in.withFunding(options, wages);
    }

    /** The DATA.md amount in cents when the program may fund the pair (as the workflow's apply checks), else 0. */
    private long amount(ProgramAt p, OpeningAt o, StudentAt s) {
        var doc = p.doc();
        if (doc.status() != ProgramStatus.PUBLISHED || doc.scope() != Scope.PLACEMENT || doc.funding() == null
                || !o.doc().currency().equals(doc.funding().currency())) {
            return 0;
        }
        boolean fails = Eligibility.placement(doc, 0, o.startup(), o.doc(), s.doc(), config.today(), true).failed()
                .stream().anyMatch(f -> !f.rule().equals("capacity"));
        if (fails) {
            return 0;
        }
        boolean enhanced = FundingCalculator.qualifiesForEnhanced(doc.funding(), s.doc())
                && Privacy.mayUseEnhanced(s.doc(), false);
        Amount amount = FundingCalculator.placementAmount(doc.funding(), o.doc(), enhanced);
        return amount == null ? 0 : cents(amount.value());
    }

    private static long wages(OpeningAt o) {
        BigDecimal w = FundingCalculator.grossWages(o.doc());
        return w == null ? -1 : cents(new Amount(w, o.doc().currency()).value());
    }

    private static long cents(BigDecimal value) {
        return value.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
