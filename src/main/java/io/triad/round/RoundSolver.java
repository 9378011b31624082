package io.triad.round;

import io.triad.round.RoundInputs.OpeningIn;
import io.triad.round.RoundInputs.OptionIn;
import io.triad.round.RoundInputs.ProgramIn;
import io.triad.round.RoundInputs.StudentIn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Keys to indexes and back around the two pure stages: the same inputs and seed always give the same plan. */
final class RoundSolver {
    private RoundSolver() {
    }

    /** Stage 1 only: the matches and the unmatched students. */
    static StableMatching.Result stableMatching(RoundInputs in) {
        Map<String, Integer> student = index(in.students(), StudentIn::key);
        Map<String, Integer> opening = index(in.openings(), OpeningIn::key);
        int[] capacity = in.openings().stream().mapToInt(OpeningIn::capacity).toArray();
        int[][] lists = in.students().stream().map(s -> s.openings().stream().filter(opening::containsKey)
                .mapToInt(opening::get).toArray()).toArray(int[][]::new);
        int[][][] tiers = in.openings().stream().map(o -> o.tiers().stream().map(t -> t.stream()
                .filter(student::containsKey).mapToInt(student::get).toArray()).toArray(int[][]::new))
                .toArray(int[][][]::new);
        return StableMatching.run(Rankings.build(capacity, lists, tiers, in.seed()));
    }

    static List<RoundPlan.Match> matches(RoundInputs in, StableMatching.Result result) {
        List<RoundPlan.Match> out = new ArrayList<>();
        for (int s = 0; s < in.students().size(); s++) {
            if (result.opening()[s] >= 0) {
                out.add(new RoundPlan.Match(in.students().get(s).key(), in.openings().get(result.opening()[s]).key(),
                        result.choice()[s]));
            }
        }
        return out;
    }

    /** Stage 2 over the given matches, with the options and wages frozen in the inputs. */
    static RoundPlan plan(RoundInputs in, List<RoundPlan.Match> matches, FundingOptimizer.Limits limits) {
        Map<String, Integer> pair = new HashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            pair.put(matches.get(i).student() + "\n" + matches.get(i).opening(), i);
        }
        Map<String, Integer> program = index(in.programs(), ProgramIn::key);
        Map<String, Long> wagesOf = new HashMap<>();
        in.wages().forEach(w -> wagesOf.put(w.opening(), w.cents()));
        long[] wages = matches.stream().mapToLong(m -> wagesOf.getOrDefault(m.opening(), -1L)).toArray();
        FundingOptimizer.Program[] programs = in.programs().stream()
                .map(p -> new FundingOptimizer.Program(p.capacity(), p.budget(), p.stackable()))
                .toArray(FundingOptimizer.Program[]::new);
        List<OptionIn> kept = new ArrayList<>();
        List<FundingOptimizer.Option> options = new ArrayList<>();
        for (OptionIn o : in.options()) {
            Integer p = pair.get(o.student() + "\n" + o.opening());
            if (p != null && program.containsKey(o.program())) {
                kept.add(o);
                options.add(new FundingOptimizer.Option(p, program.get(o.program()), o.cents()));
            }
        }
        FundingOptimizer.Result solved = FundingOptimizer.solve(new FundingOptimizer.Input(wages, programs, options), limits);
        List<RoundPlan.Funding> funding = new ArrayList<>();
        for (int i : solved.chosen()) {
            OptionIn o = kept.get(i);
            funding.add(new RoundPlan.Funding(o.student(), o.opening(), o.program(), o.cents()));
        }
        return new RoundPlan(matches, List.of(), funding, solved.total(), solved.bound(), solved.optimal(), solved.gap(),
                solved.stop(), solved.work());
    }

    /** Both stages from the frozen inputs: a replay. */
    static RoundPlan replay(RoundInputs in, FundingOptimizer.Limits limits) {
        StableMatching.Result result = stableMatching(in);
        RoundPlan plan = plan(in, matches(in, result), limits);
        return withUnmatched(plan, unmatched(in, result));
    }

    static List<String> unmatched(RoundInputs in, StableMatching.Result result) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < in.students().size(); s++) {
            if (result.opening()[s] < 0) {
                out.add(in.students().get(s).key());
            }
        }
        return out;
    }

    static RoundPlan withUnmatched(RoundPlan plan, List<String> unmatched) {
        return new RoundPlan(plan.matches(), unmatched, plan.funding(), plan.total(), plan.bound(), plan.optimal(),
                plan.gap(), plan.stop(), plan.work());
    }

    private static <T> Map<String, Integer> index(List<T> items, Function<T, String> key) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            out.put(key.apply(items.get(i)), i);
        }
        return out;
    }
}
