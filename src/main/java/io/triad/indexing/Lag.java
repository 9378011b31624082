package io.triad.indexing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the follower is behind, as last measured: committed changes it has not applied yet and when the oldest of
 * them was made (null: none), and when the last change it applied was made (null: none since start-up).
 */
record Lag(long pending, Instant oldestPending, Instant lastApplied) {
    static final Lag NONE = new Lag(0, null, null);
    /** Committed changes not applied yet, those held back by an older running transaction included. */
    private static final String PENDING = "select count(*), min(changed_at) from change_log where (txid, id) > (?::xid8, ?)";

    static Lag measure(Connection c, Position applied, Instant lastApplied) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PENDING)) {
            ps.setString(1, applied.txidText());
            ps.setLong(2, applied.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp oldest = rs.getTimestamp(2);
                return new Lag(rs.getLong(1), oldest == null ? null : oldest.toInstant(), lastApplied);
            }
        }
    }

    /** The age of the oldest change not yet applied, in seconds; 0 when the index is up to date. */
    double seconds(Instant now) {
        return oldestPending == null ? 0 : Math.max(0, Duration.between(oldestPending, now).toMillis() / 1000.0);
    }
}
