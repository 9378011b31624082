package io.triad.indexing;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import io.triad.config.TriadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes the transactional outbox: called inside the transaction that changes an entity, so the change and its log
 * row commit or roll back together.
 *
 * <p>Read-your-writes: when the writing thread has an active request context (an HTTP request; an import job too,
 * so its page says done once the data is searchable), it waits after the commit, at most
 * {@code triad.index.read-your-writes-wait}, until this instance's index shows the change: the page a save redirects
 * to, or the next call, sees it. Threads without one (plain worker threads) do not wait.
 */
@ApplicationScoped
public class ChangeLog {
    private static final String INSERT = """
            with added as (insert into change_log (entity, key) select * from unnest(?::text[], ?::text[])
              returning txid, id)
            select max(txid)::text, max(id) from added""";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final TransactionManager manager;
    private final IndexFollower follower;
    private final Duration wait;

    ChangeLog(EntityManager em, TransactionSynchronizationRegistry transactions, TransactionManager manager,
            IndexFollower follower, TriadConfig config) {
        this.em = em;
        this.transactions = transactions;
        this.manager = manager;
        this.follower = follower;
        this.wait = config.index().readYourWritesWait();
    }

    public void changed(Change change) {
        changed(List.of(change));
    }

    /** Records the changes in one statement, however many (an import's thousands included). */
    public void changed(Collection<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Position written = em.unwrap(Session.class).doReturningWork(c -> insert(c, changes));
        if (Arc.container().requestContext().isActive()) {
            awaitAfterCommit(written);
        }
    }

    private static Position insert(Connection c, Collection<Change> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setArray(1, c.createArrayOf("text", changes.stream().map(ch -> ch.entity().name()).toArray(String[]::new)));
            ps.setArray(2, c.createArrayOf("text", changes.stream().map(Change::key).toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Position.of(rs.getString(1), rs.getLong(2));
            }
        }
    }

    /**
     * One wait per transaction, for its last row. Registered on the transaction itself, not interposed: JTA runs it
     * after the interposed callbacks, which give the database connection back to the pool, so a waiting request
     * holds no connection (the follower needs one).
     */
    private void awaitAfterCommit(Position written) {
        AwaitIndex await = (AwaitIndex) transactions.getResource(AwaitIndex.class);
        if (await == null) {
            await = new AwaitIndex();
            try {
                manager.getTransaction().registerSynchronization(await);
            } catch (RollbackException | SystemException e) {
                return; // the transaction will not commit: nothing to wait for
            }
            transactions.putResource(AwaitIndex.class, await);
        }
        await.upTo = Position.later(await.upTo, written);
    }

    private final class AwaitIndex implements Synchronization {
        private Position upTo;

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && !follower.awaitApplied(upTo, wait)) {
                Log.debugf("The index did not show change %s within %s", upTo, wait);
            }
        }
    }
}
