package io.triad.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random stage-2 instances with every kind of bound: capacities, budgets, wages, non-stackable programs. */
final class RandomFunding {
    private RandomFunding() {
    }

    static FundingOptimizer.Input generate(Random random, int maxPlacements, int maxPrograms) {
        int n = 1 + random.nextInt(maxPlacements);
        int m = 1 + random.nextInt(maxPrograms);
        long[] wages = new long[n];
        for (int p = 0; p < n; p++) {
            wages[p] = random.nextInt(10) == 0 ? -1 : 50 + random.nextInt(200);
        }
        FundingOptimizer.Program[] programs = new FundingOptimizer.Program[m];
        for (int g = 0; g < m; g++) {
            int capacity = random.nextInt(4) == 0 ? -1 : random.nextInt(n + 1);
            long budget = random.nextInt(4) == 0 ? -1 : random.nextInt(100 * n + 1);
            programs[g] = new FundingOptimizer.Program(capacity, budget, random.nextInt(3) > 0);
        }
        List<FundingOptimizer.Option> options = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            for (int g = 0; g < m; g++) {
                if (random.nextInt(10) < 7) {
                    options.add(new FundingOptimizer.Option(p, g, random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(150)));
                }
            }
        }
        return new FundingOptimizer.Input(wages, programs, options);
    }

    /** Whether choosing these options breaks no bound. */
    static List<String> violations(FundingOptimizer.Input in, int[] chosen) {
        List<String> out = new ArrayList<>();
        int[] count = new int[in.programs().length];
        long[] spent = new long[in.programs().length];
        long[] received = new long[in.wages().length];
        int[] held = new int[in.wages().length];
        boolean[] exclusive = new boolean[in.wages().length];
        for (int i : chosen) {
            FundingOptimizer.Option o = in.options().get(i);
            count[o.program()]++;
            spent[o.program()] += o.amount();
            received[o.placement()] += o.amount();
            held[o.placement()]++;
            exclusive[o.placement()] |= !in.programs()[o.program()].stackable();
        }
        for (int g = 0; g < count.length; g++) {
            FundingOptimizer.Program program = in.programs()[g];
            if (program.capacity() >= 0 && count[g] > program.capacity()) {
                out.add("program " + g + " above capacity");
            }
            if (program.budget() >= 0 && spent[g] > program.budget()) {
                out.add("program " + g + " above budget");
            }
        }
        for (int p = 0; p < held.length; p++) {
            if (in.wages()[p] >= 0 && received[p] > in.wages()[p]) {
                out.add("placement " + p + " above wages");
            }
            if (exclusive[p] && held[p] > 1) {
                out.add("placement " + p + " stacks a non-stackable program");
            }
        }
        return out;
    }

    /** The best total over every subset of options (small instances only). */
    static long bruteForceBest(FundingOptimizer.Input in) {
        int k = in.options().size();
        long best = 0;
        for (int mask = 0; mask < 1 << k; mask++) {
            int bits = mask;
            int[] chosen = java.util.stream.IntStream.range(0, k).filter(i -> (bits >>> i & 1) == 1).toArray();
            if (violations(in, chosen).isEmpty()) {
                long total = 0;
                for (int i : chosen) {
                    total += in.options().get(i).amount();
                }
                best = Math.max(best, total);
            }
        }
        return best;
    }
}
