package io.triad.matching;

import io.triad.domain.OpeningDoc;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The opening-fit rules of DATA.md over the student index, as a bit set per segment.
 *
 * <p>Levels, fields and work modes take a handful of values, so each segment keeps one bit set per value and the
 * availability dates as arrays and {@link DayBands}, built once when a searcher first sees the segment (the searcher
 * warm-up does it for new segments). A fit filter is then a few word-wise ORs and ANDs plus a date check for the
 * students of the one date band that holds the opening's dates, instead of reading postings and points on every
 * query (or checking the dates of every fitting student: that was a third of the default path at a million).
 */
final class FitFilter {
    static final String LEVEL = "level";
    static final String FIELD = "field";
    static final String WORK_MODE = "workMode";
    static final String FROM = "availableFromDay";
    static final String UNTIL = "availableUntilDay";

    private record Facts(Map<String, Map<String, FixedBitSet>> values, int[] from, int[] until, DayBands fromBands,
            DayBands untilBands) {
        Facts(Map<String, Map<String, FixedBitSet>> values, int[] from, int[] until) {
            this(values, from, until, new DayBands(from, 1), new DayBands(until, -1));
        }
    }

    private final Map<IndexReader.CacheKey, Facts> bySegment = new ConcurrentHashMap<>();

    /** Builds the facts of segments not seen before; meant as the searcher warm-up. */
    void warm(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            facts(leaf.reader());
        }
    }

    /** The live students of the segment who fit the opening. */
    FixedBitSet fitting(LeafReader reader, OpeningDoc o) throws IOException {
        return fitting(reader, o, null);
    }

    /**
     * The live students of the segment who fit the opening, among {@code among} (null: all): narrowing first leaves
     * fewer students for the date check.
     */
    FixedBitSet fitting(LeafReader reader, OpeningDoc o, FixedBitSet among) throws IOException {
        Facts facts = facts(reader);
        FixedBitSet bits = undated(reader, facts, o, among);
        facts.fromBands().keep(bits, (int) o.startDate().toEpochDay());
        facts.untilBands().keep(bits, (int) o.lastDay().toEpochDay());
        return bits;
    }

    /**
     * For openings with the same levels, fields and work mode ({@code sameFit}): how many of the segment's live
     * students among {@code among} fit each ({@code [0][i]}), and how many of those are in {@code marked}
     * ({@code [1][i]}; null: none), the dates counted by {@link FitCounts} rather than with a bit set per opening.
     */
    long[][] count(LeafReader reader, List<OpeningDoc> sameFit, FixedBitSet among, FixedBitSet marked)
            throws IOException {
        Facts facts = facts(reader);
        return FitCounts.count(sameFit, undated(reader, facts, sameFit.get(0), among), facts.from(), facts.until(),
                marked);
    }

    /** The live students of the segment fitting the opening's levels, fields and work mode, among {@code among}. */
    private static FixedBitSet undated(LeafReader reader, Facts facts, OpeningDoc o, FixedBitSet among) {
        FixedBitSet bits = FilteredTopK.live(reader);
        if (o.levels() != null && !o.levels().isEmpty()) {
            andAnyOf(bits, facts, LEVEL, o.levels().stream().map(Enum::name).toList());
        }
        if (o.fields() != null && !o.fields().isEmpty()) {
            andAnyOf(bits, facts, FIELD, o.fields().stream().map(Enum::name).toList());
        }
        andAnyOf(bits, facts, WORK_MODE, List.of(o.workMode().name(), StudentIndex.ANY));
        if (among != null) {
            bits.and(among);
        }
        return bits;
    }

    /** Keeps in {@code bits} the students with one of the values, word by word (no bit set per query). */
    private static void andAnyOf(FixedBitSet bits, Facts facts, String field, List<String> values) {
        Map<String, FixedBitSet> byValue = facts.values().get(field);
        long[][] sets = values.stream().map(byValue::get).filter(Objects::nonNull).map(FixedBitSet::getBits)
                .toArray(long[][]::new);
        long[] words = bits.getBits();
        for (int w = 0; w < words.length; w++) {
            long any = 0;
            for (long[] set : sets) {
                any |= set[w];
            }
            words[w] &= any;
        }
    }

    private Facts facts(LeafReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        Facts known = bySegment.get(cache.getKey());
        if (known != null) {
            return known;
        }
        Facts facts = build(reader);
        if (bySegment.putIfAbsent(cache.getKey(), facts) == null) {
            cache.addClosedListener(bySegment::remove);
        }
        return facts;
    }

    private static Facts build(LeafReader reader) throws IOException {
        Map<String, Map<String, FixedBitSet>> values = new HashMap<>();
        for (String field : List.of(LEVEL, FIELD, WORK_MODE)) {
            Map<String, FixedBitSet> byValue = new HashMap<>();
            Terms terms = reader.terms(field);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    FixedBitSet docs = new FixedBitSet(reader.maxDoc());
                    postings = te.postings(postings, PostingsEnum.NONE);
                    docs.or(postings);
                    byValue.put(term.utf8ToString(), docs);
                }
            }
            values.put(field, byValue);
        }
        return new Facts(values, days(reader, FROM), days(reader, UNTIL));
    }

    private static int[] days(LeafReader reader, String field) throws IOException {
        int[] days = new int[reader.maxDoc()];
        NumericDocValues dv = DocValues.getNumeric(reader, field);
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
            days[d] = (int) dv.longValue();
        }
        return days;
    }
}
