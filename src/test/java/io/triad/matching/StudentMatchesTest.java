package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import java.io.IOException;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A student's matches (columns per epoch, text read for the openings that can still enter the page) answer exactly
 * what their definition answers: every fitting opening scored with the text of every opening the student's text
 * matches, then sorted. On worlds of a few hundred openings (many sample worlds side by side, so that pages are
 * pruned), for several limits, before and after openings and startups change.
 */
class StudentMatchesTest {
    private static final int[] LIMITS = {1, 3, 20, MatchEngineBruteForceTest.ALL};
    /** Worlds side by side in one engine: enough openings for the pruning to leave most of them unread. */
    private static final int WORLDS = 30;
    private static final int STUDENTS = 12;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.triad.matching.MatchEngineBruteForceTest#seeds")
    void matchesEqualTheirDefinitionBeforeAndAfterChanges(long seed) {
        List<StartupDoc> startups = startups(seed);
        RandomWorld people = new RandomWorld(seed);
        List<StudentDoc> students = people.students.subList(0, STUDENTS);
        try (MatchEngine engine = engine(people, startups, 1)) {
            compare(engine, students, people.asOfs, "seed " + seed);
            change(engine, startups, students.get(0));
            // the searcher may not hold the change yet: the answer is the definition's on the same searcher
            compare(engine, students, people.asOfs, "seed " + seed + " just after changes");
            engine.refreshNow();
            compare(engine, students, people.asOfs, "seed " + seed + " after changes");
        }
    }

    /**
     * With the openings in three segments (startups added in thirds, each made searchable), the largest text share the
     * pages' bound uses ({@link OpeningIndex.Text#most}, Lucene's best hit, which skips blocks) is the definition's
     * largest share, and every page is its definition's, split or not ({@link SplitSearchPathsTest}).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.triad.matching.MatchEngineBruteForceTest#seeds")
    void matchesEqualTheirDefinitionWithOpeningsInSegments(long seed) {
        List<StartupDoc> startups = startups(seed);
        RandomWorld people = new RandomWorld(seed);
        List<StudentDoc> students = people.students.subList(0, STUDENTS);
        try (MatchEngine engine = engine(people, startups, 3)) {
            OpeningIndex openings = field(engine, "openingIndex");
            int segments = openings.lucene().search(searcher -> searcher.getIndexReader().leaves().size());
            assertThat(segments).as("segments").isGreaterThanOrEqualTo(3);
            Catalog catalog = field(engine, "catalog");
            for (StudentDoc t : students) {
                float best = (float) textScores(openings, t).values().stream().mapToDouble(d -> d).max().orElse(0);
                for (boolean split : new boolean[] {false, true}) {
                    float most = openings.withText(t, catalog.openingColumns(), text -> text.most(split));
                    assertThat(most).as("seed " + seed + " student " + t.key() + ", largest text share, split " + split)
                            .isEqualTo(best);
                }
            }
            compare(engine, students, people.asOfs, "seed " + seed + " in segments");
        }
    }

    /** The people's programs and the startups, added in {@code parts} parts, each made searchable (a segment each). */
    private static MatchEngine engine(RandomWorld people, List<StartupDoc> startups, int parts) {
        MatchEngine engine = new MatchEngine(MatchEngineBruteForceTest.JSON);
        people.programs.forEach(p -> engine.putProgram(p, people.approved.get(p.key())));
        int part = (startups.size() + parts - 1) / parts;
        for (int from = 0; from < startups.size(); from += part) {
            startups.subList(from, Math.min(startups.size(), from + part)).forEach(engine::putStartup);
            engine.refreshNow();
        }
        return engine;
    }

