package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programs' rule bit sets are kept between requests ({@link RuleBits}); after a program changes, or students are
 * deleted, replaced (a new segment) or added, the pruned paths still answer what their definition answers now. A kept
 * set that outlived its program, or one that held the live documents of its day, would fail here: the answers of the
 * first round are checked to differ from those of the second on some opening, so the change is one they see.
 */
class KeptRuleBitsTest {
    private static final int LIMIT = 5;

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.of(9, 14, 34, 41, 57);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void prunedPathsFollowProgramChanges(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            List<Object> before = everyAnswer(engine, world, seed);
            List<ProgramDoc> programs = world.programs;
            for (int i = 0; i < programs.size(); i++) {
                ProgramDoc p = programs.get(i);
                ProgramDoc other = programs.get((i + 1) % programs.size());
                engine.putProgram(withStudentRules(p, other.student()), world.approved.get(p.key()));
            }
            assertThat(everyAnswer(engine, world, seed)).as("seed " + seed + ": some answer sees the change")
                    .isNotEqualTo(before);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void prunedPathsFollowDeletedReplacedAndNewStudents(long seed) {
        RandomWorld world = new RandomWorld(seed);
        RandomWorld others = new RandomWorld(seed + 1_000);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            List<Object> before = everyAnswer(engine, world, seed);
            List<StudentDoc> students = world.students;
            for (int i = 0; i < students.size(); i++) {
                if (i % 3 == 0) {
                    engine.removeStudent(students.get(i).key());
                } else if (i % 3 == 1 && i < others.students.size()) {
                    engine.putStudent(withKey(others.students.get(i), students.get(i).key()));
                }
            }
            for (int i = 0; i < Math.min(10, others.students.size()); i++) {
                engine.putStudent(withKey(others.students.get(i), "new-" + i));
            }
            assertThat(engine.awaitSearchable(Duration.ofSeconds(30))).isTrue();
            assertThat(everyAnswer(engine, world, seed)).as("seed " + seed + ": some answer sees the change")
                    .isNotEqualTo(before);
        }
    }

    /**
     * A program's matches asked after its dashboard take the dashboard's kept count as their total and stop at the
     * first opening whose bound is below the page: the page is still the start of all its placements.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aProgramsPageAfterItsDashboardIsTheStartOfAllItsPlacements(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            for (ProgramDoc p : world.programs) {
                for (LocalDate asOf : world.asOfs) {
                    for (boolean privileged : new boolean[] {false, true}) {
                        var all = engine.forProgram(p.key(), asOf, 100_000, privileged);
                        long placements = engine.programFigures(p, world.approved.get(p.key()), asOf, privileged)
                                .placements();
                        assertThat(all.total()).as("seed %d program %s: the dashboard's count", seed, p.key())
                                .isEqualTo(p.scope() == io.triad.domain.Scope.PLACEMENT ? placements : 0);
                        for (int k : new int[] {1, 2, 5}) {
                            var page = engine.forProgram(p.key(), asOf, k, privileged);
                            assertThat(page.total()).isEqualTo(all.total());
                            assertThat(page.items()).as("seed %d program %s asOf %s top %d", seed, p.key(), asOf, k)
                                    .isEqualTo(all.items().subList(0, Math.min(k, all.items().size())));
                        }
                    }
                }
            }
        }
    }

    /**
     * Every opening's pruned answers in each order, funded or not, for both viewers, each checked against its
     * definition; asked twice in a row, so the second answer comes from the kept sets. Both are asked under one
     * generation of the engine (a background merge changes the text statistics, and so the scores).
     */
    private static List<Object> everyAnswer(MatchEngine engine, RandomWorld world, long seed) {
        List<Object> answers = new ArrayList<>();
        LocalDate asOf = world.asOfs.get(0);
        for (OpeningDoc o : world.openings()) {
            for (MatchOrder order : MatchOrder.values()) {
                for (boolean funded : new boolean[] {false, true}) {
                    for (boolean privileged : new boolean[] {false, true}) {
                        if (order == MatchOrder.SCORE && !funded) {
                            continue;
                        }
                        String where = "seed " + seed + " opening " + o.key() + " sort=" + order.param() + " funded="
                                + funded + " privileged=" + privileged;
                        answers.add(agreed(engine, where, o.key(), asOf, funded, order, privileged));
                    }
                }
            }
        }
        return answers;
    }

    private static Page<StudentForOpening> agreed(MatchEngine engine, String where, String opening, LocalDate asOf,
            boolean funded, MatchOrder order, boolean privileged) {
        while (true) {
            Generation generation = engine.generation();
            Page<StudentForOpening> first = engine.forOpening(opening, asOf, LIMIT, funded, order, privileged);
            Page<StudentForOpening> kept = engine.forOpening(opening, asOf, LIMIT, funded, order, privileged);
            Page<StudentForOpening> definition = engine.forOpeningUnpruned(opening, asOf, LIMIT, funded, order,
                    privileged);
            if (generation.equals(engine.generation())) {
                assertThat(first).as(where).isEqualTo(definition);
                assertThat(kept).as(where + ", asked again").isEqualTo(definition);
                return definition;
            }
        }
    }

    static ProgramDoc withStudentRules(ProgramDoc p, ProgramDoc.StudentRules rules) {
        return new ProgramDoc(p.key(), p.name(), p.agency(), p.regions(), p.kind(), p.scope(), p.summary(), p.url(),
                p.status(), p.language(), p.intake(), p.capacity(), p.employer(), rules, p.placement(), p.funding(),
                p.owner(), p.nameFr(), p.summaryFr());
    }

    static StudentDoc withKey(StudentDoc t, String key) {
        return new StudentDoc(key, t.name(), t.email(), t.institution(), t.field(), t.level(), t.enrolment(),
                t.graduationDate(), t.workStatus(), t.birthDate(), t.region(), t.skills(), t.interests(), t.bio(),
                t.availableFrom(), t.availableUntil(), t.workModes(), t.groups(), t.shareEnhancedEligibility(),
                t.language(), t.owner());
    }
}
