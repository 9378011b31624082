package io.triad.round;

import io.triad.round.RoundViews.ReplayView;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.UUID;

/** Recomputes a finished round from its stored inputs and seed, writing nothing, and compares with its stored plan. */
@ApplicationScoped
class RoundReplay {
    private final RoundStore store;
    private final Stage2Limits limits;

    RoundReplay(RoundStore store, Stage2Limits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** Reads in a short transaction, then solves outside any: a replay may take as long as the run's solver. */
    ReplayView replay(UUID round) {
        RoundInputs inputs = QuarkusTransaction.requiringNew()
                .call(() -> store.stored(round, "inputs", RoundInputs.class)).orElseThrow();
        RoundPlan stored = QuarkusTransaction.requiringNew()
                .call(() -> store.stored(round, "plan", RoundPlan.class)).orElseThrow();
        String currency = QuarkusTransaction.requiringNew().call(() -> store.programs(round)).stream()
                .map(p -> p.doc().funding() == null ? null : p.doc().funding().currency())
                .filter(java.util.Objects::nonNull).findFirst().orElse("CAD");
        RoundPlan again = RoundSolver.replay(inputs, limits.of(inputs));
        return new ReplayView(again.sameDecisions(stored), inputs.seed(), again.matches().size(),
                new io.triad.matching.Amount(BigDecimal.valueOf(again.total(), 2), currency), again.optimal(),
                again.gap(), again.funding().size(), again.stop(), again.work(), stored.stop());
    }
}