    /**
     * The programs' rules grouped by value are kept until the catalog changes: after programs change (rules moved from
     * one program to another, intakes, capacities and approved placements, a program unpublished), every page is its
     * definition's again, and some pages differ from those before, so that a kept stale grouping would be seen.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.triad.matching.MatchEngineBruteForceTest#seeds")
    void matchesFollowProgramChanges(long seed) {
        RandomWorld people = new RandomWorld(seed);
        List<StudentDoc> students = people.students.subList(0, STUDENTS);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(people)) {
            compare(engine, students, people.asOfs, "seed " + seed + " before program changes");
            List<List<OpeningForStudent>> before = pages(engine, students, people.asOfs);
            List<ProgramDoc> programs = people.programs;
            for (int i = 0; i < programs.size(); i++) {
                ProgramDoc p = programs.get(i);
                ProgramDoc next = programs.get((i + 1) % programs.size());
                ProgramStatus status = i == 0 ? ProgramStatus.DRAFT : p.status();
                engine.putProgram(new ProgramDoc(p.key(), p.name(), p.agency(), p.regions(), p.kind(), p.scope(),
                        p.summary(), p.url(), status, p.language(), next.intake(), next.capacity(), next.employer(),
                        next.scope() == p.scope() ? next.student() : p.student(),
                        next.scope() == p.scope() ? next.placement() : p.placement(), p.funding(), null),
                        people.approved.get(next.key()));
            }
            compare(engine, students, people.asOfs, "seed " + seed + " after program changes");
            assertThat(pages(engine, students, people.asOfs)).as("pages after the changes").isNotEqualTo(before);
        }
    }

    private static List<List<OpeningForStudent>> pages(MatchEngine engine, List<StudentDoc> students,
            List<LocalDate> asOfs) {
        List<List<OpeningForStudent>> pages = new ArrayList<>();
        students.forEach(t -> asOfs.forEach(asOf -> pages.add(engine.forStudent(t, asOf, 20).items())));
        return pages;
    }

    @Test
    void oneOpeningsMatchIsItsItemInTheList() {
        RandomWorld world = new RandomWorld(MatchEngineBruteForceTest.SAMPLE[0]);
        try (MatchEngine engine = MatchEngineBruteForceTest.engine(world)) {
            for (StudentDoc t : world.students.subList(0, 20)) {
                for (LocalDate asOf : world.asOfs) {
                    Map<String, OpeningForStudent> listed = new HashMap<>();
                    engine.forStudent(t, asOf, MatchEngineBruteForceTest.ALL).items()
                            .forEach(m -> listed.put(m.opening(), m));
                    for (OpeningDoc o : world.openings()) {
                        assertThat(engine.forStudent(t, o.key(), asOf))
                                .as(t.key() + " " + o.key() + " " + asOf)
                                .isEqualTo(Optional.ofNullable(listed.get(o.key())));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.triad.matching.MatchEngineBruteForceTest#seeds")
    void columnsFitAsTheFitRulesSay(long seed) {
        RandomWorld world = new RandomWorld(seed);
        List<Located> openings = world.startups.stream()
                .flatMap(s -> s.openings().stream().map(o -> new Located(o, s))).toList();
        OpeningColumns columns = new OpeningColumns(openings);
        for (StudentDoc t : world.students) {
            for (LocalDate asOf : world.asOfs) {
                OpeningColumns.Student student = columns.student(t, asOf);
                for (int i = 0; i < columns.size(); i++) {
                    OpeningDoc o = columns.at(i).opening();
                    assertThat(student.fits(i)).as("seed " + seed + " " + o.key() + " " + t.key() + " " + asOf)
                            .isEqualTo(!Eligibility.hasStarted(o, asOf) && Eligibility.openingFit(o, t).isEmpty());
                }
            }
        }
    }

    /** The startups of {@link #WORLDS} sample worlds, keys made distinct. */
    private static List<StartupDoc> startups(long seed) {
        List<StartupDoc> out = new ArrayList<>();
        for (int w = 0; w < WORLDS; w++) {
            String prefix = "w" + w + "-";
            for (StartupDoc s : new RandomWorld(seed * 1000 + w).startups) {
                out.add(rekeyed(s, prefix + s.key(), s.openings().stream()
                        .map(o -> opening(o, prefix + o.key(), o.title(), o.skills())).toList()));
            }
        }
        return out;
    }

    /**
     * Changes of every kind a page depends on: an opening's text and skills (now the student's), a new and a removed
     * opening, a startup moved to another region, a startup removed.
     */
    private static void change(MatchEngine engine, List<StartupDoc> startups, StudentDoc t) {
        StartupDoc first = startups.get(0);
        List<OpeningDoc> openings = new ArrayList<>(first.openings().subList(1, first.openings().size()));
        OpeningDoc o = first.openings().get(0);
        openings.add(opening(o, o.key(), "Now " + t.bio(), t.skills()));
        openings.add(opening(o, o.key() + "-new", String.join(" ", t.skills()), t.skills()));
        engine.putStartup(rekeyed(first, first.key(), openings));
        StartupDoc moved = startups.get(1);
        engine.putStartup(new StartupDoc(moved.key(), moved.name(), moved.description(), moved.stage(), t.region(),
                moved.city(), t.interests(), moved.headcount(), moved.foundedOn(), moved.incorporated(),
                moved.forProfit(), moved.openings(), null));
        engine.removeStartup(startups.get(2).key());
    }

    private static StartupDoc rekeyed(StartupDoc s, String key, List<OpeningDoc> openings) {
        return new StartupDoc(key, s.name(), s.description(), s.stage(), s.region(), s.city(), s.sectors(),
                s.headcount(), s.foundedOn(), s.incorporated(), s.forProfit(), openings, null);
    }

