package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A program's matches read from the openings' kept rankings ({@link KeptRankings}) equal their definition
 * ({@link MatchEngine#forProgramUnpruned}) whatever the depth kept: with one or three students per opening most
 * openings run out of kept students and are searched below them; with a thousand every ranking is whole. Then after
 * students change (the rankings are stale and unused), after openings change (the changed ones have no ranking
 * and are searched), once every program's first page was kept ahead, and after the programs' student rules change
 * (what their pages searched is not theirs any more). Each page is asked again, and with smaller limits: the searches
 * kept for a page serve them. Stale rankings still bound their openings (see {@link ProgramMatches}), after students
 * changed, came and went, and when they were kept again while students kept changing.
 */
class KeptRankingsTest {
    static LongStream seeds() {
        return LongStream.of(3, 18, 27, 44, 61, 95);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pagesFromKeptRankingsEqualTheirDefinition(long seed) {
        RandomWorld world = new RandomWorld(seed);
        RandomWorld others = new RandomWorld(seed + 500);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            for (int depth : new int[] {1, 3, 1000}) {
                assertThat(engine.keepRankings(depth)).isTrue();
                assertThat(engine.rankingsKept()).isTrue();
                everyPage(engine, world, "seed " + seed + " depth " + depth);
            }
            for (int i = 0; i < Math.min(10, others.students.size()); i++) {
                engine.putStudent(KeptRuleBitsTest.withKey(others.students.get(i), world.students.get(i).key()));
            }
            engine.refreshNow();
            assertThat(engine.rankingsKept()).as("students changed").isFalse();
            everyPage(engine, world, "seed " + seed + " after students changed, stale rankings");
            for (int i = 10; i < Math.min(40, others.students.size()); i++) {
                engine.putStudent(KeptRuleBitsTest.withKey(others.students.get(i), String.format("n%03d", i)));
            }
            for (int i = 10; i < Math.min(15, world.students.size()); i++) {
                engine.removeStudent(world.students.get(i).key());
            }
            engine.refreshNow();
            everyPage(engine, world, "seed " + seed + " after students came and went, stale rankings");
            assertThat(engine.keepRankings(2)).isTrue();
            everyPage(engine, world, "seed " + seed + " kept again");
            StartupDoc s = world.startups.get(0);
            engine.putStartup(new StartupDoc(s.key(), s.name(), s.description(), s.stage(), s.region(), s.city(),
                    s.sectors(), s.headcount(), s.foundedOn(), s.incorporated(), s.forProfit(),
                    s.openings().stream().map(KeptRankingsTest::opened).toList(), s.owner()));
            assertThat(engine.rankingsKept()).as("only openings changed").isTrue();
            everyPage(engine, world, "seed " + seed + " after openings changed");
            assertThat(engine.keepAhead(world.asOfs.get(0))).isTrue();
            everyPage(engine, world, "seed " + seed + " kept ahead");
            for (int i = 0; i < world.programs.size(); i++) {
                ProgramDoc p = world.programs.get(i);
                engine.putProgram(KeptRuleBitsTest.withStudentRules(p,
                        others.programs.get(i % others.programs.size()).student()), world.approved.get(p.key()));
            }
            assertThat(engine.rankingsKept()).as("only programs changed").isTrue();
            everyPage(engine, world, "seed " + seed + " after the programs' student rules changed");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keptInTheBackgroundOnceStudentsAreQuiet(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            engine.keepAheadWhenQuiet(Duration.ofMillis(20), () -> world.asOfs.get(0));
            await().atMost(Duration.ofSeconds(30)).until(engine::rankingsKept);
            engine.removeStudent(world.students.get(0).key());
            engine.refreshNow();
            assertThat(engine.rankingsKept()).as("a student went").isFalse();
            // a program's matches find them stale, and ask for them again
            world.programs.forEach(p -> engine.forProgram(p.key(), world.asOfs.get(0), 20, false));
            await().atMost(Duration.ofSeconds(30)).until(engine::rankingsKept);
            everyPage(engine, world, "seed " + seed + " kept in the background");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keptAgainWhileStudentsKeepChanging(long seed) throws Exception {
        RandomWorld world = new RandomWorld(seed);
        RandomWorld others = new RandomWorld(seed + 500);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            engine.keepAheadWhenQuiet(Duration.ofMillis(20), () -> world.asOfs.get(0));
            await().atMost(Duration.ofSeconds(30)).until(engine::rankingsKept);
            long first = engine.rankingsVersion();
            ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger writes = new AtomicInteger();
            writer.scheduleAtFixedRate(() -> {
                int i = writes.getAndIncrement() % others.students.size();
                engine.putStudent(KeptRuleBitsTest.withKey(others.students.get(i), world.students.get(i).key()));
                engine.refreshNow();
            }, 0, 2, TimeUnit.MILLISECONDS); // more often than the background looks: never quiet
            try {
                // a program's matches find them stale and ask for them again; they are made while writes go on
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    world.programs.forEach(p -> engine.forProgram(p.key(), world.asOfs.get(0), 20, false));
                    return engine.rankingsVersion() != first;
                });
            } finally {
                writer.shutdown(); // not interrupted: an interrupt during a write closes Lucene's writer
                assertThat(writer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            // asked for while the writes went on, the background would keep them again once quiet, at any moment
            engine.stopKeepingAhead();
            engine.putStudent(KeptRuleBitsTest.withKey(others.students.get(0), world.students.get(1).key()));
            engine.refreshNow();
            assertThat(engine.rankingsKept()).as("a student changed since").isFalse();
            everyPage(engine, world, "seed " + seed + " kept while students changed, stale since");
        }
    }

    private static void everyPage(MatchEngine engine, RandomWorld world, String where) {
        for (ProgramDoc p : world.programs) {
            for (LocalDate asOf : world.asOfs) {
                for (boolean privileged : new boolean[] {false, true}) {
                    for (int limit : new int[] {1, 20, 3, 1, 20}) { // more, fewer, the same again
                        Page<Placement> page = engine.forProgram(p.key(), asOf, limit, privileged);
                        assertThat(page).as("%s program %s on %s limit %d privileged %s", where, p.key(), asOf, limit,
                                privileged).isEqualTo(engine.forProgramUnpruned(p.key(), asOf, limit, privileged));
                    }
                }
            }
        }
    }

    /** The opening open to every level and field: other students fit it. */
    private static OpeningDoc opened(OpeningDoc o) {
        return new OpeningDoc(o.key(), o.title(), o.description(), o.skills(), List.of(), List.of(), o.startDate(),
                o.weeks(), o.hoursPerWeek(), o.hourlyWage(), o.workMode(), o.positions(), o.language(), o.currency());
    }
}
