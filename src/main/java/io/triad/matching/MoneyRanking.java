package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The exact top k of an opening's students in a money order (API.md {@code sort=amount}, {@code sort=total}) without
 * reading a single student document: each paying program's amount depends on the student only through the enhanced
 * rate, so a student's largest amount, or total, is worked out per segment from the programs' rule bit sets (kept
 * between requests, {@link RuleBits}) ANDed with the fitting students, in whole cents. The k-th best money value then splits the
 * students into those above it (fewer than k, all taken) and those at it (the best by score), two Lucene top-k
 * searches; only the page's students are read and explained. Same rules as {@link Explainer} and
 * {@link FundingCalculator#total}, which the tests hold it to.
 */
final class MoneyRanking {
    /** No amount (null): last in every money order. */
    static final long NONE = Long.MIN_VALUE;

    /** A segment's facts. */
    @FunctionalInterface
    interface Facts {
        StudentFacts.Segment of(LeafReaderContext leaf) throws IOException;
    }

    /** A program's students of a segment passing its rules for the opening, deleted ones included (kept, shared). */
    @FunctionalInterface
    interface Passing {
        FixedBitSet of(LeafReaderContext leaf, EligibleStudents rules) throws IOException;
    }

    /** A paying program's amounts for the opening, in cents ({@link #NONE}: unknown). */
    private record Paying(EligibleStudents rules, long standard, long enhanced, boolean stackable, boolean inCurrency) {
        /** The most this program pays any student. */
        long top() {
            return Math.max(standard, enhanced);
        }
    }

    record Result(List<FilteredTopK.Hit> hits, long total) {
    }

    private final OpeningDoc opening;
    private final List<Paying> paying;
    private final boolean funded;
    private final boolean total;
    /** Gross wages: whole cents at most, and rounded; a total above them is capped (no wages: no cap). */
    private final long wagesFloor;
    private final long wagesRounded;
    /** A total only grows, and past the wages it is capped: a student whose total is past them is done. */
    private final boolean capped;

    MoneyRanking(OpeningDoc opening, List<ProgramDoc> programs, boolean privileged, boolean funded, MatchOrder order) {
        this.opening = opening;
        this.funded = funded;
        this.total = order == MatchOrder.TOTAL;
        this.paying = programs.stream().map(p -> new Paying(new EligibleStudents(p, privileged),
                cents(FundingCalculator.placementAmount(p.funding(), opening, false)),
                cents(FundingCalculator.placementAmount(p.funding(), opening, true)),
                FundingCalculator.stackable(p.funding()),
                p.funding() != null && Objects.equals(FundingCalculator.currency(opening), p.funding().currency())))
                // best-paying first: a student is done sooner (see add)
                .sorted(Comparator.comparingLong(Paying::top).reversed())
                .toList();
        BigDecimal wages = FundingCalculator.grossWages(opening);
        this.wagesFloor = wages == null ? Long.MAX_VALUE
                : wages.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
        this.wagesRounded = wages == null ? Long.MAX_VALUE : cents(new Amount(wages, opening.currency()));
        this.capped = wages != null && paying.stream().allMatch(p -> (p.standard() == NONE || p.standard() >= 0)
                && (p.enhanced() == NONE || p.enhanced() >= 0));
    }

    private static long cents(Amount amount) {
        return amount == null ? NONE : amount.value().movePointRight(2).longValueExact();
    }

    Result top(IndexSearcher searcher, FilteredTopK.Filter fit, Facts facts, Passing passing, Query scoring, int k)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] candidates = new FixedBitSet[leaves.size()];
        long[][] money = new long[leaves.size()][];
        // each segment's money is its own: a large index works out its two halves of segments on both cores
        List<Best> parts = SearchHelpers.run(searcher.getIndexReader().maxDoc(), split -> {
            if (!split) {
                return List.of(best(leaves, fit, facts, passing, k, candidates, money));
            }
            List<List<LeafReaderContext>> halves = SearchHelpers.halves(leaves);
            return SearchHelpers.both(() -> best(halves.get(0), fit, facts, passing, k, candidates, money),
                    () -> best(halves.get(1), fit, facts, passing, k, candidates, money));
        });
        Best best = parts.get(0);
        for (Best other : parts.subList(1, parts.size())) {
            best.count += other.count;
            other.values.forEach(best::offer);
        }
        if (best.count == 0) {
            return new Result(List.of(), 0);
        }
        long kth = best.values.peek();
        int above = (int) best.values.stream().filter(m -> m > kth).count();
        List<FilteredTopK.Hit> hits = new ArrayList<>();
        if (above > 0) {
            hits.addAll(FilteredTopK.search(searcher, leaf -> select(candidates, money, leaf, kth, true), scoring,
                    above, "key").hits());
        }
        hits.addAll(FilteredTopK.search(searcher, leaf -> select(candidates, money, leaf, kth, false), scoring,
                k - above, "key").hits());
        hits.sort(Comparator.comparingLong((FilteredTopK.Hit h) -> moneyOf(leaves, money, h)).reversed()
                .thenComparing(FilteredTopK.BEST_FIRST));
        return new Result(hits.subList(0, Math.min(k, hits.size())), best.count);
    }

    /** The k largest money values among some segments' candidates (a multiset), and how many candidates they have. */
    private static final class Best {
        private final int k;
        final PriorityQueue<Long> values = new PriorityQueue<>();
        long count;

        Best(int k) {
            this.k = k;
        }

        void offer(long value) {
            if (values.size() < k) {
                values.add(value);
            } else if (value > values.peek()) {
                values.poll();
                values.add(value);
            }
        }
    }

    /**
     * Works out the candidates and their money of each of {@code leaves} into {@code candidates} and {@code money} (by
     * the segment's ordinal: each segment is written by one thread only), and their k largest values.
     */
    private Best best(List<LeafReaderContext> leaves, FilteredTopK.Filter fit, Facts facts, Passing passing, int k,
            FixedBitSet[] candidates, long[][] money) throws IOException {
        Best best = new Best(k);
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet c = fit.accepted(leaf);
            long[] m = money(leaf, c, facts, passing);
            candidates[leaf.ord] = c;
            money[leaf.ord] = m;
            for (int d = next(c, 0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(c, d + 1)) {
                best.count++;
                best.offer(m[d]);
            }
        }
        return best;
    }

    private static long moneyOf(List<LeafReaderContext> leaves, long[][] money, FilteredTopK.Hit hit) {
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hit.doc(), leaves));
        return money[leaf.ord][hit.doc() - leaf.docBase];
    }

    /** The candidates whose money is above {@code kth}, or equal to it. */
    private static FixedBitSet select(FixedBitSet[] candidates, long[][] money, LeafReaderContext leaf, long kth,
            boolean above) {
        FixedBitSet c = candidates[leaf.ord];
        long[] m = money[leaf.ord];
        FixedBitSet out = new FixedBitSet(c.length());
        for (int d = next(c, 0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(c, d + 1)) {
            if (above ? m[d] > kth : m[d] == kth) {
                out.set(d);
            }
        }
        return out;
    }

    /** Each candidate's largest amount or total, in cents; with {@code funded}, narrows the candidates to the funded. */
    private long[] money(LeafReaderContext leaf, FixedBitSet candidates, Facts facts, Passing passing)
            throws IOException {
        int maxDoc = leaf.reader().maxDoc();
        long[] largest = new long[maxDoc];
        Arrays.fill(largest, NONE);
        long[] alone = total ? new long[maxDoc] : null;
        if (alone != null) {
            Arrays.fill(alone, NONE);
        }
        long[] fundedOnes = new long[candidates.getBits().length];
        long[] eligible = new long[fundedOnes.length];
        long[] fits = candidates.getBits();
        long[] done = !total || capped ? new long[fits.length] : null;
        StudentFacts.Segment f = paying.isEmpty() || candidates.cardinality() == 0 ? null : facts.of(leaf);
        for (Paying p : f == null ? List.<Paying>of() : paying) {
            long[] kept = passing.of(leaf, p.rules()).getBits();
            for (int w = 0; w < eligible.length; w++) {
                eligible[w] = fits[w] & kept[w];
                fundedOnes[w] |= eligible[w];
            }
            if (p.standard() == NONE && p.enhanced() == NONE || total && !p.inCurrency()) {
                continue;
            }
            add(p, f, eligible, largest, alone, done);
        }
        if (total) {
            for (int d = next(candidates, 0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(candidates, d + 1)) {
                long v = Math.max(largest[d], alone[d]);
                largest[d] = v != NONE && v > wagesFloor ? wagesRounded : v;
            }
        }
        if (funded) {
            for (int w = 0; w < fits.length; w++) {
                fits[w] &= fundedOnes[w];
            }
        }
        return largest;
    }

    /**
     * Adds program {@code p}'s amount of each {@code eligible} student to its largest amount, or total; students
     * {@code done} are not visited again. For the largest amount the programs come best-paying first, so a student paid
     * this program's top amount is done: no later program pays more. For a total, a student is done once past the
     * wages (when {@link #capped}): the total is then the capped wages whatever else is added.
     */
    private void add(Paying p, StudentFacts.Segment f, long[] eligible, long[] largest, long[] alone, long[] done) {
        boolean differs = p.enhanced() != p.standard();
        for (int w = 0; w < eligible.length; w++) {
            for (long word = done == null ? eligible[w] : eligible[w] & ~done[w]; word != 0; word &= word - 1) {
                int d = (w << 6) + Long.numberOfTrailingZeros(word);
                long amount = differs && p.rules().isEnhanced(f, d) ? p.enhanced() : p.standard();
                if (amount == NONE) {
                    continue;
                }
                if (!total) {
                    largest[d] = Math.max(largest[d], amount);
                    if (amount == p.top()) {
                        done[w] |= word & -word;
                    }
                } else {
                    long v;
                    if (p.stackable()) {
                        v = largest[d] = largest[d] == NONE ? amount : largest[d] + amount;
                    } else {
                        v = alone[d] = Math.max(alone[d], amount);
                    }
                    if (done != null && v > wagesFloor) {
                        done[w] |= word & -word;
                    }
                }
            }
        }
    }

    private static int next(FixedBitSet bits, int from) {
        return from >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(from);
    }
}
