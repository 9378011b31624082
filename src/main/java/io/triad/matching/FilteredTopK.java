package io.triad.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The exact top k of a scoring query among the documents of a filter, ties broken by a sorted doc-values key.
 *
 * <p>Why not one BooleanQuery with FILTER and SHOULD clauses: Lucene 9 scores such a mix with an exhaustive
 * disjunction, visiting every filtered document. Here the filter is a bit set per segment (which also counts the
 * fitting documents) handed to the pure disjunction as its accepted documents, so Lucene's
 * MaxScore/WAND scorers skip every document that cannot beat the k-th score collected so far. The opening's score
 * formula has its own scorer led by the filter's bit set instead ({@link FormulaScorer}). Documents whose score equals
 * that k-th score are still collected, so ties are decided by key, never by document order.
 *
 * <p>A document is only scored when it matches at least one scoring clause: callers include a clause that every
 * filtered document matches.
 *
 * <p>A lone search of a large index is split in two parts of the documents ({@link SearchHelpers}); each part keeps
 * its own k best, the parts share the higher of their k-th scores as the score to beat, and the two pages merge.
 */
final class FilteredTopK {
    /** A hit: its document id in the whole index, score and key. */
    record Hit(int doc, float score, BytesRef key) {
    }

    record Result(List<Hit> hits, long total) {
    }

    /** Best first: higher score, then smaller key. */
    static final Comparator<Hit> BEST_FIRST = (a, b) -> {
        int byScore = Float.compare(b.score(), a.score()); // unboxed: the collector's queue compares on every hit
        return byScore != 0 ? byScore : a.key().compareTo(b.key());
    };

    /** Where split searches cut the documents: learnt from how long each part takes. */
    static final SearchHelpers.Balance BALANCE = new SearchHelpers.Balance();

    private FilteredTopK() {
    }

    /** The documents of a segment that may be scored (live ones only). */
    @FunctionalInterface
    interface Filter {
        FixedBitSet accepted(LeafReaderContext leaf) throws IOException;
    }

    /**
     * Scores a segment's filtered documents: Lucene's bulk scorer of the scoring query ({@link #of}), or one that reads
     * the same clauses another way ({@link FormulaScorer}). It is handed the filter's bit set as its accepted
     * documents and must give each collected document the score Lucene's would.
     */
    @FunctionalInterface
    interface Scorers {
        BulkScorer of(LeafReaderContext leaf) throws IOException;
    }

    /**
     * A segment's live documents, as a bit set of their own where a filter starts. A segment's live documents are a
     * read-only view of a bit set: copied word by word, not bit by bit.
     */
    static FixedBitSet live(LeafReader reader) {
        Bits live = reader.getLiveDocs();
        if (live != null) {
            return FixedBitSet.copyOf(live);
        }
        FixedBitSet all = new FixedBitSet(reader.maxDoc());
        all.set(0, all.length());
        return all;
    }

    /** Lucene's bulk scorers of {@code scoring}. */
    static Scorers of(IndexSearcher searcher, Query scoring) throws IOException {
        return searcher.createWeight(searcher.rewrite(scoring), ScoreMode.TOP_SCORES, 1f)::bulkScorer;
    }

    static Result search(IndexSearcher searcher, Filter filter, Query scoring, int k, String keyField)
            throws IOException {
        return search(searcher, filter, of(searcher, scoring), k, keyField, Float.NEGATIVE_INFINITY);
    }

    static Result search(IndexSearcher searcher, Filter filter, Scorers scorers, int k, String keyField)
            throws IOException {
        return search(searcher, filter, scorers, k, keyField, Float.NEGATIVE_INFINITY);
    }

    /**
     * As above, collecting only scores of at least {@code floor} (a caller merging several searches passes the k-th
     * score so far, so documents that cannot enter are skipped); the total still counts every filtered document.
     */
    static Result search(IndexSearcher searcher, Filter filter, Scorers scorers, int k, String keyField, float floor)
            throws IOException {
        return SearchHelpers.run(searcher.getIndexReader().maxDoc(),
                split -> search(searcher, filter, scorers, k, keyField, floor, split));
    }

