package io.triad.round;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random stage-1 instances: rankings of both sides, some engine-ordered with ties, some explicit. */
record RandomRounds(int[] capacity, int[][] lists, int[][][] tiers, long seed) {

    static RandomRounds generate(Random random, int maxStudents, int maxOpenings, int maxCapacity) {
        int n = 1 + random.nextInt(maxStudents);
        int m = 1 + random.nextInt(maxOpenings);
        int[] capacity = new int[m];
        for (int o = 0; o < m; o++) {
            capacity[o] = random.nextInt(maxCapacity + 1);
        }
        int[][] lists = new int[n][];
        for (int s = 0; s < n; s++) {
            lists[s] = prefix(shuffled(m, random), random.nextInt(m + 1));
        }
        int[][][] tiers = new int[m][][];
        for (int o = 0; o < m; o++) {
            int[] ranked = prefix(shuffled(n, random), random.nextInt(n + 1));
            tiers[o] = random.nextBoolean() ? singletons(ranked) : tied(ranked, random);
        }
        return new RandomRounds(capacity, lists, tiers, random.nextLong());
    }

    StableMatching.Input input() {
        return Rankings.build(capacity, lists, tiers, seed);
    }

    private static int[] shuffled(int n, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] prefix(int[] a, int length) {
        int[] out = new int[length];
        System.arraycopy(a, 0, out, 0, length);
        return out;
    }

    private static int[][] singletons(int[] ranked) {
        int[][] tiers = new int[ranked.length][];
        for (int i = 0; i < ranked.length; i++) {
            tiers[i] = new int[] {ranked[i]};
        }
        return tiers;
    }

    /** An engine order with ties: consecutive students share a tier at random. */
    private static int[][] tied(int[] ranked, Random random) {
        List<int[]> tiers = new ArrayList<>();
        int i = 0;
        while (i < ranked.length) {
            int size = 1 + random.nextInt(Math.min(3, ranked.length - i));
            int[] tier = new int[size];
            System.arraycopy(ranked, i, tier, 0, size);
            tiers.add(tier);
            i += size;
        }
        return tiers.toArray(new int[0][]);
    }
}
