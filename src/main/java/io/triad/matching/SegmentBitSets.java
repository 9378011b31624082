package io.triad.matching;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOSupplier;

/**
 * Bit sets worked out for a segment and kept between requests, by segment and {@code K}: at most {@code maxBytes},
 * the least recently used going first, and none once their segment closes. What {@link KeywordSets} and
 * {@link RuleBits} keep.
 */
final class SegmentBitSets<K> {
    private record Entry<K>(IndexReader.CacheKey segment, K key) {
    }

    /** Kept for a set worked out as null (empty): costs nothing. */
    private static final FixedBitSet NONE = new FixedBitSet(0);

    private final long maxBytes;
    private final LinkedHashMap<Entry<K>, FixedBitSet> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<IndexReader.CacheKey> watched = ConcurrentHashMap.newKeySet();
    private long bytes;

    SegmentBitSets(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The set kept for {@code key} in the reader's segment, else {@code worked} out (outside the lock) and kept; null
     * when {@code worked} gave null. Shared: never change it.
     */
    FixedBitSet get(LeafReader reader, K key, IOSupplier<FixedBitSet> worked) throws IOException {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        Entry<K> entry = new Entry<>(cache.getKey(), key);
        FixedBitSet bits;
        synchronized (this) {
            bits = kept.get(entry);
        }
        if (bits == null) {
            FixedBitSet made = worked.get();
            bits = made == null ? NONE : made;
            if (watched.add(cache.getKey())) {
                cache.addClosedListener(this::dropSegment);
            }
            keep(entry, bits);
        }
        return bits == NONE ? null : bits;
    }

    private synchronized void keep(Entry<K> entry, FixedBitSet bits) {
        FixedBitSet old = kept.put(entry, bits);
        bytes += size(bits) - (old == null ? 0 : size(old));
        Iterator<Map.Entry<Entry<K>, FixedBitSet>> eldest = kept.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Entry<K>, FixedBitSet> e = eldest.next();
            if (e.getKey() != entry) {
                bytes -= size(e.getValue());
                eldest.remove();
            }
        }
    }

    private static long size(FixedBitSet bits) {
        return bits == NONE ? 0 : bits.ramBytesUsed();
    }

    private synchronized void dropSegment(IndexReader.CacheKey segment) {
        watched.remove(segment);
        dropIf(e -> e.segment() == segment);
    }

    /** Drops the sets of every segment kept for a key that {@code which} accepts. */
    synchronized void forget(Predicate<K> which) {
        dropIf(e -> which.test(e.key()));
    }

    private void dropIf(Predicate<Entry<K>> which) {
        Iterator<Map.Entry<Entry<K>, FixedBitSet>> it = kept.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Entry<K>, FixedBitSet> e = it.next();
            if (which.test(e.getKey())) {
                bytes -= size(e.getValue());
                it.remove();
            }
        }
    }

    synchronized long keptBytes() {
        return bytes;
    }
}
