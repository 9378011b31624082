package io.triad.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure as the log may show it: its exception classes, stack frames, SQL states and constraint names, never a
 * message. Messages carry the values that failed: PostgreSQL's ({@code invalid input syntax for type uuid: "..."},
 * a unique violation's key), Jackson's (the body around the error), Lucene's (the first bytes of a term too long to
 * index), Hibernate's (the driver's, again). ASVS 5.0 V16.2.5: logs hold no sensitive data.
 */
public final class LogSafe {
    private LogSafe() {
    }

    /** The failure with every message replaced by its class name and what identifies it without values. */
    public static Throwable of(Throwable failure) {
        return scrub(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable scrub(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return null;
        }
        Scrubbed safe = new Scrubbed(describe(failure), scrub(failure.getCause(), seen));
        safe.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            Throwable s = scrub(suppressed, seen);
            if (s != null) {
                safe.addSuppressed(s);
            }
        }
        return safe;
    }

    /** The class, then the SQL state and constraint name when there are: identifiers, never data. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        String state = failure instanceof SQLException sql ? sql.getSQLState()
                : failure instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
        if (state != null) {
            text.append(" [SQL state ").append(state).append(']');
        }
        if (failure instanceof org.hibernate.exception.ConstraintViolationException c
                && c.getConstraintName() != null) {
            text.append(" [constraint ").append(c.getConstraintName()).append(']');
        }
        return text.toString();
    }

    /** Stands in for a logged failure: prints as {@code LogSafe.Scrubbed: <class> [SQL state ...]} and its frames. */
    static final class Scrubbed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Scrubbed(String description, Throwable cause) {
            super(description, cause, true, true);
        }
    }
}
