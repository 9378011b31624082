package io.triad.round;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * An upper bound on stage 2's total: the linear relaxation of the same 0-1 program (every bound, each option between
 * 0 and 1), solved once by OR-Tools' GLOP. On large rounds CP-SAT runs without its own LP (which it would re-solve at
 * every decision, far past the time a round may take), so this is where the reported gap comes from. It decides
 * nothing: the chosen options are CP-SAT's.
 */
final class FundingBound {
    private FundingBound() {
    }

    /** The relaxation's optimum in cents rounded down (no 0-1 answer exceeds it), or -1 if GLOP gave none. */
    static long of(FundingOptimizer.Input in) {
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            List<FundingOptimizer.Option> options = in.options();
            MPVariable[] x = new MPVariable[options.size()];
            MPObjective objective = lp.objective();
            for (int i = 0; i < x.length; i++) {
                FundingOptimizer.Option o = options.get(i);
                long wages = in.wages()[o.placement()];
                boolean never = o.amount() <= 0 || wages >= 0 && o.amount() > wages;
                x[i] = lp.makeNumVar(0, never ? 0 : 1, "x" + i);
                objective.setCoefficient(x[i], o.amount());
            }
            objective.setMaximization();
            rows(lp, in, x);
            MPSolver.ResultStatus status = lp.solve();
            return status == MPSolver.ResultStatus.OPTIMAL ? (long) Math.floor(objective.value() + 1e-6) : -1;
        } finally {
            lp.delete();
        }
    }

    private static void rows(MPSolver lp, FundingOptimizer.Input in, MPVariable[] x) {
        List<List<Integer>> byProgram = group(in, true);
        for (int g = 0; g < in.programs().length; g++) {
            FundingOptimizer.Program program = in.programs()[g];
            if (program.capacity() >= 0) {
                MPConstraint c = lp.makeConstraint(0, program.capacity());
                byProgram.get(g).forEach(i -> c.setCoefficient(x[i], 1));
            }
            if (program.budget() >= 0) {
                MPConstraint c = lp.makeConstraint(0, program.budget());
                byProgram.get(g).forEach(i -> c.setCoefficient(x[i], in.options().get(i).amount()));
            }
        }
        List<List<Integer>> byPlacement = group(in, false);
        for (int p = 0; p < in.wages().length; p++) {
            List<Integer> ids = byPlacement.get(p);
            if (ids.size() > 1 && in.wages()[p] >= 0) {
                MPConstraint c = lp.makeConstraint(0, in.wages()[p]);
                ids.forEach(i -> c.setCoefficient(x[i], in.options().get(i).amount()));
            }
            exclusions(lp, in, x, ids);
        }
    }

    /**
     * A placement's non-stackable options exclude each other and every other option: one row for the non-stackable
     * ones together, and one per stackable option with them (the cliques, tighter and fewer than the pairs).
     */
    private static void exclusions(MPSolver lp, FundingOptimizer.Input in, MPVariable[] x, List<Integer> ids) {
        List<Integer> alone = ids.stream().filter(i -> !in.programs()[in.options().get(i).program()].stackable()).toList();
        if (alone.isEmpty()) {
            return;
        }
        MPConstraint c = lp.makeConstraint(0, 1);
        alone.forEach(i -> c.setCoefficient(x[i], 1));
        for (int j : ids) {
            if (!alone.contains(j)) {
                MPConstraint with = lp.makeConstraint(0, 1);
                alone.forEach(i -> with.setCoefficient(x[i], 1));
                with.setCoefficient(x[j], 1);
            }
        }
    }

    private static List<List<Integer>> group(FundingOptimizer.Input in, boolean byProgram) {
        int n = byProgram ? in.programs().length : in.wages().length;
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < in.options().size(); i++) {
            FundingOptimizer.Option o = in.options().get(i);
            out.get(byProgram ? o.program() : o.placement()).add(i);
        }
        return out;
    }
}
