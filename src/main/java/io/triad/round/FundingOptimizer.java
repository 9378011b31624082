package io.triad.round;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2 of a round: which program funds which matched placement so the total subsidy is the largest possible.
 * Budgets make this a multiple-knapsack problem, so no flow model fits; OR-Tools' CP-SAT solves it as a 0-1
 * program. One worker, a fixed seed and a deterministic time limit (work units, not wall time) make the same input
 * give the same answer on any machine and any load; a wall-clock limit is only a safety net, and a result says which of
 * the two stopped it.
 *
 * <p>Money is in cents. Bounds: per program at most {@code capacity} options and at most {@code budget} of amounts
 * (negative = no limit); per placement at most {@code wages} of amounts; a non-stackable program's option excludes
 * every other option of its placement.
 */
public final class FundingOptimizer {
    static final int PRESOLVE_UP_TO = 20_000;

    static {
        Loader.loadNativeLibraries();
    }

    /** A program's remaining room. */
    public record Program(int capacity, long budget, boolean stackable) {
    }

    /** Program {@code program} may fund placement {@code placement} with {@code amount} cents. */
    public record Option(int placement, int program, long amount) {
    }

    /** {@code wages[p]} in cents (negative = unknown, no ceiling); options in a fixed order (the caller sorts). */
    public record Input(long[] wages, Program[] programs, List<Option> options) {
    }

    /**
     * The chosen options (indexes into the input's), the total, how far from proven optimal, what stopped the solver,
     * and the deterministic work it did (seconds of CP-SAT's work units, the same on every machine and load).
     */
    public record Result(int[] chosen, long total, long bound, boolean optimal, double gap, Stop stop, double work) {
    }

    /**
     * Why the solver stopped. Only {@link #WALL_CLOCK} depends on the machine: the answer then is whatever the solver
     * had when time ran out, and a replay elsewhere may differ; the other two replay to the same answer.
     */
    public enum Stop {
        /** Proven optimal (or nothing to decide). */
        OPTIMAL,
        /** The deterministic work limit: the best answer found within a fixed amount of work. */
        WORK_LIMIT,
        /** The wall-clock safety net, before the work limit: the machine was far slower than the limit allows for. */
        WALL_CLOCK
    }

    /**
     * Solver limits in seconds: {@code workSeconds} of CP-SAT's deterministic time is the limit that decides (so a
     * replay stops at the same point of the search); {@code wallSeconds} is a safety net set well above it.
     */
    public record Limits(double workSeconds, double wallSeconds, long seed) {
    }

    private FundingOptimizer() {
    }

