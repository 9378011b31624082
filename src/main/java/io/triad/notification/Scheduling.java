package io.triad.notification;

import io.triad.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Scheduled work that must run once across every Triad instance sharing the database: each run takes a transaction
 * -level PostgreSQL advisory lock named after the job; an instance that does not get it skips the run (another is
 * doing it), and the lock goes with the transaction, so a crashed instance holds nothing.
 */
@ApplicationScoped
class Scheduling {
    private final Sql db;

    Scheduling(Sql db) {
        this.db = db;
    }

    /** Inside a transaction: whether this instance runs {@code job} now. */
    boolean once(String job) {
        return db.one("select pg_try_advisory_xact_lock(hashtext(?))", rs -> rs.getBoolean(1), "triad." + job)
                .orElse(false);
    }
}
