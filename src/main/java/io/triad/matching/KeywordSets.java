package io.triad.matching;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.FixedBitSet;

/**
 * The students of each keyword term of a segment (skill, region, country, work mode, interest) as a bit set, made when
 * a search first asks, and which students have a text field. Read by {@link FormulaScorer}.
 *
 * <p>Memory: one bit per document of the segment for each term the openings' score formulas ask for and some student
 * has (the benchmark's openings ask for about 150: 19 MB at a million students). A term no student of the segment has
 * costs nothing. At most {@code maxBytes} are kept, the least recently used going first, so openings asking for ever
 * new skills cannot fill the heap; entries go when their segment closes.
 */
final class KeywordSets {
    /** 256 MiB: the benchmark's terms at ten million students (about 190 MB), or ten times them at a million. */
    static final long DEFAULT_MAX_BYTES = 256L << 20;

    private record Key(IndexReader.CacheKey segment, Term term) {
    }

    /** Kept for a term no student of the segment has. */
    private static final FixedBitSet NONE = new FixedBitSet(0);

    private final long maxBytes;
    private final LinkedHashMap<Key, FixedBitSet> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<IndexReader.CacheKey> watched = ConcurrentHashMap.newKeySet();
    private long bytes;

    KeywordSets(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The segment's documents, deleted ones included, with the term; null when none has it. Never change it. */
    FixedBitSet docs(LeafReader reader, Term term) throws IOException {
        FixedBitSet bits = kept(reader, term);
        if (bits == null) {
            bits = NONE;
            Terms terms = reader.terms(term.field());
            TermsEnum te = terms == null ? null : terms.iterator();
            if (te != null && te.seekExact(term.bytes())) {
                bits = new FixedBitSet(reader.maxDoc());
                bits.or(te.postings(null, PostingsEnum.NONE));
            }
            keep(reader, term, bits);
        }
        return bits == NONE ? null : bits;
    }

    /** The segment's documents, deleted ones included, that have the (normed) text field. Never change it. */
    FixedBitSet withField(LeafReader reader, String field) throws IOException {
        Term key = new Term("", field); // no keyword field is named ""
        FixedBitSet bits = kept(reader, key);
        if (bits == null) {
            bits = new FixedBitSet(reader.maxDoc());
            NumericDocValues norms = reader.getNormValues(field);
            if (norms != null) {
                bits.or(norms);
            }
            keep(reader, key, bits);
        }
        return bits;
    }

    private synchronized FixedBitSet kept(LeafReader reader, Term term) {
        return kept.get(new Key(reader.getCoreCacheHelper().getKey(), term));
    }

    private void keep(LeafReader reader, Term term, FixedBitSet bits) {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        if (watched.add(cache.getKey())) {
            cache.addClosedListener(this::dropSegment);
        }
        Key key = new Key(cache.getKey(), term);
        synchronized (this) {
            FixedBitSet old = kept.put(key, bits);
            bytes += size(bits) - (old == null ? 0 : size(old));
            Iterator<Map.Entry<Key, FixedBitSet>> eldest = kept.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                Map.Entry<Key, FixedBitSet> e = eldest.next();
                if (e.getKey() != key) {
                    bytes -= size(e.getValue());
                    eldest.remove();
                }
            }
        }
    }

    private static long size(FixedBitSet bits) {
        return bits == NONE ? 0 : bits.ramBytesUsed();
    }

    private synchronized void dropSegment(IndexReader.CacheKey segment) {
        watched.remove(segment);
        Iterator<Map.Entry<Key, FixedBitSet>> it = kept.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, FixedBitSet> e = it.next();
            if (e.getKey().segment() == segment) {
                bytes -= size(e.getValue());
                it.remove();
            }
        }
    }

    synchronized long keptBytes() {
        return bytes;
    }
}
