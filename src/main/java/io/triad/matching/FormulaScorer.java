package io.triad.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The top k of the score formula's clauses ({@link Scoring.Clauses}) among a segment's filtered students, led by the
 * filter's bit set rather than by the clauses' postings.
 *
 * <p>Lucene's MaxScore walks the postings of the clauses that could lift a student above the k-th score (the opening's
 * skills, mostly) and drops the students outside the filter one by one: most of them, since the fit filter keeps about
 * a tenth of the students. Here each filtered student's keyword weights are added from bit sets kept per segment
 * ({@link KeywordSets}), and the text terms are only read for a student whose keywords plus the most its text could
 * add still reach the k-th score. The text terms of the one text field the student has are read in order of their
 * maxima, stopping as soon as the rest cannot lift the student high enough.
 *
 * <p>Every clause's score is a float, and the sum is taken in double as Lucene's scorers take it. The numbers are few
 * and within a factor of 2^29 of each other (a text term would have to be in more than 99.98% of the students to score
 * less), so the double sum is exact and does not depend on the order: a collected student's score is exactly Lucene's,
 * and a student is skipped only when an upper bound of that sum, rounded the same way, is below the k-th score. A
 * student has one text field, English or French ({@link StudentIndex}): one without the English field is read with
 * the French terms.
 */
final class FormulaScorer extends BulkScorer {
    /** What one search shares across segments and parts: the clauses and the text terms' weights. */
    static FilteredTopK.Scorers of(IndexSearcher searcher, Scoring.Clauses clauses, KeywordSets sets)
            throws IOException {
        List<Weight> text = new ArrayList<>();
        for (Scoring.TextTerm t : clauses.text()) {
            text.add(searcher.createWeight(searcher.rewrite(t.query()), ScoreMode.TOP_SCORES, 1f));
        }
        return leaf -> new FormulaScorer(leaf, clauses, text, sets);
    }

    /** The keywords tested student by student (weights and bit sets), and the weight of those every student has. */
    private final float[] weights;
    private final long[][] bits;
    private final double always;
    private final boolean alwaysMatches;
    private final FixedBitSet firstField;
    private final Text first;
    private final Text second;
    private final int maxDoc;
    private final Current current = new Current();
    /** The keywords by increasing weight. */
    private final int[] byWeight;
    /** The keywords' bit sets one of which a student needs to reach {@link #partitionedAt} ({@link #partition}). */
    private long[][] essential;
    private float partitionedAt = Float.NaN;

    /** The text terms of one field that occur in the segment, greatest maximum first, and their maxima. */
    private static final class Text {
        final Scorer[] scorers;
        final double[] max;
        /** The sum of the maxima. */
        final double most;