    public static Result solve(Input in, Limits limits) {
        List<Option> options = in.options();
        if (options.isEmpty()) {
            return new Result(new int[0], 0, 0, true, 0, Stop.OPTIMAL, 0);
        }
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[options.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        List<List<Integer>> byProgram = group(options, in.programs().length, true);
        List<List<Integer>> byPlacement = group(options, in.wages().length, false);
        programBounds(model, in, x, byProgram);
        placementBounds(model, in, x, byPlacement);
        model.maximize(weighted(x, options, allOf(options.size())));
        boolean[] hint = FundingHint.of(in);
        for (int i = 0; i < x.length; i++) {
            model.addHint(x[i], hint[i] ? 1 : 0);
        }
        boolean large = options.size() > PRESOLVE_UP_TO;
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed((int) limits.seed())
                .setMaxDeterministicTime(limits.workSeconds()).setMaxTimeInSeconds(limits.wallSeconds())
                .setLogSearchProgress(Boolean.getBoolean("triad.cpsat.log"))
                // presolve of a large model takes longer than the search it saves (and its wall time counts no work)
                .setCpModelPresolve(!large)
                // CP-SAT's LP, re-solved at each decision, takes minutes on a large model without counting as work:
                // large models search without it and take their bound from one LP relaxation (FundingBound)
                .setLinearizationLevel(large ? 0 : 1);
        return answer(in, limits, solver, solver.solve(model), x, hint);
    }

    /** The solver's answer, or the hint if it found none; the bound is the tighter of CP-SAT's and the LP's. */
    private static Result answer(Input in, Limits limits, CpSolver solver, CpSolverStatus status, BoolVar[] x,
            boolean[] hint) {
        List<Option> options = in.options();
        double work = solver.response().getDeterministicTime();
        if (status == CpSolverStatus.OPTIMAL) {
            int[] chosen = java.util.stream.IntStream.range(0, x.length).filter(i -> solver.booleanValue(x[i])).toArray();
            long total = Math.round(solver.objectiveValue());
            return new Result(chosen, total, total, true, 0, Stop.OPTIMAL, work);
        }
        boolean found = status == CpSolverStatus.FEASIBLE;
        // a limit hit before CP-SAT's first solution leaves the hint, which is feasible and as reproducible as the rest
        int[] chosen = java.util.stream.IntStream.range(0, x.length)
                .filter(i -> found ? solver.booleanValue(x[i]) : hint[i]).toArray();
        long total = java.util.Arrays.stream(chosen).mapToLong(i -> options.get(i).amount()).sum();
        long bound = found ? Math.round(solver.bestObjectiveBound()) : Long.MAX_VALUE;
        long relaxed = FundingBound.of(in);
        bound = Math.max(total, relaxed >= 0 ? Math.min(bound, relaxed) : bound);
        if (bound == total) {
            return new Result(chosen, total, bound, true, 0, Stop.OPTIMAL, work);
        }
        return new Result(chosen, total, bound, false, (bound - total) / (double) bound,
                stop(limits, work, solver.wallTime()), work);
    }

    /** A stop short of optimal is the work limit's unless the wall clock ran out with work left to do. */
    static Stop stop(Limits limits, double work, double wall) {
        return wall >= limits.wallSeconds() && work < limits.workSeconds() ? Stop.WALL_CLOCK : Stop.WORK_LIMIT;
    }

    private static void programBounds(CpModel model, Input in, BoolVar[] x, List<List<Integer>> byProgram) {
        for (int g = 0; g < in.programs().length; g++) {
            List<Integer> ids = byProgram.get(g);
            Program program = in.programs()[g];
            if (ids.isEmpty()) {
                continue;
            }
            if (program.capacity() >= 0 && program.capacity() < ids.size()) {
                model.addLessOrEqual(LinearExpr.sum(pick(x, ids)), program.capacity());
            }
            long all = ids.stream().mapToLong(i -> in.options().get(i).amount()).sum();
            if (program.budget() >= 0 && all > program.budget()) {
                model.addLessOrEqual(weighted(x, in.options(), ids), program.budget());
            }
        }
    }

    private static void placementBounds(CpModel model, Input in, BoolVar[] x, List<List<Integer>> byPlacement) {
        for (int p = 0; p < in.wages().length; p++) {
            List<Integer> ids = byPlacement.get(p);
            long wages = in.wages()[p];
            long all = ids.stream().mapToLong(i -> in.options().get(i).amount()).sum();
            if (ids.size() > 1 && wages >= 0 && all > wages) {
                model.addLessOrEqual(weighted(x, in.options(), ids), wages);
            }
            for (int i : ids) {
                Option option = in.options().get(i);
                if (option.amount() <= 0 || wages >= 0 && option.amount() > wages) {
                    model.addEquality(x[i], 0);
                }
                if (!in.programs()[option.program()].stackable()) {
                    // a non-stackable program's option excludes each other option of its placement: binary clauses,
                    // which the solver propagates (and presolves) far better than one enforced sum
                    for (int j : ids) {
                        if (j != i) {
                            model.addBoolOr(new com.google.ortools.sat.Literal[] {x[i].not(), x[j].not()});
                        }
                    }
                }
            }
        }
    }

    private static List<List<Integer>> group(List<Option> options, int n, boolean byProgram) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            out.get(byProgram ? o.program() : o.placement()).add(i);
        }
        return out;
    }

    private static List<Integer> allOf(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    private static BoolVar[] pick(BoolVar[] x, List<Integer> ids) {
        return ids.stream().map(i -> x[i]).toArray(BoolVar[]::new);
    }

    private static LinearExpr weighted(BoolVar[] x, List<Option> options, List<Integer> ids) {
        long[] coefficients = ids.stream().mapToLong(i -> options.get(i).amount()).toArray();
        return LinearExpr.weightedSum(pick(x, ids), coefficients);
    }
}
