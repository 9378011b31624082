package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StudentDoc;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import java.io.IOException;
import org.apache.lucene.util.BytesRef;

/** Openings' text, for the BM25 part of a student's ranking of openings. */
final class OpeningIndex {
    private static final String KEY = "key";
    private final LuceneIndex index;

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

    /**
     * The text part of the score (BM25 of the student's text as a share of its maximum, in [0, 1]) for
     * every opening that shares a term with it, by opening key.
     */
    Map<String, Double> textScores(StudentDoc t) {
        return index.search(searcher -> {
            Query query = Scoring.textClause(searcher, Scoring.studentText(t), 1f);
            Map<String, Double> scores = new HashMap<>();
            // every matching opening counts, in no order: collected as found, each segment's keys opened once
            searcher.search(query, new SimpleCollector() {
                private SortedDocValues keys;
                private Scorable scorer;

                @Override
                protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
                    keys = DocValues.getSorted(leaf.reader(), KEY);
                }

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!keys.advanceExact(doc)) {
                        throw new IllegalStateException("Opening without a key");
                    }
                    scores.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), (double) scorer.score());
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE;
                }
            });
            return scores;
        });
    }
}
