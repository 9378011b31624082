package io.triad.round;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.triad.placement.RoundPlacements;
import io.triad.placement.RoundPlacements.Placed;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * Runs a closed round in the background, on one instance however many share the database: the run holds a PostgreSQL
 * advisory lock keyed on the round for its whole length, and an instance that cannot take it leaves the round alone.
 * A run first freezes its inputs and the plan computed from them (so a crash never recomputes against half-written
 * results), then writes the plan through the placement workflow pair by pair, skipping pairs already written. Rounds
 * left RUNNING by a crashed instance are picked up by the next sweep of any instance.
 */
@ApplicationScoped
class RoundRunner {
    private static final int PROGRESS_EVERY = 50;

    private final RoundStore store;
    private final InputBuilder inputs;
    private final RoundPlacements placements;
    private final DataSource dataSource;
    private final Stage2Limits limits;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "triad-round"));
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();

    RoundRunner(RoundStore store, InputBuilder inputs, RoundPlacements placements, DataSource dataSource,
            Stage2Limits limits) {
        this.store = store;
        this.limits = limits;
        this.inputs = inputs;
        this.placements = placements;
        this.dataSource = dataSource;
    }

    /** Queues the round's run on this instance (once; a queued round is not queued again). */
    void submit(UUID round) {
        if (queued.add(round)) {
            executor.submit(() -> {
                try {
                    runLocked(round);
                } finally {
                    queued.remove(round);
                }
            });
        }
    }

    @Scheduled(every = "${triad.rounds.sweep:30s}", delayed = "${triad.rounds.sweep:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        QuarkusTransaction.requiringNew().call(store::running).forEach(this::submit);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Runs the round here unless another session holds its advisory lock (then leaves it alone). */
    void runLocked(UUID round) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "select pg_try_advisory_lock(?)", round)) {
                return;
            }
            try {
                run(round);
            } finally {
                advisory(lock, "select pg_advisory_unlock(?)", round);
            }
        } catch (SQLException | RuntimeException e) {
            Log.errorf(e, "Round %s failed; it stays RUNNING and the next sweep retries it", round);
        } finally {
            context.terminate();
        }
    }

    private void run(UUID round) {
        RoundStore.Row row = QuarkusTransaction.requiringNew().call(() -> store.find(round, false)).orElse(null);
        if (row == null || row.status() != RoundStatus.RUNNING) {
            return;
        }
        RoundPlan plan = QuarkusTransaction.requiringNew().call(() -> store.stored(round, "plan", RoundPlan.class))
                .orElseGet(() -> decide(round, row.seed()));
        write(round, row.seed(), plan);
        Log.infof("Round %s done: %d matches, %d funded", round, plan.matches().size(), plan.funding().size());
    }

    /** Both stages from the frozen inputs; the inputs and the plan are stored before anything is written. */
    private RoundPlan decide(UUID round, long seed) {
        RoundInputs first = QuarkusTransaction.requiringNew().call(() -> inputs.stageOne(round, seed));
        StableMatching.Result matched = RoundSolver.stableMatching(first);
        List<RoundPlan.Match> matches = RoundSolver.matches(first, matched);
        progress(round, 0.3);
        RoundInputs frozen = QuarkusTransaction.requiringNew().call(() -> inputs.funding(round, first, matches))
                .withWork(limits.work());
        RoundPlan plan = RoundSolver.withUnmatched(RoundSolver.plan(frozen, matches, limits.of(frozen)),
                RoundSolver.unmatched(first, matched));
        QuarkusTransaction.requiringNew().run(() -> store.freeze(round, frozen, plan));
        if (plan.stop() == FundingOptimizer.Stop.WALL_CLOCK) {
            Log.warnf("Round %s: stage 2 stopped at its wall-clock safety net before its work limit (%.2f of %.2f work"
                    + " seconds); a replay may differ: raise triad.rounds.stage2.wall-seconds", round, plan.work(),
                    frozen.work());
        }
        progress(round, 0.5);
        return plan;
    }

    private void write(UUID round, long seed, RoundPlan plan) {
        Map<String, List<String>> funded = new HashMap<>();
        plan.funding().forEach(f -> funded.computeIfAbsent(f.student() + "\n" + f.opening(), k -> new ArrayList<>())
                .add(f.program()));
        List<String> programOrder = QuarkusTransaction.requiringNew().call(() -> store.programs(round).stream()
                .map(RoundStore.ProgramAt::key).toList());
        List<RoundResults.Item> items = new ArrayList<>();
        List<String> unmatched = new ArrayList<>(plan.unmatched());
        for (int i = 0; i < plan.matches().size(); i++) {
            RoundPlan.Match m = plan.matches().get(i);
            List<String> programs = programOrder.stream()
                    .filter(funded.getOrDefault(m.student() + "\n" + m.opening(), List.of())::contains).toList();
            Placed placed = placements.existing(round, m.opening(), m.student())
                    .orElseGet(() -> placements.place(round, m.opening(), m.student(), programs));
            items.add(new RoundResults.Item(m.student(), m.opening(), m.choice(), placed.placement().orElse(null),
                    placed.applications()));
            if (i % PROGRESS_EVERY == 0) {
                progress(round, 0.5 + 0.5 * i / plan.matches().size());
            }
        }
        RoundResults results = new RoundResults(seed, items, unmatched);
        QuarkusTransaction.requiringNew().run(() -> store.finish(round, results));
    }

    private void progress(UUID round, double value) {
        QuarkusTransaction.requiringNew().run(() -> store.progress(round, Math.min(0.99, value)));
    }

    /** Runs one advisory-lock statement on the lock's own connection; the key is the round id folded to 64 bits. */
    static boolean advisory(Connection c, String statement, UUID round) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setLong(1, round.getMostSignificantBits() ^ round.getLeastSignificantBits());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
