package io.triad.matching;

import io.triad.domain.ProgramDoc;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
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
        String text = String.join("\n", Stream.of(p.name(), p.nameFr(), p.agency(), p.summary(), p.summaryFr(), p.kind().name())
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
            TopDocs top = searcher.search(query, MAX_RESULTS,
                    new Sort(SortField.FIELD_SCORE, new SortField("key", SortField.Type.STRING)));
            return keys(searcher, top.scoreDocs);
        });
    }

    /**
     * The hits' keys, in the hits' order, from the key doc values read in document order (one pass per segment):
     * reading each hit's stored fields decompressed a block per hit, most of the search's time with thousands.
     */
    private static List<String> keys(IndexSearcher searcher, ScoreDoc[] hits) throws java.io.IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits[i].doc));
        String[] keys = new String[hits.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getSorted(leaf.reader(), "key");
            }
            if (!values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("Program without a key");
            }
            keys[i] = values.lookupOrd(values.ordValue()).utf8ToString();
        }
        return java.util.Arrays.asList(keys);
    }

}
