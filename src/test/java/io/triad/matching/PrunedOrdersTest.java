package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pruned match paths (the default order through {@link FormulaScorer}; funded, sort=amount, sort=total: bit sets
 * per segment, money worked out from the student facts, only the page read) answer exactly what their definition
 * answers: every fitting student scored by Lucene itself, explained, filtered and sorted. On the sample worlds, for every opening, evaluation date, viewer, filter and several limits.
 * (No students are replaced here: a background merge between the two answers would change the text statistics, and
 * so the scores, of one of them.)
 */
class PrunedOrdersTest {
    private static final int[] LIMITS = {1, 3, 20, MatchEngineBruteForceTest.ALL};

    static java.util.stream.LongStream seeds() {
        return MatchEngineBruteForceTest.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void prunedOrdersEqualTheirDefinition(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            eachAsked(seed, world, (where, ask) -> {
                Page<StudentForOpening> pruned = ask.of(engine);
                Page<StudentForOpening> definition = ask.definition(engine);
                assertThat(pruned.total()).as(where + " total").isEqualTo(definition.total());
                assertThat(pruned.items()).as(where).isEqualTo(definition.items());
            });
        }
    }

    /** One question to an opening's paths: the opening, the date, the order, {@code funded}, the viewer, the limit. */
    record Asked(OpeningDoc opening, LocalDate asOf, MatchOrder order, boolean funded, boolean privileged, int limit) {
        Page<StudentForOpening> of(MatchEngine engine) {
            return engine.forOpening(opening.key(), asOf, limit, funded, order, privileged);
        }

        Page<StudentForOpening> definition(MatchEngine engine) {
            return engine.forOpeningUnpruned(opening.key(), asOf, limit, funded, order, privileged);
        }
    }

    /**
     * Every opening of the world, on its first two dates, in every order, funded or not, for both viewers, at several
     * limits.
     */
    static void eachAsked(long seed, RandomWorld world, java.util.function.BiConsumer<String, Asked> check) {
        for (OpeningDoc o : world.openings()) {
            for (LocalDate asOf : world.asOfs.subList(0, 2)) {
                for (MatchOrder order : MatchOrder.values()) {
                    for (boolean funded : new boolean[] {false, true}) {
                        for (boolean privileged : new boolean[] {false, true}) {
                            for (int limit : LIMITS) {
                                check.accept("seed " + seed + " opening " + o.key() + " asOf " + asOf + " sort="
                                        + order.param() + " funded=" + funded + " privileged=" + privileged
                                        + " limit " + limit, new Asked(o, asOf, order, funded, privileged, limit));
                            }
                        }
                    }
                }
            }
        }
    }
}
