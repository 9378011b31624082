package io.triad.round;

import java.util.Arrays;

/**
 * Turns the two sides' rankings into {@link StableMatching.Input}: an opening's ranking is a list of tiers, best
 * first; a startup's own ranking has one student per tier, the engine's order puts students the engine cannot tell
 * apart in one tier, and the seeded {@link Lottery} orders each tier. Students are indexes in the round's key order.
 */
public final class Rankings {
    private Rankings() {
    }

    /**
     * @param capacity  positions per opening
     * @param lists     per student, the openings it ranks, best first (no repeats)
     * @param tiers     per opening, tiers of student indexes, best first; a student in no tier is unacceptable
     * @param seed      the lottery's seed
     */
    public static StableMatching.Input build(int[] capacity, int[][] lists, int[][][] tiers, long seed) {
        Lookup[] lookup = new Lookup[tiers.length];
        for (int o = 0; o < tiers.length; o++) {
            lookup[o] = Lookup.of(tiers[o]);
        }
        long[][] priority = new long[lists.length][];
        for (int s = 0; s < lists.length; s++) {
            priority[s] = new long[lists[s].length];
            for (int k = 0; k < lists[s].length; k++) {
                int tier = lookup[lists[s][k]].tierOf(s);
                priority[s][k] = tier < 0 ? -1 : Lottery.priority(seed, tier, s);
            }
        }
        return new StableMatching.Input(capacity.clone(), lists, priority);
    }

    /** One opening's students sorted by index beside their tiers, for binary search. */
    private record Lookup(int[] students, int[] tier) {
        static Lookup of(int[][] tiers) {
            int n = 0;
            for (int[] t : tiers) {
                n += t.length;
            }
            long[] packed = new long[n];
            int i = 0;
            for (int t = 0; t < tiers.length; t++) {
                for (int s : tiers[t]) {
                    packed[i++] = ((long) s << 32) | t;
                }
            }
            Arrays.sort(packed);
            int[] students = new int[n];
            int[] tier = new int[n];
            for (i = 0; i < n; i++) {
                students[i] = (int) (packed[i] >>> 32);
                tier[i] = (int) packed[i];
            }
            return new Lookup(students, tier);
        }

        /** The best tier the student is in, or -1. */
        int tierOf(int s) {
            int i = Arrays.binarySearch(students, s);
            if (i < 0) {
                return -1;
            }
            while (i > 0 && students[i - 1] == s) {
                i--;
            }
            return tier[i];
        }
    }
}
