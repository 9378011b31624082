package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.FieldOfStudy;
import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import io.triad.matching.MatchResults.StudentForOpening;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The smallest cases of the score bugs that {@link MatchEngineBruteForceTest} finds; each is enabled once its fix
 * lands. Score parts: skills 0.40, text 0.25, region 0.15, work mode 0.10, interests 0.10 ({@link Scoring}).
 */
class MatchEngineScoreBugsTest {

    private static MatchEngine engine(StartupDoc startup, List<StudentDoc> students) {
        MatchEngine engine = new MatchEngine(MatchEngineBruteForceTest.JSON);
        engine.putStartup(startup);
        students.forEach(engine::putStudent);
        engine.refreshNow();
        return engine;
    }

    @Test
    void forOpeningShowsTheScoreOfTheFormula() {
        StartupDoc startup = Docs.startup().withOpenings(List.of(Docs.opening()));
        try (MatchEngine engine = engine(startup, List.of(Docs.student()))) {
            StudentForOpening only = engine.forOpening("northwind-ml-coop", Docs.AS_OF, 20, false, MatchOrder.SCORE, false)
                    .items().get(0);
            // 1 of 2 skills (0.20), same region (0.15), wants hybrid work (0.10), and "python" in both texts
            assertThat(only.score()).isGreaterThan(0.45f).isLessThanOrEqualTo(0.70f);
        }
    }

    @Test
    void forStudentCountsASkillListedTwiceOnce() {
        OpeningDoc opening = new OpeningDoc("python-coop", "Python co-op", null, List.of("python", "Python"), null,
                null, Docs.date("2027-05-03"), 16, new BigDecimal("37.5"), new BigDecimal("28.00"), WorkMode.HYBRID,
                1, null);
        StartupDoc startup = Docs.startup().withOpenings(List.of(opening));
        try (MatchEngine engine = engine(startup, List.of())) {
            float score = engine.forStudent(Docs.student(), Docs.AS_OF, 20).items().get(0).score();
            // skills 0.40 + region 0.15 + work mode 0.10 + text at most 0.25
            assertThat(score).isGreaterThan(0.65f).isLessThanOrEqualTo(0.90f);
        }
    }

    @Test
    void forOpeningOrdersStudentsWithTheSameShownScoreByKey() {
        OpeningDoc opening = new OpeningDoc("python-coop", "Python co-op", null, List.of(), null, null,
                Docs.date("2027-05-03"), 16, new BigDecimal("37.5"), new BigDecimal("28.00"), WorkMode.HYBRID, 1, null);
        StartupDoc startup = Docs.startup().withOpenings(List.of(opening));
        // the same profile with ever shorter bios as keys go up: text relevance, hence the score, creeps up by key
        List<StudentDoc> students = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String bio = "python" + " lorem".repeat(300 - 4 * i);
            students.add(withKey(Docs.student(), String.format("s%02d", i), bio));
        }
        try (MatchEngine engine = engine(startup, students)) {
            List<StudentForOpening> items = engine.forOpening("python-coop", Docs.AS_OF, 100, false, MatchOrder.SCORE, false)
                    .items();
            for (int i = 1; i < items.size(); i++) {
                StudentForOpening a = items.get(i - 1);
                StudentForOpening b = items.get(i);
                if (a.score() == b.score()) {
                    assertThat(a.student()).as("same shown score " + a.score()).isLessThan(b.student());
                }
            }
        }
    }

    /** The student without skills, with this key and bio. */
    private static StudentDoc withKey(StudentDoc t, String key, String bio) {
        return new StudentDoc(key, t.name(), key + "@example.org", t.institution(), FieldOfStudy.OTHER, t.level(),
                t.enrolment(), t.graduationDate(), t.workStatus(), t.birthDate(), t.region(), List.of(), List.of(),
                bio, t.availableFrom(), t.availableUntil(), t.workModes(), t.groups(), t.shareEnhancedEligibility(),
                null, null);
    }
}
