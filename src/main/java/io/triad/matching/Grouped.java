package io.triad.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link Rule} of a list of programs, the programs grouped by the rule's value (equal values, equal verdicts and
 * failures): a value is tested once for every program holding it.
 */
final class Grouped<R, V, C> {
    private final Rule<R, V, C> rule;
    private final List<V> values = new ArrayList<>();
    /** The programs (indexes in the list grouped) of each value, and each program's value. */
    private final int[][] members;
    private final int[] groupOf;

    private Grouped(Rule<R, V, C> rule, List<R> rulesByProgram) {
        this.rule = rule;
        groupOf = new int[rulesByProgram.size()];
        Map<V, Integer> ids = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < groupOf.length; i++) {
            V value = rule.value().apply(rulesByProgram.get(i));
            int id = ids.computeIfAbsent(value, v -> {
                values.add(v);
                sizes.add(0);
                return values.size() - 1;
            });
            groupOf[i] = id;
            sizes.set(id, sizes.get(id) + 1);
        }
        members = new int[values.size()][];
        int[] filled = new int[values.size()];
        for (int g = 0; g < members.length; g++) {
            members[g] = new int[sizes.get(g)];
        }
        for (int i = 0; i < groupOf.length; i++) {
            members[groupOf[i]][filled[groupOf[i]]++] = i;
        }
    }

    static <R, V, C> Grouped<R, V, C> of(Rule<R, V, C> rule, List<R> rulesByProgram) {
        return new Grouped<>(rule, rulesByProgram);
    }

    /**
     * Tests every value on {@code on} and sets the bits of the programs that fail ({@code failing} is one bit per
     * program, clear on entry). The failure of each value that fails, by value, as a list of one that its programs'
     * near misses share, or null when none fails.
     */
    @SuppressWarnings("unchecked")
    List<Failure>[] failing(C on, long[] failing) {
        List<Failure>[] failures = null;
        for (int g = 0; g < members.length; g++) {
            RuleCheck check = new RuleCheck();
            rule.test().apply(check, values.get(g), on);
            if (check.count() > 0) {
                if (failures == null) {
                    failures = new List[members.length];
                }
                failures[g] = List.of(check.failures().get(0));
                for (int i : members[g]) {
                    failing[i >>> 6] |= 1L << i;
                }
            }
        }
        return failures;
    }

    /** The failure of program {@code i} among those {@link #failing} returned (a list of one), null when it passes. */
    List<Failure> failure(List<Failure>[] failures, int i) {
        return failures[groupOf[i]];
    }
}
