package io.triad.round;

/**
 * The seeded lottery that breaks ties in an engine-ordered ranking. A student's ticket depends only on the seed
 * and the student's position in the round's key order, so the same stored inputs and seed give the same tickets.
 * Priorities are "lower is better": the tier (the engine's order, ties sharing a tier) in the high 32 bits, the
 * ticket in the low 31, so the lottery can only reorder students within one tier.
 */
public final class Lottery {
    private Lottery() {
    }

    /** The priority of a student in the given tier (0 = best) of an opening's ranking. */
    public static long priority(long seed, int tier, int student) {
        if (tier < 0) {
            throw new IllegalArgumentException("tier");
        }
        return ((long) tier << 32) | ticket(seed, student);
    }

    /** The student's lottery ticket, 0..2^31-1: SplitMix64's finalizer over the seed and the student's index. */
    static long ticket(long seed, int student) {
        long z = seed + 0x9E3779B97F4A7C15L * (student + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 33;
    }

    /** The tier of a priority made by {@link #priority}. */
    public static int tier(long priority) {
        return (int) (priority >>> 32);
    }
}
