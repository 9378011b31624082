package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A program's matches take their total from the dashboard's count when one is kept for the current engine generation
 * ({@link ProgramCounts}) and then stop visiting openings early; after a program, its openings or the students change,
 * each page still equals
 * its definition computed now ({@link MatchEngine#forProgramUnpruned}: every opening searched, the total summed from
 * those searches). Each change is checked to alter some answer, so a kept count that ignored it would fail here.
 */
class ProgramPagesFollowChangesTest {
    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.of(9, 34, 41, 57, 73);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pagesFollowProgramChanges(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            List<Object> before = everyPage(engine, world, seed);
            List<ProgramDoc> programs = world.programs;
            for (int i = 0; i < programs.size(); i++) {
                ProgramDoc p = programs.get(i);
                ProgramDoc other = programs.get((i + 1) % programs.size());
                engine.putProgram(new ProgramDoc(p.key(), p.name(), p.agency(), p.regions(), p.kind(), p.scope(),
                        p.summary(), p.url(), p.status(), p.language(), p.intake(), p.capacity(), p.employer(),
                        other.student(), p.placement(), p.funding(), p.owner(), p.nameFr(), p.summaryFr()),
                        world.approved.get(p.key()));
            }
            assertThat(everyPage(engine, world, seed)).as("seed %d: some page sees the change", seed)
                    .isNotEqualTo(before);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pagesFollowOpeningChanges(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            List<Object> before = everyPage(engine, world, seed);
            for (StartupDoc s : world.startups) {
                engine.putStartup(new StartupDoc(s.key(), s.name(), s.description(), s.stage(), s.region(), s.city(),
                        s.sectors(), s.headcount(), s.foundedOn(), s.incorporated(), s.forProfit(),
                        s.openings().stream().map(ProgramPagesFollowChangesTest::moved).toList(), s.owner()));
            }
            assertThat(everyPage(engine, world, seed)).as("seed %d: some page sees the change", seed)
                    .isNotEqualTo(before);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pagesFollowDeletedReplacedAndNewStudents(long seed) {
        RandomWorld world = new RandomWorld(seed);
        RandomWorld others = new RandomWorld(seed + 1_000);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            List<Object> before = everyPage(engine, world, seed);
            List<StudentDoc> students = world.students;
            for (int i = 0; i < students.size(); i++) {
                if (i % 3 == 0) {
                    engine.removeStudent(students.get(i).key());
                } else if (i % 3 == 1 && i < others.students.size()) {
                    engine.putStudent(KeptRuleBitsTest.withKey(others.students.get(i), students.get(i).key()));
                }
            }
            for (int i = 0; i < Math.min(10, others.students.size()); i++) {
                engine.putStudent(KeptRuleBitsTest.withKey(others.students.get(i), "new-" + i));
            }
            assertThat(engine.awaitSearchable(Duration.ofSeconds(30))).isTrue();
            assertThat(everyPage(engine, world, seed)).as("seed %d: some page sees the change", seed)
                    .isNotEqualTo(before);
        }
    }

    /**
     * Every program's page on each day and at a few sizes for both viewers, each checked against its definition; the
     * first day is asked again last, so that the next round's first page for a program may take the count this round
     * kept (a count kept per program and viewer is replaced by each other day's).
     */
    private static List<Object> everyPage(MatchEngine engine, RandomWorld world, long seed) {
        List<Object> pages = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>(world.asOfs);
        days.add(world.asOfs.get(0));
        for (ProgramDoc p : world.programs) {
            for (LocalDate asOf : days) {
                for (boolean privileged : new boolean[] {false, true}) {
                    for (int limit : new int[] {1, 3}) {
                        String where = "seed " + seed + " program " + p.key() + " on " + asOf + " limit " + limit
                                + " privileged " + privileged;
                        pages.add(agreed(engine, where, p.key(), world.approved.get(p.key()), asOf, limit,
                                privileged));
                    }
                }
            }
        }
        return pages;
    }

    /**
     * Asked twice under one generation, as the definition is: the first answer takes its total from the dashboard's
     * count if one is current, else from its searches; then the dashboard's count is asked (and kept), and the second
     * answer takes its total from it and may stop early.
     */
    private static Page<Placement> agreed(MatchEngine engine, String where, String program, long approved,
            LocalDate asOf, int limit, boolean privileged) {
        while (true) {
            Generation generation = engine.generation();
            Page<Placement> first = engine.forProgram(program, asOf, limit, privileged);
            engine.programFigures(engine.program(program).orElseThrow(), approved, asOf, privileged);
            Page<Placement> kept = engine.forProgram(program, asOf, limit, privileged);
            Page<Placement> definition = engine.forProgramUnpruned(program, asOf, limit, privileged);
            if (generation.equals(engine.generation())) {
                assertThat(first).as(where).isEqualTo(definition);
                assertThat(kept).as(where + ", asked again").isEqualTo(definition);
                return definition;
            }
        }
    }

    /** The opening three weeks later, open to every level and field: other students fit it. */
    private static OpeningDoc moved(OpeningDoc o) {
        return new OpeningDoc(o.key(), o.title(), o.description(), o.skills(), List.of(), List.of(),
                o.startDate().plusWeeks(3), o.weeks(), o.hoursPerWeek(), o.hourlyWage(), o.workMode(), o.positions(),
                o.language(), o.currency());
    }
}
