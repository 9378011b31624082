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
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;

/**
 * The exact top k of an opening's students in a money order (API.md {@code sort=amount}, {@code sort=total}) without
 * reading a single student document: each paying program's amount depends on the student only through the enhanced
 * rate, so a student's largest amount, or total, is worked out per segment from the programs' rule bit sets (kept
 * between requests, {@link RuleBits}) ANDed with the fitting students, in whole cents. The k-th best money value then
 * splits the students into those above it (fewer than k, all taken) and those at it (the best by score), two top-k
 * searches ({@link FilteredTopK}, scored by the opening's {@link FormulaScorer}s); only the page's students are read
 * and explained. Same rules as {@link Explainer} and {@link FundingCalculator#total}, which the tests hold it to.
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

    private static final Spare SPARE = new Spare();

    private final OpeningDoc opening;
    /** The programs whose amounts count to this order first ({@link #counting} of them), best-paying first. */
    private final Paying[] paying;
    private final int counting;
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
                // best-paying first: a student is done sooner (see best)
                .sorted(Comparator.comparing((Paying p) -> !counts(p, total))
                        .thenComparing(Comparator.comparingLong(Paying::top).reversed()))
                .toArray(Paying[]::new);
        this.counting = (int) Arrays.stream(paying).filter(p -> counts(p, total)).count();
        BigDecimal wages = FundingCalculator.grossWages(opening);
        this.wagesFloor = wages == null ? Long.MAX_VALUE
                : wages.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
        this.wagesRounded = wages == null ? Long.MAX_VALUE : cents(new Amount(wages, opening.currency()));
        this.capped = wages != null && Arrays.stream(paying).allMatch(p -> (p.standard() == NONE || p.standard() >= 0)
                && (p.enhanced() == NONE || p.enhanced() >= 0));
    }

    private static long cents(Amount amount) {
        return amount == null ? NONE : amount.value().movePointRight(2).longValueExact();
    }

    Result top(IndexSearcher searcher, FilteredTopK.Filter fit, Facts facts, Passing passing,
            FilteredTopK.Scorers scoring, int k) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int maxDoc = searcher.getIndexReader().maxDoc();
        Segment[] segments = new Segment[leaves.size()];
        try {
            for (LeafReaderContext leaf : leaves) {
                segments[leaf.ord] = segment(leaf, fit, facts, passing);
            }
            // a large index is worked out in two halves of its words, one per core
            List<Best> parts = SearchHelpers.run(maxDoc, split -> split
                    ? SearchHelpers.both(() -> best(segments, 0, maxDoc / 2, k),
                            () -> best(segments, maxDoc / 2, maxDoc, k))
                    : List.of(best(segments, 0, maxDoc, k)));
            Best best = parts.get(0);
            for (Best other : parts.subList(1, parts.size())) {
                best.add(other);
            }
            if (best.count == 0) {
                return new Result(List.of(), 0);
            }
            long kth = best.paid >= k || best.unpaid == 0 ? best.values.peek() : NONE;
            int above = (int) best.values.stream().filter(m -> m > kth).count();
            FixedBitSet[] aboveKth = new FixedBitSet[segments.length];
            FixedBitSet[] atKth = new FixedBitSet[segments.length];
            for (Segment s : segments) {
                FixedBitSet[] selected = s.select(kth);
                aboveKth[s.leaf.ord] = selected[0];
                atKth[s.leaf.ord] = selected[1];
            }
            List<FilteredTopK.Hit> hits = new ArrayList<>();
            if (above > 0) {
                hits.addAll(FilteredTopK.search(searcher, leaf -> aboveKth[leaf.ord], scoring, above, "key").hits());
            }
            hits.addAll(FilteredTopK.search(searcher, leaf -> atKth[leaf.ord], scoring, k - above, "key").hits());
            hits.sort(Comparator.comparingLong((FilteredTopK.Hit h) -> moneyOf(leaves, segments, h)).reversed()
                    .thenComparing(FilteredTopK.BEST_FIRST));
            return new Result(hits.subList(0, Math.min(k, hits.size())), best.count);
        } finally {
            for (Segment s : segments) {
                if (s != null) {
                    SPARE.giveBack(s.money);
                }
            }
        }
    }

    /**
     * A segment's candidates (the fitting students; with {@code funded}, narrowed to the funded), the paying programs'
     * students passing their rules (null: none in the segment), and each candidate's money: {@code paid} marks the
     * candidates with an amount, whose largest amount or total is in {@code money}; the others' is {@link #NONE}
     * ({@code money} is a reused array: only its paid entries are meaningful).
     */
    private static final class Segment {
        final LeafReaderContext leaf;
        final long[] candidates;
        final StudentFacts.Segment facts;
        final long[][] passing;
        final long[] paid;
        final long[] money;

        Segment(LeafReaderContext leaf, long[] candidates, StudentFacts.Segment facts, long[][] passing) {
            this.leaf = leaf;
            this.candidates = candidates;
            this.facts = facts;
            this.passing = passing;
            this.paid = new long[candidates.length];
            this.money = passing == null ? new long[0] : SPARE.borrow(leaf.reader().maxDoc());
        }

        long money(int doc) {
            return (paid[doc >> 6] & 1L << doc) != 0 ? money[doc] : NONE;
        }

        /** The candidates whose money is above {@code kth} ({@code [0]}), and those whose money equals it. */
        FixedBitSet[] select(long kth) {
            long[] above = new long[candidates.length];
            long[] at = new long[candidates.length];
            for (int w = 0; w < at.length; w++) {
                if (kth == NONE) {
                    above[w] = paid[w];
                    at[w] = candidates[w] & ~paid[w];
                    continue;
                }
                for (long word = paid[w]; word != 0; word &= word - 1) {
                    long m = money[(w << 6) + Long.numberOfTrailingZeros(word)];
                    if (m > kth) {
                        above[w] |= word & -word;
                    } else if (m == kth) {
                        at[w] |= word & -word;
                    }
                }
            }
            int maxDoc = leaf.reader().maxDoc();
            return new FixedBitSet[] {new FixedBitSet(above, maxDoc), new FixedBitSet(at, maxDoc)};
        }
    }

    private Segment segment(LeafReaderContext leaf, FilteredTopK.Filter fit, Facts facts, Passing passing)
            throws IOException {
        FixedBitSet candidates = fit.accepted(leaf);
        if (paying.length == 0 || candidates.cardinality() == 0) {
            return new Segment(leaf, candidates.getBits(), null, null);
        }
        long[][] kept = new long[paying.length][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = passing.of(leaf, paying[i].rules()).getBits();
        }
        return new Segment(leaf, candidates.getBits(), facts.of(leaf), kept);
    }

    /**
     * The k largest money values among some candidates (a multiset), how many candidates there are, and how many of
     * them have money ({@code paid}) or not ({@code unpaid}: all {@link #NONE}, so not in the queue).
     */
    private static final class Best {
        private final int k;
        final PriorityQueue<Long> values = new PriorityQueue<>();
        long count;
        long paid;
        long unpaid;
        /** The least of {@code values}, unboxed: most candidates are compared with it and go. */
        long least;

        Best(int k) {
            this.k = k;
        }

        boolean full() {
            return values.size() == k;
        }

        void offer(long value) {
            if (values.size() < k) {
                values.add(value);
                least = values.peek();
            } else if (value > least) {
                values.poll();
                values.add(value);
                least = values.peek();
            }
        }

        void add(Best other) {
            count += other.count;
            paid += other.paid;
            unpaid += other.unpaid;
            other.values.forEach(this::offer);
        }
    }

    /**
     * Works out the money of the candidates from document {@code from} to {@code to} of the whole index (whole words
     * of each segment: each part writes its own words only), and their k largest values. Word by word, each program
     * in turn: a word's 64 students stay in the cache, and what each has so far stays in locals.
     */
    private Best best(Segment[] segments, int from, int to, int k) {
        Best best = new Best(k);
        long[] stacked = new long[64];
        long[] alone = new long[64];
        for (Segment s : segments) {
            int words = s.candidates.length;
            int first = wordAt(from - s.leaf.docBase, words);
            int last = wordAt(to - s.leaf.docBase, words);
            for (int w = first; w < last; w++) {
                long fits = s.candidates[w];
                if (fits == 0) {
                    continue;
                }
                if (funded) {
                    fits = funded(s, w, fits);
                }
                best.count += Long.bitCount(fits);
                if (!total && best.full() && s.passing != null && below(s, w, fits, best.least)) {
                    continue; // below the k-th value so far: not on the page, and not needed to find it
                }
                long hasStacked = 0;
                long hasAlone = 0;
                long done = 0;
                // once every candidate of the word is done, no later program changes its money
                for (int i = 0; s.passing != null && i < counting && (fits & ~done) != 0; i++) {
                    Paying p = paying[i];
                    long eligible = fits & s.passing[i][w];
                    if (eligible == 0) {
                        continue;
                    }
                    boolean differs = p.enhanced() != p.standard();
                    for (long word = eligible & ~done; word != 0; word &= word - 1) {
                        int b = Long.numberOfTrailingZeros(word);
                        long bit = word & -word;
                        long amount = differs && p.rules().isEnhanced(s.facts, (w << 6) + b) ? p.enhanced()
                                : p.standard();
                        if (amount == NONE) {
                            continue;
                        }
                        if (!total) {
                            stacked[b] = (hasStacked & bit) == 0 ? amount : Math.max(stacked[b], amount);
                            hasStacked |= bit;
                            if (amount == p.top()) {
                                done |= bit;
                            }
                            continue;
                        }
                        long v;
                        if (p.stackable()) {
                            v = stacked[b] = (hasStacked & bit) == 0 ? amount : stacked[b] + amount;
                            hasStacked |= bit;
                        } else {
                            v = alone[b] = (hasAlone & bit) == 0 ? amount : Math.max(alone[b], amount);
                            hasAlone |= bit;
                        }
                        if (capped && v > wagesFloor) {
                            done |= bit;
                        }
                    }
                }
                long any = hasStacked | hasAlone;
                for (long word = any; word != 0; word &= word - 1) {
                    int b = Long.numberOfTrailingZeros(word);
                    long bit = word & -word;
                    long v = (hasStacked & bit) == 0 ? alone[b] : (hasAlone & bit) == 0 ? stacked[b]
                            : Math.max(stacked[b], alone[b]);
                    if (total) {
                        // past the wages, the wages: a whole-cent total above wagesFloor is wagesRounded or more
                        v = Math.min(v, wagesRounded);
                    }
                    s.money[(w << 6) + b] = v;
                    best.offer(v);
                }
                s.paid[w] = any;
                best.paid += Long.bitCount(any);
                best.unpaid += Long.bitCount(fits & ~any);
            }
        }
        return best;
    }

    /** Word {@code w}'s candidates narrowed to those a program funds (whether or not its amounts count). */
    private long funded(Segment s, int w, long fits) {
        long anyProgram = 0;
        for (int i = 0; s.passing != null && i < paying.length && (fits & ~anyProgram) != 0; i++) {
            anyProgram |= fits & s.passing[i][w];
        }
        return s.candidates[w] = fits & anyProgram;
    }

    /**
     * For the largest amount: whether no candidate of word {@code w} can have {@code least}. The programs come
     * best-paying first, so the first one funding a candidate of the word pays the most any of them can have.
     */
    private boolean below(Segment s, int w, long fits, long least) {
        for (int i = 0; i < counting; i++) {
            if ((fits & s.passing[i][w]) != 0) {
                return paying[i].top() < least;
            }
        }
        return NONE < least;
    }

    /** Whether the program's amounts count to the order (a total counts only amounts in the opening's currency). */
    private static boolean counts(Paying p, boolean total) {
        return !(p.standard() == NONE && p.enhanced() == NONE || total && !p.inCurrency());
    }

    /** The word of a segment that holds its document {@code doc}, rounded up, within the segment. */
    private static int wordAt(int doc, int words) {
        return doc <= 0 ? 0 : Math.min(words, (doc + 63) >>> 6);
    }

    private static long moneyOf(List<LeafReaderContext> leaves, Segment[] segments, FilteredTopK.Hit hit) {
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hit.doc(), leaves));
        return segments[leaf.ord].money(hit.doc() - leaf.docBase);
    }

    /** Money arrays kept between requests: at a million students one is megabytes, and a new one is zeroed. */
    private static final class Spare {
        private static final int KEPT = 8;
        private final ConcurrentLinkedQueue<long[]> arrays = new ConcurrentLinkedQueue<>();

        long[] borrow(int length) {
            for (long[] a : arrays) {
                if (a.length >= length && arrays.remove(a)) {
                    return a;
                }
            }
            return new long[length];
        }

        void giveBack(long[] array) {
            if (array.length > 0 && arrays.size() < KEPT) {
                arrays.offer(array);
            }
        }
    }
}