        Text(List<Scorer> terms) throws IOException {
            int n = terms.size();
            float[] maxima = new float[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                maxima[i] = terms.get(i).getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> -maxima[i]));
            scorers = new Scorer[n];
            max = new double[n];
            double most = 0;
            for (int i = 0; i < n; i++) {
                scorers[i] = terms.get(order[i]);
                max[i] = maxima[order[i]];
                most += max[i];
            }
            this.most = most;
        }
    }

    private FormulaScorer(LeafReaderContext leaf, Scoring.Clauses clauses, List<Weight> text, KeywordSets sets)
            throws IOException {
        LeafReader reader = leaf.reader();
        maxDoc = reader.maxDoc();
        List<Scoring.Keyword> tested = new ArrayList<>();
        List<FixedBitSet> docs = new ArrayList<>();
        double always = 0;
        boolean alwaysMatches = false;
        for (Scoring.Keyword k : clauses.keywords()) {
            if (k.values() == null) {
                always += k.weight();
                alwaysMatches = true;
                continue;
            }
            FixedBitSet d = k.values().size() == 1 ? sets.docs(reader, new Term(k.field(), k.values().get(0)))
                    : union(reader, sets, k);
            if (d != null) { // else no student of the segment has it
                tested.add(k);
                docs.add(d);
            }
        }
        this.always = always;
        this.alwaysMatches = alwaysMatches;
        weights = new float[tested.size()];
        bits = new long[tested.size()][];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = tested.get(i).weight();
            bits[i] = docs.get(i).getBits();
        }
        byWeight = IntStream.range(0, weights.length).boxed().sorted(Comparator.comparingDouble(i -> weights[i]))
                .mapToInt(Integer::intValue).toArray();
        String firstName = TextAnalysis.TEXT_EN;
        List<Scorer> firstTerms = new ArrayList<>();
        List<Scorer> secondTerms = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Scorer scorer = text.get(i).scorer(leaf);
            if (scorer != null) {
                scorer.advanceShallow(0);
                (clauses.text().get(i).term().field().equals(firstName) ? firstTerms : secondTerms).add(scorer);
            }
        }
        firstField = sets.withField(reader, firstName);
        first = new Text(firstTerms);
        second = new Text(secondTerms);
    }

    /** The students with any of the keyword's values: a bit set made for this search, null when none has one. */
    private static FixedBitSet union(LeafReader reader, KeywordSets sets, Scoring.Keyword k) throws IOException {
        FixedBitSet out = null;
        for (String value : k.values()) {
            FixedBitSet docs = sets.docs(reader, new Term(k.field(), value));
            if (docs != null) {
                out = out == null ? new FixedBitSet(reader.maxDoc()) : out;
                out.or(docs);
            }
        }
        return out;
    }

    /** The score of the collected student, and the k-th score the collector has asked for. */
    private static final class Current extends Scorable {
        int doc = -1;
        float score;
        float minimum = Float.NEGATIVE_INFINITY;

        @Override
        public float score() {
            return score;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) {
            minimum = minScore;
        }
    }

    /**
     * Scores the documents of {@code acceptDocs} (the filter's bit set) from {@code min} to {@code max}, 64 at a
     * time: once the k-th score is known, only those with one of the keywords that must be there to reach it.
     */
    @Override
    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
        long[] accepted = ((FixedBitSet) acceptDocs).getBits();
        collector.setScorer(current);
        int end = Math.min(max, maxDoc);
        for (int w = min >> 6, last = (end - 1) >> 6; min < end && w <= last; w++) {
            long word = accepted[w];
            if (w == min >> 6) {
                word &= -1L << min;
            }
            if (w == last) {
                word &= -1L >>> -end;
            }
            if (word != 0 && current.minimum != partitionedAt) {
                partition(current.minimum);
            }
            if (word != 0 && essential != null) {
                long any = 0;
                for (long[] e : essential) {
                    any |= e[w];
                }
                word &= any;
            }
            for (; word != 0; word &= word - 1) {
                score(collector, (w << 6) + Long.numberOfTrailingZeros(word));
            }
        }
        return max >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : max;
    }

    /**
     * Which keywords a student must have one of to reach {@code minimum}: the greatest, once the others' weights with
     * everything the text can add fall short ({@code essential} null: every student may reach it; empty: none can).
     */
    private void partition(float minimum) {
        partitionedAt = minimum;
        double without = always + Math.max(first.most, second.most);
        int n = 0;
        while (n < byWeight.length && (float) (without + weights[byWeight[n]]) < minimum) {
            without += weights[byWeight[n++]];
        }
        if (n == 0 && (float) without >= minimum) {
            essential = null;
            return;
        }
        essential = new long[byWeight.length - n][];
        for (int i = n; i < byWeight.length; i++) {
            essential[i - n] = bits[byWeight[i]];
        }
    }

    @Override
    public long cost() {
        return maxDoc;
    }

    private void score(LeafCollector collector, int d) throws IOException {
        double sum = always;
        boolean matches = alwaysMatches;
        for (int i = 0; i < weights.length; i++) {
            if ((bits[i][d >> 6] & 1L << d) != 0) {
                sum += weights[i];
                matches = true;
            }
        }
        Text text = firstField.get(d) ? first : second;
        float minimum = current.minimum;
        double upper = sum + text.most; // the sum so far and the maxima of the terms not read yet
        for (int i = 0; i < text.max.length; i++) {
            if ((float) upper < minimum) {
                return; // cannot reach the k-th score
            }
            upper -= text.max[i];
            Scorer scorer = text.scorers[i];
            int at = scorer.docID();
            if (at < d) {
                at = scorer.iterator().advance(d);
            }
            if (at == d) {
                float score = scorer.score();
                sum += score;
                upper += score;
                matches = true;
            }
        }
        if (matches && (float) sum >= minimum) {
            current.doc = d;
            current.score = (float) sum;
            collector.collect(d);
        }
    }
}
