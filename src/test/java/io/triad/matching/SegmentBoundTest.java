package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Scoring#segmentBound} is at least the score of every student of a segment for the opening, for every opening
 * and segment of random worlds (students added in small batches, so there are several small segments, some without a
 * given term, however the merges go).
 */
class SegmentBoundTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 18, 27, 44, 61, 95})
    void noStudentOfASegmentScoresAboveItsBound(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            RandomWorld others = new RandomWorld(seed + 500);
            for (int i = 0; i < others.students.size(); i++) {
                engine.putStudent(KeptRuleBitsTest.withKey(others.students.get(i), String.format("n%03d", i)));
                if (i % 7 == 0) {
                    engine.refreshNow(); // a small segment of its own
                }
            }
            engine.refreshNow();
            engine.studentIndex().lucene().search(searcher -> {
                for (StartupDoc s : world.startups) {
                    for (OpeningDoc o : s.openings()) {
                        check(searcher, o, s);
                    }
                }
                return null;
            });
        }
    }

    private static void check(IndexSearcher searcher, OpeningDoc o, StartupDoc s) throws IOException {
        Scoring.SegmentBound bound = Scoring.segmentBound(searcher, o, s,
                (field, tokens) -> Scoring.termStates(searcher, field, tokens));
        Query q = Scoring.clauses(o, s, searcher, null).query();
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            double most = bound.of(leaf);
            Scorer scorer = w.scorer(leaf);
            for (int d = scorer == null ? DocIdSetIterator.NO_MORE_DOCS : scorer.iterator().nextDoc();
                    d != DocIdSetIterator.NO_MORE_DOCS; d = scorer.iterator().nextDoc()) {
                assertThat((double) scorer.score()).as("opening %s, segment %d, doc %d", o.key(), leaf.ord, d)
                        .isLessThanOrEqualTo(most);
            }
        }
    }

}
