package io.triad.round;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Stage 2 against brute force on small instances, and every bound on larger ones. */
class FundingOptimizerPropertiesTest {
    private static final FundingOptimizer.Limits LIMITS = new FundingOptimizer.Limits(10, 30, 42);

    @Property(tries = 500)
    void findsTheLargestTotalThatBruteForceFinds(@ForAll("small") FundingOptimizer.Input in) {
        FundingOptimizer.Result result = FundingOptimizer.solve(in, LIMITS);
        assertThat(result.optimal()).isTrue();
        assertThat(RandomFunding.violations(in, result.chosen())).isEmpty();
        assertThat(result.total()).isEqualTo(total(in, result.chosen())).isEqualTo(RandomFunding.bruteForceBest(in));
    }

    @Property(tries = 200)
    void neverBreaksABound(@ForAll("medium") FundingOptimizer.Input in) {
        FundingOptimizer.Result result = FundingOptimizer.solve(in, LIMITS);
        assertThat(RandomFunding.violations(in, result.chosen())).isEmpty();
        assertThat(result.total()).isEqualTo(total(in, result.chosen())).isLessThanOrEqualTo(result.bound());
        for (int i : result.chosen()) {
            assertThat(in.options().get(i).amount()).as("an empty amount funds nothing").isPositive();
        }
    }

    @Property(tries = 50)
    void theSameInputGivesTheSameChoice(@ForAll("medium") FundingOptimizer.Input in) {
        assertThat(FundingOptimizer.solve(in, LIMITS).chosen()).containsExactly(FundingOptimizer.solve(in, LIMITS).chosen());
    }

    @Property(tries = 200)
    void theSolversHintBreaksNoBound(@ForAll("medium") FundingOptimizer.Input in) {
        boolean[] hint = FundingHint.of(in);
        int[] chosen = java.util.stream.IntStream.range(0, hint.length).filter(i -> hint[i]).toArray();
        assertThat(RandomFunding.violations(in, chosen)).isEmpty();
        assertThat(FundingOptimizer.solve(in, LIMITS).total()).isGreaterThanOrEqualTo(total(in, chosen));
    }

    @Provide
    Arbitrary<FundingOptimizer.Input> small() {
        return Arbitraries.randomValue(random -> RandomFunding.generate(random, 4, 3));
    }

    @Provide
    Arbitrary<FundingOptimizer.Input> medium() {
        return Arbitraries.randomValue(random -> RandomFunding.generate(random, 40, 6));
    }

    private static long total(FundingOptimizer.Input in, int[] chosen) {
        long total = 0;
        for (int i : chosen) {
            total += in.options().get(i).amount();
        }
        return total;
    }
}
