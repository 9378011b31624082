package io.triad.matching;

import io.triad.domain.ProgramDoc;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.FixedBitSet;

/**
 * Each program's student rules as a bit set per segment of the student index, kept between requests: a segment's
 * {@link StudentFacts} never change (only its live documents do, and a merge makes a new segment), so the students of
 * a segment passing a program's rules are worked out once per (segment, program as loaded, viewer's privilege, and
 * the opening's start date for a program whose rules count to it: for such a program the rules that do not are kept
 * too, and narrowed for each new date) instead of testing every fitting student on every request. The kept bit sets
 * hold deleted documents too: callers AND them with live-only bits (the fit filter's).
 *
 * <p>Memory: one bit per document of the segment, so 125 KB per program at a million students (and that again for
 * each start date of a program with a recent-graduation or, for operators, an age rule). At most {@code maxBytes} are
 * kept; past that the least recently used go first. Entries go when their segment closes, and a changed program is a
 * new key (its old entries are dropped by {@link #forget}, or age out).
 */
final class RuleBits {
    /** 128 MiB: a hundred programs' sets for ten million students, or several start dates each at a million. */
    static final long DEFAULT_MAX_BYTES = 128L << 20;

    private static final class Key {
        private final IndexReader.CacheKey segment;
        private final ProgramDoc program;
        private final boolean privileged;
        private final LocalDate start;
        private final int hash;

        Key(IndexReader.CacheKey segment, EligibleStudents rules, LocalDate start) {
            this.segment = segment;
            this.program = rules.program();
            this.privileged = rules.privileged();
            this.start = start;
            this.hash = Objects.hash(segment, rules.programHash(), privileged, start);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && segment == k.segment && privileged == k.privileged
                    && Objects.equals(start, k.start) && Objects.equals(program, k.program);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, FixedBitSet> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<IndexReader.CacheKey> watched = ConcurrentHashMap.newKeySet();
    private long bytes;

    RuleBits(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The segment's students, deleted ones included, passing {@code rules} for an opening starting on {@code start}.
     * Shared: never change the returned set.
     */
    FixedBitSet passing(LeafReader reader, StudentFacts.Segment facts, EligibleStudents rules, LocalDate start) {
        // the rules that do not count to the date are kept apart: openings start on many dates, and the date-free
        // part is a pass over every student of the segment, the dated part only over those passing the rest
        FixedBitSet undated = kept(reader, rules, null, () -> rules.passingUndated(facts, reader.maxDoc()));
        return rules.dated() ? kept(reader, rules, start, () -> rules.narrowedTo(facts, undated, start)) : undated;
    }

    private FixedBitSet kept(LeafReader reader, EligibleStudents rules, LocalDate start,
            java.util.function.Supplier<FixedBitSet> worked) {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        Key key = new Key(cache.getKey(), rules, start);
        synchronized (this) {
            FixedBitSet known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        FixedBitSet bits = worked.get();
        if (watched.add(cache.getKey())) {
            cache.addClosedListener(this::dropSegment);
        }
        keep(key, bits);
        return bits;
    }

    private synchronized void keep(Key key, FixedBitSet bits) {
        FixedBitSet old = kept.put(key, bits);
        bytes += bits.ramBytesUsed() - (old == null ? 0 : old.ramBytesUsed());
        Iterator<Map.Entry<Key, FixedBitSet>> eldest = kept.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Key, FixedBitSet> e = eldest.next();
            if (e.getKey() != key) {
                bytes -= e.getValue().ramBytesUsed();
                eldest.remove();
            }
        }
    }

    private synchronized void dropSegment(IndexReader.CacheKey segment) {
        watched.remove(segment);
        dropIf(k -> k.segment == segment);
    }

    /** Drops what is kept for the program of this key (changed or removed). */
    synchronized void forget(String programKey) {
        dropIf(k -> k.program.key().equals(programKey));
    }

    private void dropIf(java.util.function.Predicate<Key> which) {
        Iterator<Map.Entry<Key, FixedBitSet>> it = kept.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, FixedBitSet> e = it.next();
            if (which.test(e.getKey())) {
                bytes -= e.getValue().ramBytesUsed();
                it.remove();
            }
        }
    }

    synchronized long keptBytes() {
        return bytes;
    }
}
