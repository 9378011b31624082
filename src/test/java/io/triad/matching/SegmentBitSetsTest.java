package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * {@link SegmentBitSets#forget}: the sets of the keys it names go (and are worked out again when asked), the others
 * stay; a set worked out as null is kept at no cost. The budget and the closing segment are {@link KeywordSetsTest}'s.
 */
class SegmentBitSetsTest {
    @Test
    void forgottenKeysAreWorkedOutAgainAndTheOthersKept() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int d = 0; d < 100; d++) {
                    writer.addDocument(new Document());
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                SegmentBitSets<String> sets = new SegmentBitSets<>(Long.MAX_VALUE);
                AtomicInteger worked = new AtomicInteger();
                FixedBitSet a = sets.get(leaf, "a", () -> counted(worked, 100));
                FixedBitSet b = sets.get(leaf, "b", () -> counted(worked, 100));
                assertThat(sets.get(leaf, "none", () -> counted(worked, -1))).isNull();
                long oneSet = a.ramBytesUsed();
                assertThat(sets.keptBytes()).isEqualTo(2 * oneSet);
                assertThat(sets.get(leaf, "none", () -> counted(worked, -1))).as("kept as empty").isNull();
                assertThat(worked).hasValue(3);

                sets.forget("a"::equals);
                assertThat(sets.keptBytes()).isEqualTo(oneSet);
                assertThat(sets.get(leaf, "b", () -> counted(worked, 100))).as("kept").isSameAs(b);
                assertThat(sets.get(leaf, "a", () -> counted(worked, 100))).as("worked out again").isNotSameAs(a);
                assertThat(worked).hasValue(4);
            }
        }
    }

    /** A new set of {@code bits} bits, or null for a negative size, counting the calls. */
    private static FixedBitSet counted(AtomicInteger worked, int bits) {
        worked.incrementAndGet();
        return bits < 0 ? null : new FixedBitSet(bits);
    }
}
