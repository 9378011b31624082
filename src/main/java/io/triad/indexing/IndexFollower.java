package io.triad.indexing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * Keeps the search index in step with PostgreSQL. At start-up it rebuilds everything, then it follows
 * the change_log outbox. Rows are read in (txid, id) order and only from transactions older than the
 * oldest one still running ({@code txid < pg_snapshot_xmin(pg_current_snapshot())}): a transaction that
 * took its ids early but commits late is waited for instead of skipped. NOTIFY only wakes the follower
 * early; it polls every 200 ms whatever happens, so a lost notification delays nothing by more.
 */
@ApplicationScoped
public class IndexFollower {
    private static final String NEXT_CHANGES = """
            select txid::text, id, entity, key from change_log
            where (txid, id) > (?::xid8, ?) and txid < pg_snapshot_xmin(pg_current_snapshot())
            order by txid, id limit 5000""";

    private final AgroalDataSource dataSource;
    private final IndexLoader loader;
    private final SearchIndex index;
    private volatile boolean running = true;
    private volatile Thread thread;
    private String lastTxid = "0";
    private long lastId;

    IndexFollower(AgroalDataSource dataSource, IndexLoader loader, SearchIndex index) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.index = index;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        thread = new Thread(this::run, "index-follower");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        try {
            rebuild();
        } catch (RuntimeException | SQLException e) {
            Log.error("Building the search index failed; readiness stays DOWN", e);
            return;
        }
        while (running) {
            try (Connection listen = dataSource.getConnection()) {
                try (Statement s = listen.createStatement()) {
                    s.execute("listen triad_changes");
                }
                PGConnection pg = listen.unwrap(PGConnection.class);
                while (running) {
                    catchUp();
                    pg.getNotifications(200);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    Log.warn("Index follower lost its connection; retrying in 1 s", e);
                    sleep(1000);
                }
            }
        }
    }

    /** Marks the log position, then loads every entity: later changes are applied again, which is harmless. */
    private void rebuild() throws SQLException {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select coalesce(max(txid)::text, '0'), coalesce(max(id), 0) from change_log
                        where txid = (select max(txid) from change_log where txid < pg_snapshot_xmin(pg_current_snapshot()))""")) {
            rs.next();
            lastTxid = rs.getString(1);
            lastId = rs.getLong(2);
        }
        int loaded = loader.loadAll(index.engineForIndexing());
        index.markReady();
        Log.infof("Search index built from PostgreSQL: %d entities in %d ms", loaded,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Applies every change that is safe to read, in order; returns the number of changes applied. */
    int catchUp() throws SQLException {
        int applied = 0;
        while (true) {
            Set<String> batch = new LinkedHashSet<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(NEXT_CHANGES)) {
                ps.setString(1, lastTxid);
                ps.setLong(2, lastId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lastTxid = rs.getString(1);
                        lastId = rs.getLong(2);
                        batch.add(rs.getString(3) + ":" + rs.getString(4));
                    }
                }
            }
            if (batch.isEmpty()) {
                return applied;
            }
            loader.apply(index.engineForIndexing(), batch);
            applied += batch.size();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
