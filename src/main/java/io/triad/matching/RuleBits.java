package io.triad.matching;

import io.triad.domain.ProgramDoc;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
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

    /** A program as loaded, the viewer's privilege, and the start date its dated rules were narrowed to (or null). */
    private static final class Key {
        private final ProgramDoc program;
        private final boolean privileged;
        private final LocalDate start;
        private final int hash;

        Key(EligibleStudents rules, LocalDate start) {
            this.program = rules.program();
            this.privileged = rules.privileged();
            this.start = start;
            this.hash = Objects.hash(rules.programHash(), privileged, start);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && privileged == k.privileged
                    && Objects.equals(start, k.start) && Objects.equals(program, k.program);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final SegmentBitSets<Key> kept;

    RuleBits(long maxBytes) {
        kept = new SegmentBitSets<>(maxBytes);
    }

    /**
     * The segment's students, deleted ones included, passing {@code rules} for an opening starting on {@code start}.
     * Shared: never change the returned set.
     */
    FixedBitSet passing(LeafReader reader, StudentFacts.Segment facts, EligibleStudents rules, LocalDate start)
            throws IOException {
        // the rules that do not count to the date are kept apart: openings start on many dates, and the date-free
        // part is a pass over every student of the segment, the dated part only over those passing the rest
        FixedBitSet undated = kept.get(reader, new Key(rules, null),
                () -> rules.passingUndated(facts, reader.maxDoc()));
        return rules.dated()
                ? kept.get(reader, new Key(rules, start), () -> rules.narrowedTo(facts, undated, start))
                : undated;
    }

    /** Drops what is kept for the program {@code programKey} (changed or removed). */
    void forget(String programKey) {
        kept.forget(k -> k.program.key().equals(programKey));
    }
}