    private static OpeningDoc opening(OpeningDoc o, String key, String title, List<String> skills) {
        return new OpeningDoc(key, title, o.description(), skills, o.levels(), o.fields(), o.startDate(), o.weeks(),
                o.hoursPerWeek(), o.hourlyWage(), o.workMode(), o.positions(), o.language(), o.currency());
    }

    private static void compare(MatchEngine engine, List<StudentDoc> students, List<LocalDate> asOfs, String where) {
        for (StudentDoc t : students) {
            for (LocalDate asOf : asOfs) {
                for (int limit : LIMITS) {
                    String at = where + " student " + t.key() + " asOf " + asOf + " limit " + limit;
                    sameSearcher(engine, () -> {
                        Page<OpeningForStudent> page = engine.forStudent(t, asOf, limit);
                        Page<OpeningForStudent> definition = definition(engine, t, asOf, limit);
                        assertThat(page.total()).as(at + " total").isEqualTo(definition.total());
                        assertThat(page.items()).as(at).isEqualTo(definition.items());
                        return null;
                    });
                }
            }
        }
    }

    /**
     * Runs {@code check} again until the engine's generation is the same before and after it: a background reopen
     * (or merge) between the answer and its definition would change the text scores of one of them.
     */
    private static void sameSearcher(MatchEngine engine, Supplier<Void> check) {
        for (int attempt = 0; ; attempt++) {
            Generation before = engine.generation();
            try {
                check.get();
                return;
            } catch (AssertionError e) {
                if (before.equals(engine.generation()) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * The definition: every opening that fits, scored by the formula with the text score of every opening the student's
     * text matches (read by key from every hit), sorted by score then key, the first {@code limit} explained.
     */
    private static Page<OpeningForStudent> definition(MatchEngine engine, StudentDoc t, LocalDate asOf, int limit) {
        Catalog catalog = field(engine, "catalog");
        Map<String, Double> text = textScores(field(engine, "openingIndex"), t);
        Set<String> have = new HashSet<>(Scoring.canonicalSkills(t.skills()));
        record Fit(Located at, float score) {
        }
        List<Fit> fits = new ArrayList<>();
        for (Located at : catalog.openings.values()) {
            OpeningDoc o = at.opening();
            if (!Eligibility.hasStarted(o, asOf) && Eligibility.openingFit(o, t).isEmpty()) {
                fits.add(new Fit(at, score(o, at.skills(), at.startup(), t, have, text.getOrDefault(o.key(), 0.0))));
            }
        }
        fits.sort(Comparator.comparing(Fit::score, Comparator.reverseOrder())
                .thenComparing(f -> f.at().opening().key()));
        List<OpeningForStudent> page = fits.stream().limit(limit)
                .map(f -> new Explainer(f.at().opening(), f.at().startup(), catalog.placementChecks(f.at(), asOf), true)
                        .forStudent(t, f.score())).toList();
        return new Page<>(page, fits.size());
    }

    private static float score(OpeningDoc o, List<String> skills, StartupDoc s, StudentDoc t, Set<String> have,
            double textFraction) {
        long matched = skills.stream().filter(have::contains).count();
        float total = skills.isEmpty() ? 0 : Scoring.SKILLS * matched / skills.size();
        total += (float) (Scoring.TEXT * textFraction);
        total += Scoring.REGION * Scoring.regionFit(o, s, t);
        total += t.workModes().isEmpty() ? Scoring.WORK_MODE / 2 : t.workModes().contains(o.workMode())
                ? Scoring.WORK_MODE : 0;
        total += t.interests().stream().anyMatch(s.sectors()::contains) ? Scoring.INTERESTS : 0;
        return total;
    }

    /** Every matching opening's text score by key; each is at most 1, as the pruning's bound assumes. */
    private static Map<String, Double> textScores(OpeningIndex index, StudentDoc t) {
        Map<String, Double> scores = index.lucene().search(searcher -> {
            Map<String, Double> out = new HashMap<>();
            searcher.search(Scoring.textClause(searcher, Scoring.studentText(t), 1f), new SimpleCollector() {
                private SortedDocValues keys;
                private Scorable scorer;

                @Override
                protected void doSetNextReader(LeafReaderContext leaf) throws IOException {
                    keys = DocValues.getSorted(leaf.reader(), "key");
                }

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    assertThat(keys.advanceExact(doc)).isTrue();
                    out.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), (double) scorer.score());
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE;
                }
            });
            return out;
        });
        assertThat(scores.values()).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0 + 1e-5));
        return scores;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(MatchEngine engine, String name) {
        try {
            Field f = MatchEngine.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(engine);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
