package io.triad.indexing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.triad.config.TriadConfig;
import io.triad.db.Sql;
import io.triad.web.LogSafe;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Keeps the search index in step with PostgreSQL. At start-up it rebuilds everything (retrying with growing pauses
 * while that fails), then it follows the change_log outbox. Rows are read in (txid, id) order and only from
 * transactions older than the oldest one still running ({@code txid < pg_snapshot_xmin(pg_current_snapshot())}): a
 * transaction that took its ids early but commits late is waited for instead of skipped. NOTIFY only wakes the
 * follower early; it polls every 200 ms whatever happens, so a lost notification delays nothing by more. Between
 * polls it measures its lag (once a second) and prunes the log ({@link ChangeLogPruner}).
 */
@ApplicationScoped
public class IndexFollower {
    private static final String NEXT_CHANGES = """
            select txid::text, id, entity, key, changed_at from change_log
            where (txid, id) > (?::xid8, ?) and txid < pg_snapshot_xmin(pg_current_snapshot())
            order by txid, id limit 5000""";
    /** The last row of the newest transaction the follower could read now; the rebuild starts after it. */
    private static final String LAST_READABLE = """
            select coalesce(max(txid)::text, '0'), coalesce(max(id), 0) from change_log
            where txid = (select max(txid) from change_log where txid < pg_snapshot_xmin(pg_current_snapshot()))""";
    private static final long MEASURE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DataSource dataSource;
    private final IndexLoader loader;
    private final SearchIndex index;
    private final TriadConfig.Index settings;
    private final ChangeLogPruner pruner;
    private final Object progress = new Object();
    /** Written by the follower thread only; every change at or before it is in the engine. */
    private volatile Position applied = Position.START;
    private volatile Instant lastAppliedChange;
    private volatile Lag lag = Lag.NONE;
    private volatile int failedRebuilds;
    private volatile int lostConnections;
    private volatile boolean running = true;
    private volatile Thread thread;
    private long nextMeasure;

    @Inject
    IndexFollower(AgroalDataSource dataSource, IndexLoader loader, SearchIndex index, TriadConfig config) {
        this(dataSource, loader, index, config.index());
    }

