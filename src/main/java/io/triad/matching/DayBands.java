package io.triad.matching;

import java.util.Arrays;
import org.apache.lucene.util.FixedBitSet;

/**
 * One date of every student of a segment, as bit sets that answer "which students have a day of at most {@code d}"
 * with word-wise operations: the days are cut into at most {@link #BANDS} bands of about equal size, and each band's
 * bit set holds the students whose day is in it or an earlier band. Only the students of the one band that holds
 * {@code d} are checked one by one, instead of every fitting student of the segment on every query.
 *
 * <p>A later-than date ({@code until >= d}) is the same question on the negated days ({@code -until <= -d}).
 */
final class DayBands {
    static final int BANDS = 16;

    private final int[] days;
    private final int sign;
    /** The largest (signed) day of each band, ascending. */
    private final int[] upper;
    /** {@code upTo[i]}: the students whose (signed) day is at most {@code upper[i]}. */
    private final FixedBitSet[] upTo;

    /** {@code sign} 1 for at-most questions on {@code days}, -1 for at-least questions. */
    DayBands(int[] days, int sign) {
        this.days = days;
        this.sign = sign;
        int[] sorted = new int[days.length];
        for (int d = 0; d < days.length; d++) {
            sorted[d] = sign * days[d];
        }
        Arrays.sort(sorted);
        this.upper = uppers(sorted);
        this.upTo = new FixedBitSet[upper.length];
        for (int i = 0; i < upper.length; i++) {
            upTo[i] = new FixedBitSet(days.length);
        }
        for (int d = 0; d < days.length; d++) {
            int band = Arrays.binarySearch(upper, sign * days[d]);
            upTo[band < 0 ? -band - 1 : band].set(d);
        }
        for (int i = 1; i < upper.length; i++) {
            upTo[i].or(upTo[i - 1]);
        }
    }

    /** Band bounds at the days' quantiles, without repeats; the last is the largest day. */
    private static int[] uppers(int[] sorted) {
        if (sorted.length == 0) {
            return new int[0];
        }
        int[] bounds = new int[BANDS];
        int n = 0;
        for (int b = 1; b <= BANDS; b++) {
            int day = sorted[(int) (((long) sorted.length * b + BANDS - 1) / BANDS) - 1];
            if (n == 0 || bounds[n - 1] != day) {
                bounds[n++] = day;
            }
        }
        return Arrays.copyOf(bounds, n);
    }

    /** Clears from {@code bits} every student whose day is after {@code day} (sign 1) or before it (sign -1). */
    void keep(FixedBitSet bits, int day) {
        int bound = sign * day;
        int band = Arrays.binarySearch(upper, bound);
        band = band < 0 ? -band - 1 : band + 1; // the first band holding days above the bound
        if (band == upper.length) {
            return; // every day is within the bound
        }
        long[] words = bits.getBits();
        long[] below = band == 0 ? null : upTo[band - 1].getBits();
        long[] within = upTo[band].getBits();
        for (int w = 0; w < words.length; w++) {
            long sure = below == null ? 0 : words[w] & below[w];
            long check = words[w] & within[w] & ~sure;
            while (check != 0) {
                int bit = Long.numberOfTrailingZeros(check);
                check &= check - 1;
                if (sign * days[(w << 6) + bit] <= bound) {
                    sure |= 1L << bit;
                }
            }
            words[w] = sure;
        }
    }
}
