package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The default path ({@link FormulaScorer}) against Lucene's own scoring of the same clauses (the definition) where
 * scores tie: students with the same profile score exactly the same, and a page must take the smallest keys among
 * them, wherever in the index they sit. ({@link PrunedOrdersTest} compares the two on the random worlds.)
 */
class FormulaScorerTest {
    @Test
    void equalScoresAreRankedByKeyAcrossThePageBoundary() {
        List<StudentDoc> students = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = String.format("t%02d", i);
            StudentDoc same = Docs.student();
            students.add(new StudentDoc(key, same.name(), key + "@example.org", same.institution(), same.field(),
                    same.level(), same.enrolment(), same.graduationDate(), same.workStatus(), same.birthDate(),
                    same.region(), i % 4 == 0 ? List.of("python", "pytorch") : same.skills(), same.interests(),
                    i % 3 == 0 ? "Grasping models in python" : same.bio(), same.availableFrom(),
                    same.availableUntil(), same.workModes(), same.groups(), same.shareEnhancedEligibility(), null,
                    null));
        }
        Collections.shuffle(students, new Random(7)); // document order is not key order
        StartupDoc startup = Docs.startup().withOpenings(List.of(Docs.opening()));
        String opening = startup.openings().get(0).key();
        try (MatchEngine engine = new MatchEngine(MatchEngineBruteForceTest.JSON)) {
            engine.putStartup(startup);
            students.forEach(engine::putStudent);
            engine.refreshNow();
            Page<StudentForOpening> all = engine.forOpeningUnpruned(opening, Docs.AS_OF, 40, false, MatchOrder.SCORE,
                    false);
            assertThat(all.items()).hasSize(40);
            assertThat(all.items().stream().map(StudentForOpening::score).distinct().count())
                    .as("a few distinct scores, each shared by several students").isBetween(2L, 6L);
            for (int limit : IntStream.rangeClosed(1, 40).toArray()) {
                Page<StudentForOpening> page = engine.forOpening(opening, Docs.AS_OF, limit, false, MatchOrder.SCORE,
                        false);
                assertThat(page.total()).isEqualTo(40);
                assertThat(page.items()).as("limit " + limit).isEqualTo(all.items().subList(0, limit));
            }
        }
    }
}
