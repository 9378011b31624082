package io.triad.matching;

import java.io.IOException;
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

    private final SegmentBitSets<Term> kept;

    KeywordSets(long maxBytes) {
        kept = new SegmentBitSets<>(maxBytes);
    }

    /** The segment's documents, deleted ones included, with the term; null when none has it. Never change it. */
    FixedBitSet docs(LeafReader reader, Term term) throws IOException {
        return kept.get(reader, term, () -> {
            Terms terms = reader.terms(term.field());
            TermsEnum te = terms == null ? null : terms.iterator();
            if (te == null || !te.seekExact(term.bytes())) {
                return null;
            }
            FixedBitSet bits = new FixedBitSet(reader.maxDoc());
            bits.or(te.postings(null, PostingsEnum.NONE));
            return bits;
        });
    }

    /** The segment's documents, deleted ones included, that have the (normed) text field. Never change it. */
    FixedBitSet withField(LeafReader reader, String field) throws IOException {
        // no keyword field is named ""
        return kept.get(reader, new Term("", field), () -> {
            FixedBitSet bits = new FixedBitSet(reader.maxDoc());
            NumericDocValues norms = reader.getNormValues(field);
            if (norms != null) {
                bits.or(norms);
            }
            return bits;
        });
    }

    long keptBytes() {
        return kept.keptBytes();
    }
}
