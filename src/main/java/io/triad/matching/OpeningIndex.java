package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StudentDoc;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Openings' text, for the BM25 part of a student's ranking of openings. */
final class OpeningIndex {
    private static final String KEY = "key";
    /** Where {@link Text#most}'s split searches cut the openings: learnt from how long each part takes. */
    private static final SearchHelpers.Balance BALANCE = new SearchHelpers.Balance();
    private final LuceneIndex index;
    private volatile Docs mapped;

    OpeningIndex(IndexHome home) {
        index = new LuceneIndex(home, "openings", TextAnalysis.PER_FIELD);
    }

    LuceneIndex lucene() {
        return index;
    }

    void put(OpeningDoc o) {
        Document doc = new Document();
        doc.add(new StringField(LuceneIndex.ID, o.key(), Field.Store.NO));
        // a doc value, not a stored field: reading every hit's key then decompresses no stored-field block
        doc.add(new SortedDocValuesField(KEY, new BytesRef(o.key())));
        doc.add(new TextField("fr".equals(o.language()) ? TextAnalysis.TEXT_FR : TextAnalysis.TEXT_EN,
                Scoring.openingText(o), Field.Store.NO));
        index.update(o.key(), doc);
    }

    void remove(String key) {
        index.delete(key);
    }

    /** What a student's text is used for, on one searcher (see {@link #withText}). */
    @FunctionalInterface
    interface TextUse<T> {
        T run(Text text) throws IOException;
    }

    /**
     * Runs {@code use} with the student's text against the openings of one searcher. The columns' ordinals are mapped
     * to the searcher's documents once per searcher and epoch (not by reading every hit's key): an opening the
     * searcher does not hold yet scores 0, a document of an opening the columns no longer hold is never read.
     */
    <T> T withText(StudentDoc t, OpeningColumns columns, TextUse<T> use) {
        return index.search(searcher -> {
            Query query = searcher.rewrite(Scoring.textClause(searcher, Scoring.studentText(t), 1f));
            Weight weight = query instanceof MatchNoDocsQuery ? null
                    : searcher.createWeight(query, ScoreMode.COMPLETE, 1f);
            return use.run(new Text(searcher, query, weight, docs(searcher.getIndexReader(), columns)));
        });
    }

    /**
     * The text part of the score (BM25 of the student's text as a share of its maximum, in [0, 1]) of chosen
     * openings. Only the openings asked for are scored: a student's matches need the text of the few that can still
     * enter the page, not of every opening sharing a word with the student.
     */
    static final class Text {
        private final IndexSearcher searcher;
        private final Query query;
        private final Weight weight;
        private final int[] docs;

        private Text(IndexSearcher searcher, Query query, Weight weight, int[] docs) {
            this.searcher = searcher;
            this.query = query;
            this.weight = weight;
            this.docs = docs;
        }

        /** False when no term of the student's text occurs in an opening: every share is then 0. */
        boolean any() {
            return weight != null;
        }

        /**
         * The largest share of any opening of the searcher (the best hit for the text, a search that skips the blocks
         * of documents whose terms cannot beat the best so far): a bound on every share, far tighter than the share's
         * maximum of 1 when no opening holds most of the student's words. {@code split}: the documents in two parts,
         * the second offered to a helper, each part skipping what the other has beaten ({@link FilteredTopK}).
         */
        float most(boolean split) throws IOException {
            if (weight == null) {
                return 0;
            }
            int maxDoc = searcher.getIndexReader().maxDoc();
            List<FilteredTopK.Hit> best = FilteredTopK.searchSplitAt(searcher,
                    leaf -> FilteredTopK.live(leaf.reader()), FilteredTopK.of(searcher, query), 1, KEY,
                    Float.NEGATIVE_INFINITY, split ? BALANCE.cut(maxDoc) : maxDoc, BALANCE).hits();
            return best.isEmpty() ? 0 : best.get(0).score();
        }

        /**
         * Writes the share of {@code ordinals[k]} into {@code shares[k]}, for k from {@code from} to {@code to}
         * (excluded), and returns {@code shares}. Each call has scorers of its own: calls on other ranges may run at
         * the same time.
         */
        float[] score(int[] ordinals, int from, int to, float[] shares) throws IOException {
            Arrays.fill(shares, from, to, 0f);
            if (weight == null) {
                return shares;
            }
            // the documents in increasing order, each with its place: a scorer only moves forward
            long[] order = new long[to - from];
            int n = 0;
            for (int k = from; k < to; k++) {
                int doc = docs[ordinals[k]];
                if (doc >= 0) {
                    order[n++] = (long) doc << 32 | k;
                }
            }
            Arrays.sort(order, 0, n);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int leaf = -1;
            Scorer scorer = null;
            for (int j = 0; j < n; j++) {
                int doc = (int) (order[j] >>> 32);
                if (leaf < 0 || doc >= leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc()) {
                    leaf = ReaderUtil.subIndex(doc, leaves);
                    scorer = weight.scorer(leaves.get(leaf));
                }
                if (scorer != null) {
                    int target = doc - leaves.get(leaf).docBase;
                    DocIdSetIterator hits = scorer.iterator();
                    if ((hits.docID() < target ? hits.advance(target) : hits.docID()) == target) {
                        shares[(int) order[j]] = scorer.score();
                    }
                }
            }
            return shares;
        }
    }

    /** The searcher's live document of each ordinal of the columns, or -1; kept for the last searcher and columns. */
    private record Docs(IndexReader reader, OpeningColumns columns, int[] byOrdinal) {
    }

    private int[] docs(IndexReader reader, OpeningColumns columns) throws IOException {
        Docs d = mapped;
        if (d == null || d.reader() != reader || d.columns() != columns) {
            d = new Docs(reader, columns, mapDocs(reader, columns));
            mapped = d;
        }
        return d.byOrdinal();
    }

    private static int[] mapDocs(IndexReader reader, OpeningColumns columns) throws IOException {
        int[] byOrdinal = new int[columns.size()];
        Arrays.fill(byOrdinal, -1);
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues keys = DocValues.getSorted(leaf.reader(), KEY);
            // each distinct key is read once, in the doc values' own order
            int[] ordinals = new int[keys.getValueCount()];
            TermsEnum terms = keys.termsEnum();
            for (int ord = 0; terms.next() != null; ord++) {
                ordinals[ord] = columns.ordinal(terms.term().utf8ToString());
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                int ordinal = ordinals[keys.ordValue()];
                if (ordinal >= 0 && (live == null || live.get(doc))) {
                    byOrdinal[ordinal] = leaf.docBase + doc;
                }
            }
        }
        return byOrdinal;
    }
}
