package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.domain.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweep that counts students by date for many openings at once against its definition, student by opening:
 * availability from on or before the start date until on or after the last day. Dates are drawn from a few weeks so
 * that starts, last days and availabilities often coincide (the edges of each comparison).
 */
class FitCountsTest {
    private static final LocalDate BASE = LocalDate.of(2027, 1, 4);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void countsEveryOpeningsFittingAndMarkedStudents(long seed) {
        Random rnd = new Random(seed);
        int students = 1 + rnd.nextInt(400);
        int[] from = new int[students];
        int[] until = new int[students];
        FixedBitSet among = new FixedBitSet(students);
        FixedBitSet marked = new FixedBitSet(students);
        for (int d = 0; d < students; d++) {
            from[d] = day(rnd.nextInt(40));
            until[d] = rnd.nextInt(5) == 0 ? Integer.MAX_VALUE : from[d] + rnd.nextInt(120);
            if (rnd.nextInt(4) > 0) {
                among.set(d);
            }
            if (rnd.nextBoolean()) {
                marked.set(d);
            }
        }
        List<OpeningDoc> openings = new ArrayList<>();
        for (int i = 0; i < 1 + rnd.nextInt(60); i++) {
            openings.add(opening("o" + i, BASE.plusDays(rnd.nextInt(40)), 1 + rnd.nextInt(12)));
        }
        boolean withMarks = rnd.nextInt(3) > 0;
        long[][] counts = FitCounts.count(openings, among, from, until, withMarks ? marked : null);
        for (int i = 0; i < openings.size(); i++) {
            long fitting = 0;
            long fittingMarked = 0;
            int start = (int) openings.get(i).startDate().toEpochDay();
            int last = (int) openings.get(i).lastDay().toEpochDay();
            for (int d = 0; d < students; d++) {
                if (among.get(d) && from[d] <= start && until[d] >= last) {
                    fitting++;
                    fittingMarked += marked.get(d) ? 1 : 0;
                }
            }
            assertThat(counts[0][i]).as("seed %d opening %d", seed, i).isEqualTo(fitting);
            assertThat(counts[1][i]).as("seed %d opening %d, marked", seed, i)
                    .isEqualTo(withMarks ? fittingMarked : 0);
        }
    }

    private static int day(int offset) {
        return (int) BASE.plusDays(offset).toEpochDay();
    }

    private static OpeningDoc opening(String key, LocalDate start, int weeks) {
        return new OpeningDoc(key, "Title", "Description", List.of(), List.of(), List.of(), start, weeks,
                new BigDecimal("35"), new BigDecimal("20"), WorkMode.ONSITE, 1, "en");
    }
}
