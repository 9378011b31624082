package io.triad.matching;

import java.io.IOException;
import java.util.Map;
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
 * The students of each keyword term of a segment (skill, region, country, work mode, interest) as a bit set, kept for
 * the segment's life and made when a search first asks, and which students have a text field. Read by
 * {@link FormulaScorer}. Only the terms of openings' scoring clauses are asked for: an eighth of a byte per student for
 * each (the 123 skills of the benchmark's openings, about 15 MB at a million students).
 */
final class KeywordSets {
    private final Map<IndexReader.CacheKey, Map<Term, FixedBitSet>> bySegment = new ConcurrentHashMap<>();

    /** The segment's documents, deleted ones included, with the term. */
    FixedBitSet docs(LeafReader reader, Term term) throws IOException {
        Map<Term, FixedBitSet> segment = segment(reader);
        FixedBitSet known = segment.get(term);
        if (known == null) {
            known = read(reader, term);
            segment.putIfAbsent(term, known);
        }
        return known;
    }

    /** The segment's documents, deleted ones included, that have the (normed) text field. */
    FixedBitSet withField(LeafReader reader, String field) throws IOException {
        Map<Term, FixedBitSet> segment = segment(reader);
        Term key = new Term("", field); // no keyword field is named ""
        FixedBitSet known = segment.get(key);
        if (known == null) {
            known = new FixedBitSet(reader.maxDoc());
            NumericDocValues norms = reader.getNormValues(field);
            if (norms != null) {
                known.or(norms);
            }
            segment.putIfAbsent(key, known);
        }
        return known;
    }

    private Map<Term, FixedBitSet> segment(LeafReader reader) {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        Map<Term, FixedBitSet> known = bySegment.get(cache.getKey());
        if (known != null) {
            return known;
        }
        Map<Term, FixedBitSet> made = new ConcurrentHashMap<>();
        known = bySegment.putIfAbsent(cache.getKey(), made);
        if (known != null) {
            return known;
        }
        cache.addClosedListener(bySegment::remove);
        return made;
    }

    private static FixedBitSet read(LeafReader reader, Term term) throws IOException {
        FixedBitSet bits = new FixedBitSet(reader.maxDoc());
        Terms terms = reader.terms(term.field());
        TermsEnum te = terms == null ? null : terms.iterator();
        if (te != null && te.seekExact(term.bytes())) {
            bits.or(te.postings(null, PostingsEnum.NONE));
        }
        return bits;
    }
}
