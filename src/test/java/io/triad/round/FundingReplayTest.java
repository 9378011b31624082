package io.triad.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Stage 2 stopped by its work limit, not by proof, gives the same answer every time: the limit counts CP-SAT's
 * deterministic work, so the search stops at the same point whatever the machine's load.
 */
class FundingReplayTest {

    @Test
    void aSearchStoppedByItsWorkLimitStopsTheSameWayEveryTime() {
        FundingOptimizer.Input in = knapsacks(new Random(1), 300, 8);
        FundingOptimizer.Limits limits = new FundingOptimizer.Limits(0.2, 120, 7);
        FundingOptimizer.Result first = FundingOptimizer.solve(in, limits);
        assertThat(first.stop()).isEqualTo(FundingOptimizer.Stop.WORK_LIMIT);
        assertThat(first.optimal()).isFalse();
        assertThat(first.gap()).isPositive();
        assertThat(first.total()).as("the search improved on its hint before the limit").isGreaterThan(hintTotal(in));
        assertThat(RandomFunding.violations(in, first.chosen())).isEmpty();
        for (int i = 0; i < 2; i++) {
            FundingOptimizer.Result again = FundingOptimizer.solve(in, limits);
            assertThat(again.chosen()).containsExactly(first.chosen());
            assertThat(again.total()).isEqualTo(first.total());
            assertThat(again.work()).isEqualTo(first.work());
        }
    }

    @Test
    void aLimitHitBeforeAnySolutionKeepsTheFeasibleHintAndReportsTheGap() {
        FundingOptimizer.Input in = knapsacks(new Random(2), 300, 8);
        FundingOptimizer.Result result = FundingOptimizer.solve(in, new FundingOptimizer.Limits(0.002, 120, 7));
        assertThat(result.stop()).isEqualTo(FundingOptimizer.Stop.WORK_LIMIT);
        assertThat(result.total()).isEqualTo(hintTotal(in)).isPositive();
        assertThat(RandomFunding.violations(in, result.chosen())).isEmpty();
        assertThat(result.bound()).isGreaterThan(result.total());
        assertThat(result.gap()).isEqualTo((result.bound() - result.total()) / (double) result.bound());
    }

    @Test
    void onlyTheWallClockMakesAResultMachineDependent() {
        FundingOptimizer.Limits limits = new FundingOptimizer.Limits(5, 60, 1);
        assertThat(FundingOptimizer.stop(limits, 5.01, 3)).isEqualTo(FundingOptimizer.Stop.WORK_LIMIT);
        assertThat(FundingOptimizer.stop(limits, 1.2, 60.2)).isEqualTo(FundingOptimizer.Stop.WALL_CLOCK);
    }

    /** Placements worth 400 to 1,200 with options of 50 to 450 from programs whose places and budgets bind. */
    static FundingOptimizer.Input knapsacks(Random random, int placements, int programs) {
        long[] wages = new long[placements];
        for (int p = 0; p < placements; p++) {
            wages[p] = 400 + random.nextInt(800);
        }
        FundingOptimizer.Program[] program = new FundingOptimizer.Program[programs];
        for (int g = 0; g < programs; g++) {
            program[g] = new FundingOptimizer.Program(placements / programs * 2, 300L * placements / programs, g % 3 != 0);
        }
        List<FundingOptimizer.Option> options = new ArrayList<>();
        for (int p = 0; p < placements; p++) {
            for (int g = 0; g < programs; g++) {
                if (random.nextInt(10) < 4) {
                    options.add(new FundingOptimizer.Option(p, g, 50 + random.nextInt(400)));
                }
            }
        }
        return new FundingOptimizer.Input(wages, program, options);
    }

    private static long hintTotal(FundingOptimizer.Input in) {
        boolean[] hint = FundingHint.of(in);
        long total = 0;
        for (int i = 0; i < hint.length; i++) {
            total += hint[i] ? in.options().get(i).amount() : 0;
        }
        return total;
    }
}
