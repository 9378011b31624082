package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * {@link Scoring#termStates} gives what Lucene's {@code TermStates.build} gives term by term, on an index of several
 * segments whose terms differ: the statistics (a term's IDF in a score) and each segment's state.
 */
class TermStatesTest {
    private static final String FIELD = TextAnalysis.TEXT_EN;

    @Test
    void termStatesOfSeveralTermsEqualLucenesTermByTerm() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                // three segments: each word in some of them, "rust" in the last only, "kotlin" in none
                String[][] segments = {
                    {"java python data", "java java cloud", "python"},
                    {"cloud data data", "java"},
                    {"rust data", "python cloud java", "rust rust", "design"}};
                for (String[] texts : segments) {
                    for (String text : texts) {
                        Document doc = new Document();
                        doc.add(new TextField(FIELD, text, Field.Store.NO));
                        w.addDocument(doc);
                    }
                    w.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(reader.leaves()).hasSize(3);
                List<String> tokens = List.of("rust", "java", "kotlin", "data", "java", "design", "cloud", "python");
                TermStates[] states = Scoring.termStates(searcher, FIELD, tokens);
                assertThat(states).hasSize(tokens.size());
                for (int k = 0; k < tokens.size(); k++) {
                    TermStates expected = TermStates.build(searcher, new Term(FIELD, tokens.get(k)), true);
                    String term = tokens.get(k);
                    assertThat(states[k].docFreq()).as(term + " docFreq").isEqualTo(expected.docFreq());
                    assertThat(states[k].totalTermFreq()).as(term + " totalTermFreq")
                            .isEqualTo(expected.totalTermFreq());
                    for (LeafReaderContext leaf : reader.leaves()) {
                        // a state has no equals: its text lists its frequencies and file pointers
                        assertThat(String.valueOf(states[k].get(leaf))).as(term + " in segment " + leaf.ord)
                                .isEqualTo(String.valueOf(expected.get(leaf)));
                    }
                }
                // the figures themselves, counted by hand: java in 4 documents (5 times), rust in 2 (3 times)
                assertThat(states[1].docFreq()).isEqualTo(4);
                assertThat(states[1].totalTermFreq()).isEqualTo(5);
                assertThat(states[0].docFreq()).isEqualTo(2);
                assertThat(states[0].totalTermFreq()).isEqualTo(3);
                assertThat(states[2].docFreq()).isZero();
            }
        }
    }
}