    IndexFollower(DataSource dataSource, IndexLoader loader, SearchIndex index, TriadConfig.Index settings) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.index = index;
        this.settings = settings;
        this.pruner = new ChangeLogPruner(settings.changeLogRetention(), settings.pruneEvery(), Clock.systemUTC());
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    void start() {
        thread = new Thread(this::run, "index-follower");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops following and waits a moment for the thread to end, so the engine is not closed under it. */
    void stop() {
        running = false;
        Thread following = thread;
        if (following != null) {
            following.interrupt();
            try {
                following.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits at most {@code timeout} until the change at {@code position} is applied and searchable; false when it is
     * not (yet), or when the index is still being built.
     */
    boolean awaitApplied(Position position, Duration timeout) {
        if (!index.isReady()) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (position.isAfter(applied)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return index.engineForIndexing().awaitSearchable(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    Position applied() {
        return applied;
    }

    Lag lag() {
        return lag;
    }

    int failedRebuilds() {
        return failedRebuilds;
    }

    /** How many times the listening connection was lost (and a new one taken). */
    int lostConnections() {
        return lostConnections;
    }

    private void run() {
        if (!rebuildUntilDone()) {
            return;
        }
        while (running) {
            try (Connection listen = dataSource.getConnection()) {
                follow(listen);
            } catch (SQLException | RuntimeException e) {
                lostConnections++;
                if (running) {
                    Log.warn("Index follower lost its connection; retrying in 1 s", LogSafe.of(e));
                    sleep(Duration.ofSeconds(1));
                }
            }
        }
    }

    private void follow(Connection listen) throws SQLException {
        try {
            try (Statement s = listen.createStatement()) {
                s.execute("listen triad_changes");
            }
            PGConnection pg = listen.unwrap(PGConnection.class);
            while (running) {
                catchUp();
                measureWhenDue();
                prune();
                pg.getNotifications(200);
            }
        } catch (SQLException | RuntimeException e) {
            Sql.discard(listen);
            throw e;
        }
    }


    /** Readiness stays DOWN while the rebuild fails (the database unreachable, a row that does not read). */
    private boolean rebuildUntilDone() {
        Backoff backoff = new Backoff(settings.rebuildRetryFirst(), settings.rebuildRetryLongest());
        while (running) {
            try {
                rebuild();
                return true;
            } catch (SQLException | RuntimeException e) {
                failedRebuilds++;
                Duration pause = backoff.next();
                Log.errorf(LogSafe.of(e),
                        "Building the search index failed (%d times); readiness stays DOWN, retrying in %s",
                        failedRebuilds, pause);
                sleep(pause);
            }
        }
        return false;
    }

    /** Marks the log position and loads every entity in one snapshot: later changes are applied again, harmlessly. */
    private void rebuild() throws SQLException {
        long started = System.nanoTime();
        int loaded;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Position start;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LAST_READABLE)) {
                rs.next();
                start = Position.of(rs.getString(1), rs.getLong(2));
            }
            loaded = loader.loadAll(c, index.engineForIndexing());
            c.commit();
            advance(start, null);
        }
        index.markReady();
        Log.infof("Search index built from PostgreSQL: %d entities in %d ms", loaded,
                (System.nanoTime() - started) / 1_000_000);
    }

    private record Batch(Set<Change> changes, int rows, Position last, Instant lastChanged) {
    }

    /** Applies every change that is safe to read, in order; returns the number of change_log rows applied. */
    int catchUp() throws SQLException {
        int rows = 0;
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                Batch batch = next(c);
                if (batch == null) {
                    return rows;
                }
                loader.apply(c, index.engineForIndexing(), batch.changes());
                advance(batch.last(), batch.lastChanged());
                rows += batch.rows();
            }
            measureWhenDue();
        }
        return rows;
    }

    private Batch next(Connection c) throws SQLException {
        Set<Change> changes = new LinkedHashSet<>();
        int rows = 0;
        Position last = applied;
        Instant lastChanged = null;
        try (PreparedStatement ps = c.prepareStatement(NEXT_CHANGES)) {
            ps.setString(1, last.txidText());
            ps.setLong(2, last.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = Position.of(rs.getString(1), rs.getLong(2));
                    changes.add(new Change(Change.Entity.valueOf(rs.getString(3)), rs.getString(4)));
                    lastChanged = rs.getTimestamp(5).toInstant();
                    rows++;
                }
            }
        }
        return rows == 0 ? null : new Batch(changes, rows, last, lastChanged);
    }

    private void advance(Position to, Instant changedAt) {
        synchronized (progress) {
            applied = to;
            if (changedAt != null) {
                lastAppliedChange = changedAt;
            }
            progress.notifyAll();
        }
    }

    private void measureWhenDue() throws SQLException {
        if (System.nanoTime() - nextMeasure < 0) {
            return;
        }
        nextMeasure = System.nanoTime() + MEASURE_EVERY_NANOS;
        try (Connection c = dataSource.getConnection()) {
            lag = Lag.measure(c, applied, lastAppliedChange);
        }
    }

    private void prune() throws SQLException {
        Position horizon = pruner.due(applied);
        if (horizon != null) {
            Log.debugf("Pruned %d change_log rows", pruneUpTo(horizon));
        }
    }

    /** Deletes the change_log rows up to {@code upTo}, never past what this follower applied. */
    int pruneUpTo(Position upTo) throws SQLException {
        Position at = applied;
        try (Connection c = dataSource.getConnection()) {
            return ChangeLogPruner.delete(c, upTo.isAfter(at) ? at : upTo);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
