package io.triad.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Database failures that a concurrent request causes, not the caller's input nor a fault of ours: two writes to one
 * key, a lock held too long, a transaction PostgreSQL had to abort for another's sake. They answer 409 (the request
 * changed nothing and may be tried again), never 500. Recognised by SQLSTATE, the one stable part of a database
 * error; the message, which quotes the values involved, is never logged.
 */
final class DatabaseConflicts {
    /** serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> CONCURRENCY = Set.of("40001", "40P01", "55P03");
    /** Integrity constraint violations (unique_violation 23505 above all) that checks made before the write missed. */
    private static final String INTEGRITY_CLASS = "23";

    private DatabaseConflicts() {
    }

    /**
     * What conflicted, for the log (an SQLSTATE, a constraint name or an exception class, nothing from the data),
     * when {@code failure} or one of its causes is such a conflict.
     */
    static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (CONCURRENCY.contains(state) || state.startsWith(INTEGRITY_CLASS)) {
                    return Optional.of("SQLSTATE " + state + constraint(failure));
                }
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.StaleStateException) {
                // a row updated or deleted by another transaction between this one's read and its write
                return Optional.of(cause.getClass().getSimpleName());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code failure} comes from a database that is gone or going (connection_exception class 08,
     * admin_shutdown and crash_shutdown 57P01/57P02, cannot_connect_now 57P03, or no connection to be had): the
     * request changed nothing and may be retried later, so 503, not 500.
     */
    static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static String constraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null) {
                return " (" + c.getConstraintName() + ")";
            }
        }
        return "";
    }
}
