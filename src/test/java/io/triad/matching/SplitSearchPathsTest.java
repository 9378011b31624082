package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.triad.domain.ProgramDoc;
import io.triad.domain.StudentDoc;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every match path that searches the student index answers the same with its searches split over two threads
 * ({@link SearchHelpers}, which splits only indexes of 200,000 students or more: lowered here to split everything) as
 * without, and the same as its unpruned definition: an opening's students in every order, with and without
 * {@code funded}, for both viewers and several limits, and each program's matches. The students are in three segments,
 * so the halves of documents (the searches' and, in whole words, the money orders') cut a segment. A student's
 * matches, split the same way, answer their definition too.
 */
class SplitSearchPathsTest {
    static java.util.stream.LongStream seeds() {
        return MatchEngineBruteForceTest.seeds();
    }

    @BeforeEach
    void splitEverySearch() throws IOException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "a second core for the helper");
        SearchHelpers.splitFrom = 1;
        boolean split = SearchHelpers.run(1, s -> s);
        assertThat(split).as("a lone search splits").isTrue();
    }

    @AfterEach
    void splitLargeSearchesOnly() {
        SearchHelpers.splitFrom = SearchHelpers.MIN_DOCS;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void splitSearchesAnswerWhatWholeSearchesAnswer(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = inThreeSegments(world)) {
            int[] compared = {0};
            PrunedOrdersTest.eachAsked(seed, world, (where, ask) -> {
                MatchResults.Page<MatchResults.StudentForOpening> split = ask.of(engine);
                assertThat(split).as(where + ", unsplit").isEqualTo(unsplit(() -> ask.of(engine)));
                assertThat(split).as(where + ", definition").isEqualTo(ask.definition(engine));
                compared[0] += split.items().size();
            });
            for (ProgramDoc p : world.programs) {
                for (boolean privileged : new boolean[] {false, true}) {
                    LocalDate asOf = world.asOfs.get(0);
                    MatchResults.Page<MatchResults.Placement> split = engine.forProgram(p.key(), asOf, 20, privileged);
                    String where = "seed " + seed + " program " + p.key() + " privileged=" + privileged;
                    assertThat(split).as(where + ", unsplit")
                            .isEqualTo(unsplit(() -> engine.forProgram(p.key(), asOf, 20, privileged)));
                    assertThat(split).as(where + ", definition")
                            .isEqualTo(engine.forProgramUnpruned(p.key(), asOf, 20, privileged));
                    compared[0] += split.items().size();
                }
            }
            assertThat(compared[0]).as("items compared").isGreaterThan(100);
        }
    }

    /**
     * A student's matches, split in two halves of the openings and two of the page (any large catalog of openings and
     * programs splits them), answer their definition, before and after openings, startups and programs change, and
     * with the openings in three segments.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void splitStudentMatchesAnswerTheirDefinition(long seed) {
        StudentMatchesTest definitions = new StudentMatchesTest();
        definitions.matchesEqualTheirDefinitionBeforeAndAfterChanges(seed);
        definitions.matchesEqualTheirDefinitionWithOpeningsInSegments(seed);
        definitions.matchesFollowProgramChanges(seed);
    }

    private static <T> T unsplit(Supplier<T> answer) {
        SearchHelpers.splitFrom = Integer.MAX_VALUE;
        try {
            return answer.get();
        } finally {
            SearchHelpers.splitFrom = 1;
        }
    }

    /** The world's engine with its students added in three parts, each made searchable (a segment each). */
    private static MatchEngine inThreeSegments(RandomWorld world) {
        MatchEngine engine = new MatchEngine(MatchEngineBruteForceTest.JSON);
        world.programs.forEach(p -> engine.putProgram(p, world.approved.get(p.key())));
        world.startups.forEach(engine::putStartup);
        List<StudentDoc> students = world.students;
        int third = (students.size() + 2) / 3;
        for (int from = 0; from < students.size(); from += third) {
            students.subList(from, Math.min(students.size(), from + third)).forEach(engine::putStudent);
            engine.refreshNow();
        }
        int segments = engine.studentIndex().lucene().search(s -> s.getIndexReader().leaves().size());
        assertThat(segments).as("segments").isGreaterThanOrEqualTo(3);
        return engine;
    }
}
