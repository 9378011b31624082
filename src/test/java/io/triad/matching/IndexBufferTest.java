package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The indexing buffer follows the heap: a large heap bulk-loads into fewer, larger segments. */
class IndexBufferTest {
    private static final long MIB = 1024L * 1024;

    @Test
    void aQuarterOfTheHeapWithinLuceneLimits() {
        assertThat(LuceneIndex.bufferMB(512 * MIB)).isEqualTo(256);
        assertThat(LuceneIndex.bufferMB(1024 * MIB)).isEqualTo(256);
        assertThat(LuceneIndex.bufferMB(4096 * MIB)).isEqualTo(1024);
        assertThat(LuceneIndex.bufferMB(6144 * MIB)).isEqualTo(1536);
        assertThat(LuceneIndex.bufferMB(64 * 1024 * MIB)).isEqualTo(1536);
    }
}