    /**
     * As above; {@code split}: the documents in two parts, the second offered to a helper ({@link SearchHelpers}),
     * cut where both parts end together ({@link #BALANCE}).
     */
    static Result search(IndexSearcher searcher, Filter filter, Scorers scorers, int k, String keyField, float floor,
            boolean split) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        return searchSplitAt(searcher, filter, scorers, k, keyField, floor, split ? BALANCE.cut(maxDoc) : maxDoc,
                BALANCE);
    }

    /**
     * As above, the documents before {@code cut} scored by this thread and the others offered to a helper (none when
     * {@code cut} is the index's size), {@code balance} learning from when both ended. The parts share their
     * threshold, so each skips what the other has already beaten.
     */
    static Result searchSplitAt(IndexSearcher searcher, Filter filter, Scorers scorers, int k, String keyField,
            float floor, int cut, SearchHelpers.Balance balance) throws IOException {
        Threshold threshold = new Threshold(floor);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int maxDoc = searcher.getIndexReader().maxDoc();
        List<Part> parts = cut < maxDoc
                ? SearchHelpers.both(() -> new Part(filter, scorers, k, keyField, threshold).score(leaves, 0, cut),
                        () -> new Part(filter, scorers, k, keyField, threshold).score(leaves, cut, maxDoc), balance)
                : List.of(new Part(filter, scorers, k, keyField, threshold).score(leaves, 0, maxDoc));
        List<Hit> hits = new ArrayList<>();
        long total = 0;
        for (Part part : parts) {
            hits.addAll(part.worstFirst);
            total += part.total;
        }
        hits.sort(BEST_FIRST);
        return new Result(hits.size() > k ? new ArrayList<>(hits.subList(0, k)) : hits, total);
    }

    /**
     * The scores every part may skip below: the floor, then the highest k-th score any part has collected (a part's
     * k best are k documents at least that good, so no document below it can enter the merged page).
     */
    private static final class Threshold {
        private final AtomicInteger bits;

        Threshold(float floor) {
            bits = new AtomicInteger(Float.floatToIntBits(floor));
        }

        float get() {
            return Float.intBitsToFloat(bits.get());
        }

        /** Raises the threshold to {@code score} if higher; returns the threshold. */
        float raise(float score) {
            float now = get();
            while (score > now && !bits.compareAndSet(Float.floatToIntBits(now), Float.floatToIntBits(score))) {
                now = get();
            }
            return Math.max(score, now);
        }
    }

    /** The k best of some segments, and how many documents of them the filter accepts. */
    private static final class Part {
        private final Filter filter;
        private final Scorers scorers;
        private final int k;
        private final String keyField;
        private final Threshold threshold;
        final PriorityQueue<Hit> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());
        long total;

        Part(Filter filter, Scorers scorers, int k, String keyField, Threshold threshold) {
            this.filter = filter;
            this.scorers = scorers;
            this.k = k;
            this.keyField = keyField;
            this.threshold = threshold;
        }

        /** Scores the documents {@code from} (inclusive) to {@code to} (exclusive), in the whole index's numbering. */
        Part score(List<LeafReaderContext> leaves, int from, int to) throws IOException {
            for (LeafReaderContext leaf : leaves) {
                int min = Math.max(from - leaf.docBase, 0);
                int max = Math.min(to - leaf.docBase, leaf.reader().maxDoc());
                if (min >= max) {
                    continue;
                }
                FixedBitSet accepted = filter.accepted(leaf);
                long fitting = count(accepted, min, max);
                total += fitting;
                BulkScorer scorer = fitting == 0 ? null : scorers.of(leaf);
                if (scorer != null) {
                    scorer.score(new TopCollector(worstFirst, k, leaf, keyField, threshold), accepted, min, max);
                }
            }
            return this;
        }
    }

    /** The set bits from {@code min} (inclusive) to {@code max} (exclusive). */
    static long count(FixedBitSet bits, int min, int max) {
        if (min == 0 && max == bits.length()) {
            return bits.cardinality();
        }
        long[] words = bits.getBits();
        int first = min >> 6;
        int last = (max - 1) >> 6;
        long firstMask = -1L << min;
        long lastMask = -1L >>> -max;
        if (first == last) {
            return Long.bitCount(words[first] & firstMask & lastMask);
        }
        long n = Long.bitCount(words[first] & firstMask) + Long.bitCount(words[last] & lastMask);
        for (int i = first + 1; i < last; i++) {
            n += Long.bitCount(words[i]);
        }
        return n;
    }

    /** Keeps the k best hits across leaves; tells the scorer the k-th score once the queue is full. */
    private static final class TopCollector implements LeafCollector {
        private final PriorityQueue<Hit> worstFirst;
        private final int k;
        private final int docBase;
        private final SortedDocValues keys;
        private final Threshold threshold;
        private Scorable scorer;
        private float minimum = Float.NEGATIVE_INFINITY;

        TopCollector(PriorityQueue<Hit> worstFirst, int k, LeafReaderContext leaf, String keyField,
                Threshold threshold) throws IOException {
            this.threshold = threshold;
            this.worstFirst = worstFirst;
            this.k = k;
            this.docBase = leaf.docBase;
            this.keys = DocValues.getSorted(leaf.reader(), keyField);
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            minimum = Float.NEGATIVE_INFINITY;
            raiseMinimum();
        }

        @Override
        public void collect(int doc) throws IOException {
            float score = scorer.score();
            if (score < threshold.get()) {
                raiseMinimum(); // another part raised it
                return;
            }
            if (worstFirst.size() < k) {
                worstFirst.add(new Hit(docBase + doc, score, key(doc)));
                raiseMinimum();
                return;
            }
            Hit worst = worstFirst.peek();
            if (score < worst.score()) {
                return;
            }
            BytesRef key = key(doc);
            if (score == worst.score() && key.compareTo(worst.key()) >= 0) {
                return;
            }
            worstFirst.poll();
            worstFirst.add(new Hit(docBase + doc, score, key));
            raiseMinimum();
        }

        private BytesRef key(int doc) throws IOException {
            if (!keys.advanceExact(doc)) {
                throw new IllegalStateException("Document " + doc + " has no key");
            }
            return BytesRef.deepCopyOf(keys.lookupOrd(keys.ordValue()));
        }

        /**
         * Documents scoring below the threshold (the k-th best of any part) cannot enter; equal scores still can (ties
         * go by key).
         */
        private void raiseMinimum() throws IOException {
            if (scorer == null) {
                return;
            }
            float now = worstFirst.size() >= k ? threshold.raise(worstFirst.peek().score()) : threshold.get();
            if (now > minimum) {
                minimum = now;
                scorer.setMinCompetitiveScore(now);
            }
        }
    }
}
