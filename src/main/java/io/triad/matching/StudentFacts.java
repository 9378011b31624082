package io.triad.matching;

import io.triad.domain.StudentDoc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * What the student rules and the funding terms read of each student, per segment of the student index, as compact
 * arrays: decoded once when a count first needs the segment (segments never change; a merge makes a new one), so a
 * program's counts never parse a document again. Kept in this process's memory only, like the opened documents of a
 * search: nothing of it reaches the disk.
 */
final class StudentFacts {
    /** A null date. */
    static final int NO_DAY = Integer.MIN_VALUE;

    /** One segment's facts; ordinals are the enum's, -1 for null; {@code region} indexes {@code regions}. */
    record Segment(byte[] level, byte[] field, byte[] enrolment, int[] graduationDay, byte[] workStatus,
            int[] birthDay, int[] groups, boolean[] shares, int[] region, List<String> regions) {
    }

    /** Reads the student document {@code doc} of a segment. */
    @FunctionalInterface
    interface Decoder {
        StudentDoc read(int doc) throws IOException;
    }

    private final Map<IndexReader.CacheKey, Segment> bySegment = new ConcurrentHashMap<>();

    /** The segment's facts, decoded with {@code decoder} the first time (deleted documents included). */
    Segment of(LeafReader reader, Decoder decoder) throws IOException {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        Segment known = bySegment.get(cache.getKey());
        if (known != null) {
            return known;
        }
        Segment facts = build(reader.maxDoc(), decoder);
        if (bySegment.putIfAbsent(cache.getKey(), facts) == null) {
            cache.addClosedListener(bySegment::remove);
        }
        return facts;
    }

    private static Segment build(int maxDoc, Decoder decoder) throws IOException {
        Segment s = new Segment(new byte[maxDoc], new byte[maxDoc], new byte[maxDoc], new int[maxDoc],
                new byte[maxDoc], new int[maxDoc], new int[maxDoc], new boolean[maxDoc], new int[maxDoc],
                new ArrayList<>());
        Map<String, Integer> regionOrds = new HashMap<>();
        for (int d = 0; d < maxDoc; d++) {
            StudentDoc t = decoder.read(d);
            s.level()[d] = ord(t.level());
            s.field()[d] = ord(t.field());
            s.enrolment()[d] = ord(t.enrolment());
            s.graduationDay()[d] = day(t.graduationDate());
            s.workStatus()[d] = ord(t.workStatus());
            s.birthDay()[d] = day(t.birthDate());
            s.groups()[d] = bits(t.groups());
            s.shares()[d] = Boolean.TRUE.equals(t.shareEnhancedEligibility());
            s.region()[d] = regionOrds.computeIfAbsent(t.region(), r -> {
                s.regions().add(r);
                return s.regions().size() - 1;
            });
        }
        return s;
    }

    private static byte ord(Enum<?> value) {
        return (byte) (value == null ? -1 : value.ordinal());
    }

    private static int day(java.time.LocalDate date) {
        return date == null ? NO_DAY : (int) date.toEpochDay();
    }

    /** The bit mask of enum ordinals a rule allows; null or empty (no restriction) is -1: every value passes. */
    static long mask(List<? extends Enum<?>> allowed) {
        if (!RuleCheck.restricts(allowed)) {
            return -1L;
        }
        long mask = 0;
        for (Enum<?> e : allowed) {
            mask |= 1L << e.ordinal();
        }
        return mask;
    }

    /** The bit of each value's ordinal; none for null. */
    static int bits(List<? extends Enum<?>> values) {
        int bits = 0;
        for (Enum<?> e : values == null ? List.<Enum<?>>of() : values) {
            bits |= 1 << e.ordinal();
        }
        return bits;
    }

    /** Whether ordinal {@code ord} (-1: null) is in {@code mask}; null passes only a rule that restricts nothing. */
    static boolean in(long mask, byte ord) {
        return mask == -1L || ord >= 0 && (mask & (1L << ord)) != 0;
    }
}
