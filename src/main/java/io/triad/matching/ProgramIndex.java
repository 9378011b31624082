package io.triad.matching;

import io.triad.domain.ProgramDoc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
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
    private volatile KeyOrder keyOrder;

    ProgramIndex(IndexHome home) {
        // the key order of a new reader is built as it opens, off the searches' path (as FitFilter's facts are)
        index = new LuceneIndex(home, "programs", TextAnalysis.PER_FIELD, this::keyOrder);
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
        return index.search(searcher -> {
            Hits hits = new Hits(keyOrder(searcher.getIndexReader()));
            searcher.search(query, hits);
            return hits.ranked(MAX_RESULTS);
        });
    }

    /** The reader's key order: built when the reader opened, or now by a search that holds an older reader. */
    private KeyOrder keyOrder(IndexReader reader) throws IOException {
        KeyOrder order = keyOrder;
        if (order == null || order.reader() != reader.getReaderCacheHelper().getKey()) {
            keyOrder = order = KeyOrder.of(reader);
        }
        return order;
    }

    /**
     * Every document's key and that key's rank among the keys, for one reader (built again when the programs change):
     * a search then orders its hits by score and rank as plain numbers, without reading or comparing a key. A query
     * such as "program" matches nearly every program, many with the same score.
     */
    private record KeyOrder(IndexReader.CacheKey reader, String[] keys, int[] rankByDoc) {
        static KeyOrder of(IndexReader reader) throws IOException {
            String[] keyByDoc = new String[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues values = DocValues.getSorted(leaf.reader(), "key");
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    keyByDoc[leaf.docBase + doc] = values.lookupOrd(values.ordValue()).utf8ToString();
                }
            }
            String[] keys = Arrays.stream(keyByDoc).filter(Objects::nonNull).distinct().sorted().toArray(String[]::new);
            int[] rankByDoc = new int[keyByDoc.length];
            for (int doc = 0; doc < keyByDoc.length; doc++) {
                rankByDoc[doc] = keyByDoc[doc] == null ? -1 : Arrays.binarySearch(keys, keyByDoc[doc]);
            }
            return new KeyOrder(reader.getReaderCacheHelper().getKey(), keys, rankByDoc);
        }
    }

    /**
     * Every hit as one number, the score (descending) above its key's rank (ascending): ordering them afterwards is
     * one primitive sort, cheaper than a top-10,000 collector comparing scores and key strings as it goes.
     */
    private static final class Hits extends SimpleCollector {
        private final KeyOrder order;
        private long[] hits = new long[64];
        private int count;
        private int docBase;
        private Scorable scorer;

        Hits(KeyOrder order) {
            this.order = order;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext leaf) {
            docBase = leaf.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            int rank = order.rankByDoc()[docBase + doc];
            if (rank < 0) {
                throw new IllegalStateException("Program without a key");
            }
            if (count == hits.length) {
                hits = Arrays.copyOf(hits, count * 2);
            }
            // a score is never negative, so its bits order as the score does
            hits[count++] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(scorer.score())) << 32 | rank;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        List<String> ranked(int max) {
            Arrays.sort(hits, 0, count);
            List<String> out = new ArrayList<>(Math.min(max, count));
            for (int i = 0; i < Math.min(max, count); i++) {
                out.add(order.keys()[(int) hits[i]]);
            }
            return out;
        }
    }
}
