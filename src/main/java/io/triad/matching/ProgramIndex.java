package io.triad.matching;

import io.triad.domain.ProgramDoc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
import org.apache.lucene.util.BytesRef;

/** Full-text search over published programs (name, agency, summary), analysed in the program's language. */
final class ProgramIndex {
    private static final String EN = TextAnalysis.TEXT_EN;
    private static final String FR = TextAnalysis.TEXT_FR;
    private static final int MAX_RESULTS = 10_000;

    private final LuceneIndex index;

    ProgramIndex(IndexHome home) {
        index = new LuceneIndex(home, "programs", TextAnalysis.PER_FIELD);
    }

    void put(ProgramDoc p) {
        if (!Eligibility.isPublished(p)) {
            index.delete(p.key());
            return;
        }
        Document doc = new Document();
        doc.add(new StringField(LuceneIndex.ID, p.key(), Field.Store.YES));
        doc.add(new SortedDocValuesField("key", new BytesRef(p.key())));
        // the kind as words ("TAX_CREDIT" would be one token): a search for "tax credit" finds every tax credit
        String kind = p.kind().name().replace('_', ' ');
        String text = String.join("\n", Stream.of(p.name(), p.nameFr(), p.agency(), p.summary(), p.summaryFr(), kind)
                .filter(s -> s != null).toList());
        // Both fields: a French query finds an English program and vice versa, each with its own stemming.
        doc.add(new TextField(EN, text, Field.Store.NO));
        doc.add(new TextField(FR, text, Field.Store.NO));
        index.update(p.key(), doc);
    }

    void remove(String key) {
        index.delete(key);
    }

    LuceneIndex lucene() {
        return index;
    }

    /** Keys by relevance, ties by key; text the safe parser refuses is a {@link QuerySyntaxException}. */
    List<String> search(String userText) {
        Query query = SearchText.read(userText);
        Hits hits = index.search(searcher -> {
            Hits all = new Hits();
            searcher.search(query, all);
            return all;
        });
        return hits.ranked(MAX_RESULTS);
    }

    /**
     * Every hit's score and key, collected as Lucene finds them: in document order within a segment, so the key doc
     * values are read forward, one pass per segment. Ordering them afterwards (score, then key) is cheaper than a
     * top-10,000 collector sorting by score and key string as it goes, since a search may match every program.
     */
    private static final class Hits extends SimpleCollector {
        private final List<String> keys = new ArrayList<>();
        private float[] scores = new float[64];
        private SortedDocValues values;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
            values = DocValues.getSorted(leaf.reader(), "key");
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                throw new IllegalStateException("Program without a key");
            }
            if (keys.size() == scores.length) {
                scores = Arrays.copyOf(scores, scores.length * 2);
            }
            scores[keys.size()] = scorer.score();
            keys.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        List<String> ranked(int max) {
            Integer[] order = new Integer[keys.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(keys::get));
            return Arrays.stream(order).limit(max).map(keys::get).toList();
        }
    }
}
