package io.triad.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.triad.db.Sql;
import io.triad.web.LogSafe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on {@code triad_sessions}, where PostgreSQL's triggers (V10) name the account of every ended session,
 * changed account row and changed unread count, whichever instance made the change, and makes {@link KeptSessions}
 * forget that account's sessions. The same pattern as the index follower's (indexing/IndexFollower): one connection
 * of the pool held for LISTEN, aborted and taken again when it fails. While it is not listening nothing is kept, so
 * a change is never missed: it is read from PostgreSQL on the next request. It makes a round trip every second, and
 * what is kept is trusted only while one succeeded within {@link KeptSessions#TRUSTED_FOR}: a connection that died
 * silently (no reset from a vanished peer) or a stalled thread stops the keeping within that time.
 */
@ApplicationScoped
class SessionChanges {
    static final String CHANNEL = "triad_sessions";
    static final String APPLICATION_NAME = "triad-session-changes";

    private final AgroalDataSource dataSource;
    private final KeptSessions kept;
    private volatile boolean running = true;
    private volatile Thread thread;
    private volatile int lostConnections;

    SessionChanges(AgroalDataSource dataSource, KeptSessions kept) {
        this.dataSource = dataSource;
        this.kept = kept;
    }

    void onStart(@Observes StartupEvent event) {
        thread = new Thread(this::run, "session-changes");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        kept.deaf();
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
    }

    /** How many times the listening connection was lost (and a new one taken). */
    int lostConnections() {
        return lostConnections;
    }

    private void run() {
        while (running) {
            try (Connection listen = dataSource.getConnection()) {
                follow(listen);
            } catch (SQLException | RuntimeException e) {
                kept.deaf();
                lostConnections++;
                if (running) {
                    Log.warn("The session listener lost its connection; sessions are read on every request "
                            + "until it listens again, in 1 s", LogSafe.of(e));
                    pause();
                }
            }
        }
    }

    private void follow(Connection listen) throws SQLException {
        try {
            listen.setAutoCommit(true);
            try (Statement s = listen.createStatement()) {
                s.execute("set application_name = '" + APPLICATION_NAME + "'"); // seen in pg_stat_activity
                s.execute("listen " + CHANNEL);
            }
            // a read that never answers (a peer gone without a word) fails after this instead of blocking for ever
            listen.setNetworkTimeout(Runnable::run, (int) KeptSessions.TRUSTED_FOR.toMillis());
            PGConnection pg = listen.unwrap(PGConnection.class);
            kept.listening();
            while (running) {
                PGNotification[] told = pg.getNotifications(1000);
                if (told != null && told.length > 0) {
                    kept.forget(accounts(told));
                }
                // waiting for notifications says nothing of the connection: a round trip shows that it still works
                try (Statement ping = listen.createStatement()) {
                    ping.execute("select 1");
                }
                kept.heard();
            }
        } catch (SQLException | RuntimeException e) {
            kept.deaf();
            Sql.discard(listen);
            throw e;
        }
    }


    private static Set<Long> accounts(PGNotification[] told) {
        Set<Long> accounts = new HashSet<>();
        for (PGNotification notification : told) {
            accounts.add(Long.parseLong(notification.getParameter()));
        }
        return accounts;
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
