package io.triad.round;

import java.util.Arrays;

/**
 * A first feasible answer handed to the solver as a hint: options by amount, largest first (ties by index), taken while
 * every bound holds. It decides nothing: CP-SAT checks it, improves on it and bounds how far from optimal the result
 * is. On large rounds a single-worker CP-SAT may otherwise spend its whole time limit before finding any solution.
 */
final class FundingHint {
    private FundingHint() {
    }

    static boolean[] of(FundingOptimizer.Input in) {
        Integer[] order = new Integer[in.options().size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int byAmount = Long.compare(in.options().get(b).amount(), in.options().get(a).amount());
            return byAmount != 0 ? byAmount : Integer.compare(a, b);
        });
        int[] count = new int[in.programs().length];
        long[] spent = new long[in.programs().length];
        long[] received = new long[in.wages().length];
        int[] held = new int[in.wages().length];
        boolean[] exclusive = new boolean[in.wages().length];
        boolean[] chosen = new boolean[order.length];
        for (int i : order) {
            FundingOptimizer.Option o = in.options().get(i);
            FundingOptimizer.Program g = in.programs()[o.program()];
            int p = o.placement();
            long wages = in.wages()[p];
            boolean stacks = held[p] == 0 || g.stackable() && !exclusive[p];
            if (o.amount() > 0 && stacks && (g.capacity() < 0 || count[o.program()] < g.capacity())
                    && (g.budget() < 0 || spent[o.program()] + o.amount() <= g.budget())
                    && (wages < 0 || received[p] + o.amount() <= wages)) {
                count[o.program()]++;
                spent[o.program()] += o.amount();
                received[p] += o.amount();
                held[p]++;
                exclusive[p] |= !g.stackable();
                chosen[i] = true;
            }
        }
        return chosen;
    }
}
