package io.triad.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Stage 1 against the definitions of stability, and against brute force on instances small enough to enumerate. */
class StableMatchingPropertiesTest {

    @Property(tries = 3000)
    void hasNoBlockingPairAndRespectsCapacities(@ForAll("medium") RandomRounds round) {
        StableMatching.Input in = round.input();
        StableMatching.Result result = StableMatching.run(in);
        assertThat(MatchingChecks.problems(in, result.opening())).isEmpty();
        for (int s = 0; s < result.opening().length; s++) {
            int choice = result.choice()[s];
            assertThat(choice == 0 ? -1 : in.prefs()[s][choice - 1]).isEqualTo(result.opening()[s]);
        }
    }

    @Property(tries = 3000)
    void equalsTheStudentOptimalStableMatchingFoundByBruteForce(@ForAll("small") RandomRounds round) {
        StableMatching.Input in = round.input();
        List<int[]> stable = MatchingChecks.allStable(in);
        int[] optimal = MatchingChecks.studentOptimal(in, stable);
        assertThat(stable).as("a stable matching always exists").isNotEmpty();
        assertThat(MatchingChecks.problems(in, optimal)).as("the lattice's student-optimal point is stable").isEmpty();
        assertThat(StableMatching.run(in).opening()).containsExactly(optimal);
    }

    @Property(tries = 1000)
    void theLotteryOnlyReordersStudentsWithinATier(@ForAll("medium") RandomRounds round) {
        StableMatching.Input in = round.input();
        for (int o = 0; o < round.tiers().length; o++) {
            int[][] tiers = round.tiers()[o];
            for (int t = 0; t + 1 < tiers.length; t++) {
                for (int s : tiers[t]) {
                    for (int u : tiers[t + 1]) {
                        assertThat(Lottery.priority(round.seed(), t, s))
                                .isLessThan(Lottery.priority(round.seed(), t + 1, u));
                    }
                }
            }
        }
        assertThat(in.priority().length).isEqualTo(round.lists().length);
    }

    @Property(tries = 1000)
    void explicitRankingsDoNotDependOnTheSeed(@ForAll("medium") RandomRounds round, @ForAll long otherSeed) {
        RandomRounds explicit = new RandomRounds(round.capacity(), round.lists(), strict(round.tiers()), round.seed());
        RandomRounds reseeded = new RandomRounds(round.capacity(), round.lists(), strict(round.tiers()), otherSeed);
        assertThat(StableMatching.run(reseeded.input()).opening())
                .containsExactly(StableMatching.run(explicit.input()).opening());
    }

    @Property(tries = 1000)
    void theSameInputsAndSeedGiveTheSameResult(@ForAll("medium") RandomRounds round) {
        RandomRounds copy = new RandomRounds(round.capacity().clone(), round.lists(), round.tiers(), round.seed());
        assertThat(StableMatching.run(copy.input()).opening())
                .containsExactly(StableMatching.run(round.input()).opening());
    }

    @Provide
    Arbitrary<RandomRounds> small() {
        return Arbitraries.randomValue(random -> RandomRounds.generate(random, 6, 3, 2));
    }

    @Provide
    Arbitrary<RandomRounds> medium() {
        return Arbitraries.randomValue(random -> RandomRounds.generate(random, 60, 12, 4));
    }

    /** The same order with every tie split in listing order: a startup's own ranking. */
    private static int[][][] strict(int[][][] tiers) {
        int[][][] out = new int[tiers.length][][];
        for (int o = 0; o < tiers.length; o++) {
            out[o] = java.util.Arrays.stream(tiers[o]).flatMapToInt(java.util.Arrays::stream)
                    .mapToObj(s -> new int[] {s}).toArray(int[][]::new);
        }
        return out;
    }

}
