package io.triad.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The exact top k of a scoring query among the documents of a filter, ties broken by a sorted doc-values key.
 *
 * <p>Why not one BooleanQuery with FILTER and SHOULD clauses: Lucene 9 scores such a mix with an exhaustive
 * disjunction, visiting every filtered document. Here the filter is a bit set per segment (which also counts the
 * fitting documents) handed to the pure disjunction as its accepted documents, so Lucene's
 * MaxScore/WAND scorers skip every document that cannot beat the k-th score collected so far. Documents whose
 * score equals that k-th score are still collected, so ties are decided by key, never by document order.
 *
 * <p>A document is only scored when it matches at least one scoring clause: callers include a clause that every
 * filtered document matches.
 */
final class FilteredTopK {
    /** A hit: its document id in the whole index, score and key. */
    record Hit(int doc, float score, BytesRef key) {
    }

    record Result(List<Hit> hits, long total) {
    }

    /** Best first: higher score, then smaller key. */
    static final Comparator<Hit> BEST_FIRST = Comparator.comparing(Hit::score, Comparator.reverseOrder())
            .thenComparing(Hit::key);

    private FilteredTopK() {
    }

    /** The documents of a segment that may be scored (live ones only). */
    @FunctionalInterface
    interface Filter {
        FixedBitSet accepted(LeafReaderContext leaf) throws IOException;
    }

    static Result search(IndexSearcher searcher, Filter filter, Query scoring, int k, String keyField)
            throws IOException {
        return search(searcher, filter, scoring, k, keyField, Float.NEGATIVE_INFINITY);
    }

    /**
     * As above, collecting only scores of at least {@code floor} (a caller merging several searches passes the k-th
     * score so far, so documents that cannot enter are skipped); the total still counts every filtered document.
     */
    static Result search(IndexSearcher searcher, Filter filter, Query scoring, int k, String keyField, float floor)
            throws IOException {
        Weight scoringWeight = searcher.createWeight(searcher.rewrite(scoring), ScoreMode.TOP_SCORES, 1f);
        PriorityQueue<Hit> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet accepted = filter.accepted(leaf);
            int fitting = accepted.cardinality();
            total += fitting;
            BulkScorer scorer = fitting == 0 ? null : scoringWeight.bulkScorer(leaf);
            if (scorer != null) {
                scorer.score(new TopCollector(worstFirst, k, leaf, keyField, floor), accepted, 0,
                        DocIdSetIterator.NO_MORE_DOCS);
            }
        }
        List<Hit> hits = new ArrayList<>(worstFirst);
        hits.sort(BEST_FIRST);
        return new Result(hits, total);
    }

    /** Keeps the k best hits across leaves; tells the scorer the k-th score once the queue is full. */
    private static final class TopCollector implements LeafCollector {
        private final PriorityQueue<Hit> worstFirst;
        private final int k;
        private final int docBase;
        private final SortedDocValues keys;
        private final float floor;
        private Scorable scorer;

        TopCollector(PriorityQueue<Hit> worstFirst, int k, LeafReaderContext leaf, String keyField, float floor)
                throws IOException {
            this.floor = floor;
            this.worstFirst = worstFirst;
            this.k = k;
            this.docBase = leaf.docBase;
            this.keys = DocValues.getSorted(leaf.reader(), keyField);
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            if (floor > Float.NEGATIVE_INFINITY) {
                scorer.setMinCompetitiveScore(floor);
            }
            raiseMinimum();
        }

        @Override
        public void collect(int doc) throws IOException {
            float score = scorer.score();
            if (score < floor) {
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

        /** Documents scoring below the k-th best cannot enter; equal scores still can (ties go by key). */
        private void raiseMinimum() throws IOException {
            if (worstFirst.size() >= k && scorer != null) {
                scorer.setMinCompetitiveScore(worstFirst.peek().score());
            }
        }
    }
}
