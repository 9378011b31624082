package io.triad.matching;

import java.util.List;

/**
 * Which programs of a {@link RuleGroups} fail no rule and which fail exactly one, and that one failure, as bit sets
 * counted rule by rule: a program's bit leaves {@code none} for {@code one} at its first failure, and {@code one} at
 * its second (it then fails too many rules to be named on a page).
 */
final class Counts {
    private final long[] none;
    private final long[] one;
    /** Each program's first failure, as a list of one shared by the programs failing the same way. */
    private final List<Failure>[] first;

    @SuppressWarnings("unchecked")
    Counts(int programs) {
        this(new long[(programs + 63) >>> 6], new long[(programs + 63) >>> 6], new List[programs]);
    }

    private Counts(long[] none, long[] one, List<Failure>[] first) {
        this.none = none;
        this.one = one;
        this.first = first;
    }

    Counts copy() {
        return new Counts(none.clone(), one.clone(), first.clone());
    }

    /** Program {@code i} with the failures of the rules counted first. */
    void set(int i, List<Failure> failed) {
        if (failed.size() < 2) {
            (failed.isEmpty() ? none : one)[i >>> 6] |= 1L << i;
            first[i] = failed.isEmpty() ? null : List.of(failed.get(0));
        }
    }

    /** Counts the failures of each of {@code rules} tested on {@code on}. */
    <R, C> void count(List<Grouped<R, ?, C>> rules, C on) {
        long[] failing = new long[none.length];
        for (Grouped<R, ?, C> rule : rules) {
            List<Failure>[] failures = rule.failing(on, failing);
            if (failures == null) {
                continue;
            }
            for (int w = 0; w < failing.length; w++) {
                long f = failing[w];
                for (long firsts = none[w] & f; firsts != 0; firsts &= firsts - 1) {
                    int i = w << 6 | Long.numberOfTrailingZeros(firsts);
                    first[i] = rule.failure(failures, i);
                }
                one[w] = one[w] & ~f | none[w] & f;
                none[w] &= ~f;
                failing[w] = 0;
            }
        }
    }

    /** The first program from {@code i} on failing at most one rule, -1 when none. */
    int next(int i) {
        for (int w = i >>> 6; w < none.length; w++) {
            long bits = (none[w] | one[w]) & (w == i >>> 6 ? -1L << i : -1L);
            if (bits != 0) {
                return w << 6 | Long.numberOfTrailingZeros(bits);
            }
        }
        return -1;
    }

    /** How many programs fail no rule. */
    int passing() {
        return bits(none);
    }

    /** How many programs fail exactly one rule. */
    int failingOne() {
        return bits(one);
    }

    private static int bits(long[] words) {
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        return n;
    }

    boolean passes(int i) {
        return (none[i >>> 6] & 1L << i) != 0;
    }

    /** The one failure of a program {@link #next} gave that does not {@link #passes pass}, as a list of one. */
    List<Failure> failure(int i) {
        return first[i];
    }
}
