package io.triad.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.triad.matching.Amount;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the rounds' API answers. */
final class RoundViews {
    private RoundViews() {
    }

    /** A round. {@code seed} shows to operators, and to participants once the results are published. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RoundView(UUID id, String name, RoundStatus status, double progress, LocalDate closesOn, List<String> openings,
            List<String> programs, Long seed, Figures figures) {
    }

    /**
     * An operator's figures of a finished round: match rate, how many got their n-th choice, funding per program; how
     * stage 2 ended (proven optimal, or the gap and which limit stopped it: only the wall clock makes a replay differ).
     */
    record Figures(int students, int matched, double matchRate, Map<Integer, Integer> choices,
            List<ProgramFunding> funding, boolean optimal, double gap, FundingOptimizer.Stop stop) {
        /** The gap as a page shows it: a percentage with two decimals. */
        public String gapPercent() {
            return String.format(java.util.Locale.ROOT, "%.2f", gap * 100);
        }

        /** Whether the wall-clock safety net, not the work limit, stopped stage 2 (a replay may then differ). */
        public boolean stoppedByWallClock() {
            return stop == FundingOptimizer.Stop.WALL_CLOCK;
        }
    }

    record ProgramFunding(String program, long placements, Amount committed) {
    }

    record StudentRankingView(String student, List<String> openings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OpeningRankingView(String opening, List<String> students, boolean engineOrder) {
    }

    /**
     * A replay: whether recomputing from the stored inputs and seed gave the stored decisions (every match and every
     * program's funding); the replay's figures, what stopped its solver and the work it did, and what stopped the run's.
     */
    record ReplayView(boolean equal, long seed, int matched, Amount total, boolean optimal, double gap, int funded,
            FundingOptimizer.Stop stop, double work, FundingOptimizer.Stop runStop) {
    }
}
