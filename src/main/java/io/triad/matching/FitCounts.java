package io.triad.matching;

import io.triad.domain.OpeningDoc;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * How many students fit each of several openings that differ only in their dates: a student fits an opening when
 * available from its start date ({@code from <= start}) until its last day ({@code until >= last}). One pass over the
 * students sorts them by the first start date they are available on, then the start dates are swept in order, each
 * opening's count read from a running tally by last day (a Fenwick tree): the cost is the students once, not the
 * students once per opening (a program's openings share a few level, field and work-mode sets among thousands).
 */
final class FitCounts {
    private FitCounts() {
    }

    /**
     * For each opening of {@code openings}, how many students of {@code students} fit its dates ({@code [0][i]}),
     * and how many of those are in {@code marked} ({@code [1][i]}; null: none); {@code from} and {@code until}
     * hold each student's availability as epoch days.
     */
    static long[][] count(List<OpeningDoc> openings, FixedBitSet students, int[] from, int[] until,
            FixedBitSet marked) {
        int[] starts = days(openings, true);
        int[] lasts = days(openings, false);
        int n = students.cardinality();
        // per student: the first start date it is available on (starts.length: none), and how many last days it
        // covers, times two, plus one when marked
        int[] firstStart = new int[n];
        int[] covered = new int[n];
        int[] bucket = new int[starts.length + 2];
        int i = 0;
        for (int d = students.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                d = d + 1 < students.length() ? students.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS, i++) {
            firstStart[i] = lowerBound(starts, from[d]);
            covered[i] = upperBound(lasts, until[d]) << 1 | (marked != null && marked.get(d) ? 1 : 0);
            bucket[firstStart[i] + 1]++;
        }
        for (int s = 1; s < bucket.length; s++) {
            bucket[s] += bucket[s - 1];
        }
        int[] byStart = new int[n];
        int[] cursor = bucket.clone();
        for (int j = 0; j < n; j++) {
            byStart[cursor[firstStart[j]]++] = covered[j];
        }
        return sweep(openings, starts, lasts, byStart, bucket);
    }

    /** Adds the students start date by start date, answering each opening once its start date is reached. */
    private static long[][] sweep(List<OpeningDoc> openings, int[] starts, int[] lasts, int[] byStart, int[] bucket) {
        long[][] counts = new long[2][openings.size()];
        long[] all = new long[lasts.length + 2];
        long[] withMark = new long[lasts.length + 2];
        long added = 0;
        long addedMarked = 0;
        Integer[] order = new Integer[openings.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> openings.get(a).startDate().compareTo(openings.get(b).startDate()));
        int s = 0;
        for (int k : order) {
            OpeningDoc o = openings.get(k);
            int start = Arrays.binarySearch(starts, (int) o.startDate().toEpochDay());
            for (; s <= start; s++) {
                for (int j = bucket[s]; j < bucket[s + 1]; j++) {
                    add(all, byStart[j] >> 1);
                    added++;
                    if ((byStart[j] & 1) != 0) {
                        add(withMark, byStart[j] >> 1);
                        addedMarked++;
                    }
                }
            }
            int last = Arrays.binarySearch(lasts, (int) o.lastDay().toEpochDay());
            // a student fits when it covers the opening's last day, lasts[last]: more than `last` of them
            counts[0][k] = added - coveringFewer(all, last + 1);
            counts[1][k] = addedMarked - coveringFewer(withMark, last + 1);
        }
        return counts;
    }

    private static int[] days(List<OpeningDoc> openings, boolean start) {
        return openings.stream().mapToInt(o -> (int) (start ? o.startDate() : o.lastDay()).toEpochDay()).distinct()
                .sorted().toArray();
    }

    /** The index of the first of {@code sorted} at least {@code day} ({@code sorted.length}: none). */
    private static int lowerBound(int[] sorted, int day) {
        int at = Arrays.binarySearch(sorted, day);
        return at >= 0 ? at : -at - 1;
    }

    /** How many of {@code sorted} are at most {@code day}. */
    private static int upperBound(int[] sorted, int day) {
        int at = Arrays.binarySearch(sorted, day);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** Fenwick tree over how many last days a student covers (0 to lasts.length, stored one up). */
    private static void add(long[] tree, int covered) {
        for (int j = covered + 1; j < tree.length; j += j & -j) {
            tree[j]++;
        }
    }

    /** How many added students cover fewer than {@code limit} last days. */
    private static long coveringFewer(long[] tree, int limit) {
        long sum = 0;
        for (int j = limit; j > 0; j -= j & -j) {
            sum += tree[j];
        }
        return sum;
    }
}
