package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The banded date check against its definition, student by student: at most the day (availability from) and at least
 * the day (availability until), for every day around the students' own, on sizes across word boundaries and with
 * days that repeat (bands of one day) or spread widely.
 */
class DayBandsTest {

    @ParameterizedTest(name = "{0} students")
    @ValueSource(ints = {0, 1, 2, 15, 17, 63, 64, 65, 200, 1000, 5000})
    void keepsExactlyTheStudentsWithinTheDay(int students) {
        for (int spread : new int[] {1, 3, 40, 10_000}) {
            check(students, spread, new Random(students * 31L + spread));
        }
    }

    private static void check(int students, int spread, Random rnd) {
        int[] days = new int[students];
        FixedBitSet among = new FixedBitSet(students);
        for (int d = 0; d < students; d++) {
            days[d] = rnd.nextInt(10) == 0 ? Integer.MAX_VALUE : 20_000 + rnd.nextInt(spread);
            if (rnd.nextInt(4) > 0) {
                among.set(d);
            }
        }
        DayBands atMost = new DayBands(days, 1);
        DayBands atLeast = new DayBands(days, -1);
        for (int day = 19_998; day <= 20_000 + Math.min(spread, 60) + 2; day++) {
            check(atMost, among, days, day, true);
            check(atLeast, among, days, day, false);
        }
        check(atMost, among, days, Integer.MAX_VALUE, true);
        check(atLeast, among, days, Integer.MAX_VALUE, false);
    }

    private static void check(DayBands bands, FixedBitSet among, int[] days, int day, boolean atMost) {
        FixedBitSet bits = among.clone();
        bands.keep(bits, day);
        FixedBitSet expected = new FixedBitSet(days.length);
        for (int d = 0; d < days.length; d++) {
            if (among.get(d) && (atMost ? days[d] <= day : days[d] >= day)) {
                expected.set(d);
            }
        }
        assertThat(bits).as("day %d, %s", day, atMost ? "at most" : "at least").isEqualTo(expected);
    }
}
