package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchResults.Funded;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.matching.MatchResults.StudentForOpening;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against a brute-force evaluation ({@link BruteForce}) on reproducible random worlds ({@link RandomWorld}):
 * the same students, programs, amounts, near misses, scores and order, for every opening, several evaluation dates and
 * both kinds of viewer. A failure names its seed: {@code new RandomWorld(seed)} rebuilds the case.
 *
 * <p>By default the comparison runs on {@link #SAMPLE}, seeds chosen so that together they show every feature of
 * {@link SweepSignature} (each rule failing, alone or not, each bound met exactly, each kind of amount, privacy case,
 * tie and list size) that the full sweep of seeds 1 to 200 shows. {@code ./mvnw test -P thorough} (system property
 * {@code thorough}) runs the full sweep, and {@link SweepSampleTest} checks that the sample still shows all it
 * shows.
 */
class MatchEngineBruteForceTest {
    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    /** Float error, with room for scores rounded to 4 decimals. */
    static final double EPS = 1.01e-4;
    static final int ALL = 1000;
    static final boolean THOROUGH = Boolean.getBoolean("thorough");
    /** Chosen greedily (each time the seed showing most features not yet shown) by {@link SweepSampleTest}. */
    static final long[] SAMPLE = {9, 14, 34, 41, 57, 78, 105, 114, 127, 173};
    static final int SWEEP = 200;

    static LongStream seeds() {
        return THOROUGH ? LongStream.rangeClosed(1, SWEEP) : LongStream.of(SAMPLE);
    }

    /** Half the sweep for the score checks, which repeat the list checks' engine calls; all of the sample. */
    static LongStream oddSeeds() {
        return THOROUGH ? LongStream.iterate(1, seed -> seed + 2).limit(SWEEP / 2) : LongStream.of(SAMPLE);
    }

    static MatchEngine engine(RandomWorld world) {
        MatchEngine engine = new MatchEngine(JSON);
        world.programs.forEach(p -> engine.putProgram(p, world.approved.get(p.key())));
        world.startups.forEach(engine::putStartup);
        world.students.forEach(engine::putStudent);
        engine.refreshNow();
        return engine;
    }

    /** One opening on one date for one kind of viewer, with what the engine and the brute force answer. */
    record Case(String where, OpeningDoc opening, LocalDate asOf, boolean privileged, Page<StudentForOpening> page,
            List<BruteForce.Item> expected) {
    }

    interface CaseCheck {
        void check(Case c, MatchEngine engine);
    }

    static final boolean[] BOTH_VIEWERS = {false, true};
    /** Scores and order do not depend on the viewer. */
    static final boolean[] ONE_VIEWER = {false};

    static void eachOpeningCase(long seed, boolean[] viewers, CaseCheck check) {
        RandomWorld world = new RandomWorld(seed);
        BruteForce brute = new BruteForce(world);
        try (MatchEngine engine = engine(world)) {
            for (StartupDoc s : world.startups) {
                for (OpeningDoc o : s.openings()) {
                    for (LocalDate asOf : world.asOfs) {
                        for (boolean privileged : viewers) {
                            String where = "seed " + seed + " opening " + o.key() + " asOf " + asOf
                                    + (privileged ? " privileged" : "");
                            check.check(new Case(where, o, asOf, privileged,
                                    engine.forOpening(o.key(), asOf, ALL, false, MatchOrder.SCORE, privileged),
                                    brute.forOpening(o, s, asOf, privileged)), engine);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void forOpeningListsExactlyTheFittingStudentsWithTheirProgramsAndNearMisses(long seed) {
        eachOpeningCase(seed, BOTH_VIEWERS, (c, engine) -> {
            assertThat(c.page().total()).as(c.where() + " total").isEqualTo(c.expected().size());
            assertThat(c.page().items()).as(c.where() + " students").extracting(StudentForOpening::student)
                    .containsExactlyInAnyOrderElementsOf(c.expected().stream().map(BruteForce.Item::student).toList());
            Map<String, BruteForce.Item> byKey = c.expected().stream()
                    .collect(Collectors.toMap(BruteForce.Item::student, Function.identity()));
            for (StudentForOpening m : c.page().items()) {
                BruteForce.Item e = byKey.get(m.student());
                String at = c.where() + " student " + m.student();
                assertThat(m.programs()).as(at + " eligible programs and amounts").isEqualTo(e.programs());
                assertThat(m.nearMisses()).as(at + " near misses").containsExactlyInAnyOrderElementsOf(e.nearMisses());
                assertThat(m.matchedSkills()).as(at + " matched skills").isEqualTo(e.matchedSkills());
            }
            Page<StudentForOpening> top = engine.forOpening(c.opening().key(), c.asOf(), 5, false, MatchOrder.SCORE,
                    c.privileged());
            assertThat(top.total()).as(c.where() + " total with limit 5").isEqualTo(c.expected().size());
            assertThat(top.items()).as(c.where() + " limit 5 is the top of the full list")
                    .isEqualTo(c.page().items().subList(0, Math.min(5, c.page().items().size())));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("oddSeeds")
    void forOpeningScoresFollowTheScoringFormulaBestFirst(long seed) {
        eachOpeningCase(seed, ONE_VIEWER, (c, engine) -> {
            Map<String, BruteForce.Item> byKey = c.expected().stream()
                    .collect(Collectors.toMap(BruteForce.Item::student, Function.identity()));
            for (StudentForOpening m : c.page().items()) {
                assertScore(c.where() + " student " + m.student(), m.score(), byKey.get(m.student()));
            }
            for (int i = 1; i < c.page().items().size(); i++) {
                assertThat(c.page().items().get(i - 1).score()).as(c.where() + " scores non-increasing at " + i)
                        .isGreaterThanOrEqualTo(c.page().items().get(i).score());
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("oddSeeds")
    void forOpeningBreaksTiesOfTheShownScoreByStudentKey(long seed) {
        eachOpeningCase(seed, ONE_VIEWER, (c, engine) -> {
            List<StudentForOpening> items = c.page().items();
            for (int i = 1; i < items.size(); i++) {
                StudentForOpening a = items.get(i - 1);
                StudentForOpening b = items.get(i);
                assertThat(a.score() > b.score() || a.score() == b.score() && a.student().compareTo(b.student()) < 0)
                        .as(c.where() + " order at " + i + ": " + a.student() + " " + a.score() + " before "
                                + b.student() + " " + b.score()).isTrue();
            }
        });
    }

    /** The engine's score minus the parts computed here leaves the text part, which must lie in [0, 0.25]. */
    static void assertScore(String at, float score, BruteForce.Item e) {
        double text = score - e.scoreWithoutText();
        assertThat(text).as(at + " text part of score " + score + " (other parts " + e.scoreWithoutText() + ")")
                .isBetween(-EPS, 0.25 + EPS);
        if (!e.sharesText()) {
            assertThat(Math.abs(text)).as(at + " text part without a shared word, score " + score).isLessThan(EPS);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fundedKeepsFundedStudentsAndSortByAmountReordersTheSameItems(long seed) {
        RandomWorld world = new RandomWorld(seed);
        try (MatchEngine engine = engine(world)) {
            for (OpeningDoc o : world.openings()) {
                for (LocalDate asOf : world.asOfs.subList(0, 2)) {
                    String where = "seed " + seed + " opening " + o.key() + " asOf " + asOf;
                    List<StudentForOpening> all = engine.forOpening(o.key(), asOf, ALL, false, MatchOrder.SCORE, false).items();
                    List<StudentForOpening> funded = all.stream().filter(m -> !m.programs().isEmpty()).toList();

                    Page<StudentForOpening> onlyFunded = engine.forOpening(o.key(), asOf, ALL, true, MatchOrder.SCORE, false);
                    assertThat(onlyFunded.items()).as(where + " funded=true").isEqualTo(funded);
                    assertThat(onlyFunded.total()).as(where + " funded=true total").isEqualTo(funded.size());
                    assertThat(engine.forOpening(o.key(), asOf, 3, true, MatchOrder.SCORE, false).items())
                            .as(where + " funded=true limit 3").isEqualTo(funded.subList(0, Math.min(3, funded.size())));

                    Page<StudentForOpening> byAmount = engine.forOpening(o.key(), asOf, ALL, false, MatchOrder.AMOUNT, false);
                    assertThat(byAmount.total()).as(where + " sort=amount total").isEqualTo(all.size());
                    assertThat(byAmount.items()).as(where + " sort=amount").isEqualTo(byAmount(all));

                    Page<StudentForOpening> both = engine.forOpening(o.key(), asOf, 3, true, MatchOrder.AMOUNT, false);
                    List<StudentForOpening> fundedByAmount = byAmount(funded);
                    assertThat(both.total()).as(where + " funded sort=amount total").isEqualTo(funded.size());
                    assertThat(both.items()).as(where + " funded sort=amount limit 3")
                            .isEqualTo(fundedByAmount.subList(0, Math.min(3, fundedByAmount.size())));

                    for (StudentForOpening m : all) {
                        assertThat(m.total()).as(where + " total of " + m.student()).isEqualTo(total(o, m.programs()));
                    }
                    Page<StudentForOpening> byTotal = engine.forOpening(o.key(), asOf, ALL, false, MatchOrder.TOTAL, false);
                    assertThat(byTotal.items()).as(where + " sort=total").isEqualTo(byTotal(all));
                }
            }
        }
    }

    /**
     * API.md's total with every program stackable (the default): the sum of the amounts in the opening's currency
     * (CAD), capped at the gross wages; null when no program states an amount.
     */
    static Amount total(OpeningDoc o, List<Funded> programs) {
        List<BigDecimal> amounts = programs.stream().filter(f -> f.amount() != null)
                .filter(f -> f.amount().currency().equals("CAD")).map(f -> f.amount().value()).toList();
        if (amounts.isEmpty()) {
            return null;
        }
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal wages = o.hourlyWage().multiply(o.hoursPerWeek()).multiply(BigDecimal.valueOf(o.weeks()));
        return new Amount(sum.min(wages).setScale(2, java.math.RoundingMode.HALF_UP), "CAD");
    }

    /** API.md: the largest total first (nulls last), then score, then key. */
    static List<StudentForOpening> byTotal(List<StudentForOpening> items) {
        return items.stream().sorted(Comparator
                .comparing((StudentForOpening m) -> m.total() == null ? null : m.total().value(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(StudentForOpening::score, Comparator.reverseOrder())
                .thenComparing(StudentForOpening::student)).toList();
    }

    /** API.md: the largest amount first (students without one last), then score, then key. */
    static List<StudentForOpening> byAmount(List<StudentForOpening> items) {
        Comparator<StudentForOpening> order = Comparator
                .comparing((StudentForOpening m) -> largest(m.programs()), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(StudentForOpening::score, Comparator.reverseOrder())
                .thenComparing(StudentForOpening::student);
        return items.stream().sorted(order).toList();
    }

    static BigDecimal largest(List<Funded> programs) {
        return programs.stream().filter(f -> f.amount() != null).map(f -> f.amount().value())
                .max(Comparator.naturalOrder()).orElse(null);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void companyProgramsAreThePublishedCompanyProgramsPassingEveryRule(long seed) {
        RandomWorld world = new RandomWorld(seed);
        BruteForce brute = new BruteForce(world);
        try (MatchEngine engine = engine(world)) {
            for (StartupDoc s : world.startups) {
                for (LocalDate asOf : world.asOfs) {
                    MatchResults.CompanyPrograms expected = brute.companyPrograms(s, asOf);
                    MatchResults.CompanyPrograms actual = engine.companyPrograms(s, asOf);
                    String where = "seed " + seed + " startup " + s.key() + " asOf " + asOf;
                    assertThat(actual.eligible()).as(where + " eligible").isEqualTo(expected.eligible());
                    assertThat(actual.nearMisses()).as(where + " near misses")
                            .containsExactlyInAnyOrderElementsOf(expected.nearMisses());
                }
            }
        }
    }

    interface StudentCheck {
        void check(String where, Page<OpeningForStudent> page, List<BruteForce.Item> expected);
    }

    /** An eighth of the (student, date) pairs, a different eighth per date: enough, and fast. */
    static void eachStudentCase(long seed, StudentCheck check) {
        RandomWorld world = new RandomWorld(seed);
        BruteForce brute = new BruteForce(world);
        try (MatchEngine engine = engine(world)) {
            for (int d = 0; d < world.asOfs.size(); d++) {
                LocalDate asOf = world.asOfs.get(d);
                for (int i = d % 8; i < world.students.size(); i += 8) {
                    StudentDoc t = world.students.get(i);
                    check.check("seed " + seed + " student " + t.key() + " asOf " + asOf,
                            engine.forStudent(t, asOf, ALL), brute.forStudent(t, asOf));
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void forStudentListsExactlyTheFittingOpeningsWithTheirProgramsAndNearMisses(long seed) {
        eachStudentCase(seed, (where, page, expected) -> {
            assertThat(page.total()).as(where + " total").isEqualTo(expected.size());
            assertThat(page.items()).as(where + " openings").extracting(OpeningForStudent::opening)
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(BruteForce.Item::opening).toList());
            Map<String, BruteForce.Item> byKey = expected.stream()
                    .collect(Collectors.toMap(BruteForce.Item::opening, Function.identity()));
            for (OpeningForStudent m : page.items()) {
                BruteForce.Item e = byKey.get(m.opening());
                String at = where + " opening " + m.opening();
                assertThat(m.programs()).as(at + " eligible programs and amounts").isEqualTo(e.programs());
                assertThat(m.nearMisses()).as(at + " near misses").containsExactlyInAnyOrderElementsOf(e.nearMisses());
                assertThat(m.matchedSkills()).as(at + " matched skills").isEqualTo(e.matchedSkills());
            }
            for (int j = 1; j < page.items().size(); j++) {
                OpeningForStudent a = page.items().get(j - 1);
                OpeningForStudent b = page.items().get(j);
                assertThat(a.score() > b.score() || a.score() == b.score() && a.opening().compareTo(b.opening()) < 0)
                        .as(where + " order at " + j).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("oddSeeds")
    void forStudentScoresFollowTheScoringFormula(long seed) {
        eachStudentCase(seed, (where, page, expected) -> {
            Map<String, BruteForce.Item> byKey = expected.stream()
                    .collect(Collectors.toMap(BruteForce.Item::opening, Function.identity()));
            for (OpeningForStudent m : page.items()) {
                assertScore(where + " opening " + m.opening(), m.score(), byKey.get(m.opening()));
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void forProgramListsExactlyTheEligiblePlacementsWithTheirAmounts(long seed) {
        RandomWorld world = new RandomWorld(seed);
        BruteForce brute = new BruteForce(world);
        try (MatchEngine engine = engine(world)) {
            for (ProgramDoc p : world.programs) {
                for (LocalDate asOf : world.asOfs.subList(0, 2)) {
                    String where = "seed " + seed + " program " + p.key() + " asOf " + asOf;
                    Map<String, Funded> expected = brute.forProgram(p, asOf, false);
                    Page<Placement> page = engine.forProgram(p.key(), asOf, 100_000, false);
                    assertThat(page.total()).as(where + " total").isEqualTo(expected.size());
                    assertThat(page.items()).as(where + " placements").extracting(m -> m.opening() + "/" + m.student())
                            .containsExactlyInAnyOrderElementsOf(expected.keySet());
                    for (Placement m : page.items()) {
                        assertThat(new Funded(p.key(), m.amount(), m.enhancedPossible(), m.conditional()))
                                .as(where + " amount of " + m.opening() + "/" + m.student())
                                .isEqualTo(expected.get(m.opening() + "/" + m.student()));
                    }
                    Comparator<Placement> order = Comparator.comparing(Placement::score, Comparator.reverseOrder())
                            .thenComparing(Placement::opening).thenComparing(Placement::student);
                    assertThat(page.items()).as(where + " best first, ties by opening then student").isSortedAccordingTo(order);
                }
            }
        }
    }
}
