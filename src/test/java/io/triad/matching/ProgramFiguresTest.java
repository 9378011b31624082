package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchResults.ProgramFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dashboard's counts kept per segment ({@link MatchEngine#programFigures}) against the rules evaluated document by
 * document with {@link Eligibility} on random worlds, for every program, several dates and both kinds of viewer,
 * before and after students are replaced and removed (deleted documents stay in their segments).
 */
class ProgramFiguresTest {
    private static final AtomicLong PLACEMENTS = new AtomicLong();

    @ParameterizedTest
    @MethodSource("io.triad.matching.MatchEngineBruteForceTest#seeds")
    void countsAgreeWithTheRulesDocumentByDocument(long seed) {
        RandomWorld world = new RandomWorld(seed);
        List<StudentDoc> students = new ArrayList<>(world.students);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            compare(seed, world, students, engine);
            // a second look is answered from what the engine kept: the same figures
            ProgramDoc first = world.programs.get(0);
            LocalDate asOf = world.asOfs.get(0);
            assertThat(engine.programFigures(first, world.approved.get(first.key()), asOf, false))
                    .isSameAs(engine.programFigures(first, world.approved.get(first.key()), asOf, false));
            List<StudentDoc> kept = new ArrayList<>();
            for (int i = 0; i < students.size(); i++) {
                if (i % 3 == 0) {
                    engine.removeStudent(students.get(i).key());
                } else {
                    kept.add(students.get(i));
                }
            }
            engine.refreshNow();
            students.retainAll(kept);
            compare(seed, world, students, engine);
        }
    }

    /** A short page of a program's placements is the start of the whole list: pruning skips nobody who belongs. */
    @ParameterizedTest
    @MethodSource("io.triad.matching.MatchEngineBruteForceTest#seeds")
    void aProgramsBestPlacementsAreTheStartOfAllItsPlacements(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            for (ProgramDoc p : world.programs) {
                for (LocalDate asOf : world.asOfs) {
                    for (boolean privileged : MatchEngineBruteForceTest.BOTH_VIEWERS) {
                        var all = engine.forProgram(p.key(), asOf, 100_000, privileged);
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

    private static void compare(long seed, RandomWorld world, List<StudentDoc> students, MatchEngine engine) {
        long placements = 0;
        for (ProgramDoc p : world.programs) {
            for (LocalDate asOf : world.asOfs) {
                for (boolean privileged : MatchEngineBruteForceTest.BOTH_VIEWERS) {
                    long approved = world.approved.get(p.key());
                    ProgramFigures counted = engine.programFigures(p, approved, asOf, privileged);
                    assertThat(counted)
                            .as("seed %d program %s asOf %s privileged %s", seed, p.key(), asOf, privileged)
                            .isEqualTo(expected(p, approved, asOf, privileged, world.startups, students));
                    placements += counted.placements();
                }
            }
        }
        PLACEMENTS.addAndGet(placements);
    }

    /** The worlds hold placements to count (a world may have none: random rules can exclude everyone). */
    @AfterAll
    static void someWorldHadPlacementsToCount() {
        assertThat(PLACEMENTS.get()).isPositive();
    }

    /** What the dashboard computed before the engine kept counts, document by document. */
    static ProgramFigures expected(ProgramDoc p, long approved, LocalDate asOf, boolean privileged,
            List<StartupDoc> startups, List<StudentDoc> students) {
        boolean open = Eligibility.programOpen(p, asOf).isEmpty();
        boolean full = !Eligibility.capacity(p, approved).isEmpty();
        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Long> bySector = new TreeMap<>();
        List<OpeningDoc> openings = new ArrayList<>();
        long eligible = 0;
        for (StartupDoc s : startups) {
            List<OpeningDoc> passing = s.openings().stream().filter(o -> !Eligibility.hasStarted(o, asOf))
                    .filter(o -> Eligibility.placementRules(p, o).isEmpty()).toList();
            if (open && Eligibility.employerRules(p, s, asOf).isEmpty()
                    && (p.scope() == Scope.COMPANY || !full && !passing.isEmpty())) {
                eligible++;
                if (p.scope() == Scope.PLACEMENT) {
                    openings.addAll(passing);
                }
                byRegion.merge(s.region(), 1L, Long::sum);
                (s.sectors().isEmpty() ? List.of("") : s.sectors().stream().map(Sector::name).distinct().toList())
                        .forEach(x -> bySector.merge(x, 1L, Long::sum));
            }
        }
        Map<String, Long> studentsByRegion = new TreeMap<>();
        Map<BigDecimal, Long> amounts = new TreeMap<>();
        long eligibleStudents = 0;
        long placements = 0;
        for (StudentDoc t : students) {
            if (openings.stream().anyMatch(o -> Eligibility.studentRules(p, o, t, privileged).isEmpty())) {
                eligibleStudents++;
                studentsByRegion.merge(t.region(), 1L, Long::sum);
            }
            for (OpeningDoc o : openings) {
                if (Eligibility.openingFit(o, t).isEmpty() && Eligibility.studentRules(p, o, t, privileged).isEmpty()) {
                    placements++;
                    Amount a = FundingCalculator.quote(p.funding(), o, t, privileged).amount();
                    if (a != null) {
                        amounts.merge(a.value(), 1L, Long::sum);
                    }
                }
            }
        }
        return new ProgramFigures(startups.size(), eligible, byRegion, bySector, openings.size(), students.size(),
                eligibleStudents, studentsByRegion, placements, amounts);
    }
}
