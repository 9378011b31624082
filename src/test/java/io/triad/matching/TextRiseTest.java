package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * {@link Scoring#textRise} bounds how much higher an unchanged document's text score ({@link Scoring#textClause})
 * is after other documents were added, replaced and deleted (merged away or not): the statistics move, the document
 * does not. Checked against Lucene's own scores of every unchanged document, for texts in both languages; the bound
 * must also be reached in part, so a bound of zero fails.
 */
class TextRiseTest {
    private static final String[] WORDS = ("robot vision data pipeline kotlin rust sensor cloud design payments "
            + "apprentissage données capteur conception nuage logiciel mobile security analytics marketing").split(" ");

    @Test
    void anUnchangedDocumentRisesNoMoreThanTheBound() throws IOException {
        double largestShare = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                    IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(TextAnalysis.PER_FIELD))) {
                int next = 30 + random.nextInt(200);
                for (int i = 0; i < next; i++) {
                    writer.addDocument(doc(i, random));
                }
                String text = sentence(random, 2 + random.nextInt(8));
                Map<String, Float> before;
                Scoring.TextStats then;
                try (DirectoryReader reader = DirectoryReader.open(writer)) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    before = scores(searcher, text);
                    then = Scoring.textStats(searcher, text);
                }
                Map<String, Float> changed = new HashMap<>();
                for (int i = 0; i < 5 + random.nextInt(300); i++) {
                    int op = random.nextInt(3);
                    if (op == 0) {
                        writer.addDocument(doc(next++, random)); // a new student
                    } else {
                        String key = "s" + random.nextInt(next);
                        changed.put(key, 0f);
                        if (op == 1) {
                            writer.deleteDocuments(new Term("key", key));
                        } else {
                            writer.updateDocument(new Term("key", key), doc(key, random));
                        }
                    }
                }
                if (random.nextBoolean()) {
                    writer.forceMerge(1); // deleted documents leave the statistics
                }
                try (DirectoryReader reader = DirectoryReader.open(writer)) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    Map<String, Float> after = scores(searcher, text);
                    double rise = Scoring.textRise(then, Scoring.textStats(searcher, text), Scoring.TEXT);
                    for (Map.Entry<String, Float> e : after.entrySet()) {
                        Float was = before.get(e.getKey());
                        if (was != null && !changed.containsKey(e.getKey())) {
                            double up = e.getValue() - was;
                            assertThat(up).as("seed %d, %s: %s", seed, e.getKey(), text).isLessThanOrEqualTo(rise + 1e-6);
                            if (rise > 0) {
                                largestShare = Math.max(largestShare, up / rise);
                            }
                        }
                    }
                }
            }
        }
        assertThat(largestShare).as("how much of the bound some document reached").isGreaterThan(0.2);
    }

    /** Each live document's text score for {@code text}, by key. */
    private static Map<String, Float> scores(IndexSearcher searcher, String text) throws IOException {
        Query q = searcher.rewrite(Scoring.textClause(searcher, text, Scoring.TEXT));
        Weight w = searcher.createWeight(q, ScoreMode.COMPLETE, 1f);
        Map<String, Float> out = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer s = w.scorer(leaf);
            SortedDocValues keys = leaf.reader().getSortedDocValues("key");
            var live = leaf.reader().getLiveDocs();
            for (int d = s == null ? DocIdSetIterator.NO_MORE_DOCS : s.iterator().nextDoc();
                    d != DocIdSetIterator.NO_MORE_DOCS; d = s.iterator().nextDoc()) {
                if ((live == null || live.get(d)) && keys.advanceExact(d)) {
                    out.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), s.score());
                }
            }
        }
        return out;
    }

    private static Document doc(int n, Random random) {
        return doc("s" + n, random);
    }

    private static Document doc(String key, Random random) {
        Document d = new Document();
        d.add(new StringField("key", key, Field.Store.NO));
        d.add(new SortedDocValuesField("key", new org.apache.lucene.util.BytesRef(key)));
        d.add(new TextField(random.nextInt(4) == 0 ? TextAnalysis.TEXT_FR : TextAnalysis.TEXT_EN,
                sentence(random, 1 + random.nextInt(random.nextInt(5) == 0 ? 60 : 12)), Field.Store.NO));
        return d;
    }

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
