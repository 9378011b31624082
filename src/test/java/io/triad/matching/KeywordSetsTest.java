package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The keyword bit sets ({@link KeywordSets}): a term's documents exactly, nothing kept for a term no document has, at
 * most the budget kept (least recently used first out), and nothing kept once the segment is closed.
 */
class KeywordSetsTest {
    private static final String[] SKILLS = {"rust", "java", "sql", "figma"};

    @Test
    void eachTermsDocumentsWithinTheBudgetUntilTheSegmentCloses() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int d = 0; d < 1000; d++) {
                    Document doc = new Document();
                    for (int s = 0; s < SKILLS.length; s++) {
                        if (d % (s + 2) == 0) {
                            doc.add(new StringField("skill", SKILLS[s], Field.Store.NO));
                        }
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            LeafReader leaf = reader.leaves().get(0).reader();
            long oneSet = new FixedBitSet(1000).ramBytesUsed();
            KeywordSets sets = new KeywordSets(2 * oneSet);
            FixedBitSet[] first = new FixedBitSet[SKILLS.length];
            for (int s = 0; s < SKILLS.length; s++) {
                first[s] = sets.docs(leaf, new Term("skill", SKILLS[s]));
                for (int d = 0; d < 1000; d++) {
                    assertThat(first[s].get(d)).as(SKILLS[s] + " doc " + d).isEqualTo(d % (s + 2) == 0);
                }
                assertThat(sets.keptBytes()).isLessThanOrEqualTo(2 * oneSet);
            }
            assertThat(sets.docs(leaf, new Term("skill", "figma"))).as("kept").isSameAs(first[3]);
            assertThat(sets.docs(leaf, new Term("skill", "sql"))).as("kept").isSameAs(first[2]);
            FixedBitSet rust = sets.docs(leaf, new Term("skill", "rust"));
            assertThat(rust).as("made again: it went first").isNotSameAs(first[0]).isEqualTo(first[0]);
            assertThat(sets.docs(leaf, new Term("skill", "sql"))).as("kept: used after figma").isSameAs(first[2]);
            assertThat(sets.docs(leaf, new Term("skill", "figma"))).as("went for rust").isNotSameAs(first[3]);
            long before = sets.keptBytes();
            assertThat(sets.docs(leaf, new Term("skill", "cobol"))).as("no document has it").isNull();
            assertThat(sets.keptBytes()).isEqualTo(before);
            reader.close();
            assertThat(sets.keptBytes()).as("the segment closed").isZero();
        }
    }
}
