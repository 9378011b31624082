package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StudentDoc;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Openings' text, for the BM25 part of a student's ranking of openings. */
final class OpeningIndex {
    private final LuceneIndex index;

    OpeningIndex(IndexHome home) {
        index = new LuceneIndex(home, "openings", TextAnalysis.PER_FIELD);
    }

    LuceneIndex lucene() {
        return index;
    }

    void put(OpeningDoc o) {
        Document doc = new Document();
        doc.add(new StringField(LuceneIndex.ID, o.key(), Field.Store.YES));
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
            TopDocs top = searcher.search(query, Math.max(1, searcher.getIndexReader().numDocs()));
            Map<String, Double> scores = new HashMap<>();
            for (ScoreDoc hit : top.scoreDocs) {
                scores.put(searcher.storedFields().document(hit.doc).get(LuceneIndex.ID), (double) hit.score);
            }
            return scores;
        });
    }
}
