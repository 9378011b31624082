package io.triad.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stage 2's solver limits. The work limit (CP-SAT's deterministic time, in seconds) is what stops a large round's
 * search; a run freezes it with its inputs, so a replay stops at the same point of the same search and gives the same
 * answer even if the setting changed since. The wall-clock limit is only a safety net, far above what the work limit
 * takes on the machines Triad runs on (the round benchmark measures both).
 */
@ApplicationScoped
class Stage2Limits {
    private final double work;
    private final double wall;

    @Inject
    Stage2Limits(@ConfigProperty(name = "triad.rounds.stage2.work-seconds", defaultValue = "1") double work,
            @ConfigProperty(name = "triad.rounds.stage2.wall-seconds", defaultValue = "300") double wall) {
        this.work = work;
        this.wall = wall;
    }

    /** The work limit a run freezes with its inputs. */
    double work() {
        return work;
    }

    /** The limits to solve frozen inputs with: theirs (a round frozen before limits were stored takes today's). */
    FundingOptimizer.Limits of(RoundInputs in) {
        return new FundingOptimizer.Limits(in.work() > 0 ? in.work() : work, wall, in.seed());
    }
}
