package io.triad.indexing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Deletes change_log rows that every instance has applied. Instances do not know each other's positions, so the
 * margin is time: a row is deleted once this instance applied it at least {@code retention} ago, which every other
 * instance less than {@code retention} behind has done too (an instance that starts rebuilds from the tables and
 * needs no old rows). Positions are sampled every {@code every}; the horizon is the newest sample at least
 * {@code retention} old. Measuring from when this instance applied a row, not from {@code changed_at}, keeps the
 * rows of a long transaction that committed a moment ago.
 */
final class ChangeLogPruner {
    private static final String DELETE = "delete from change_log where (txid, id) <= (?::xid8, ?)";

    private record Sample(Instant at, Position applied) {
    }

    private final Duration retention;
    private final Duration every;
    private final Clock clock;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private Position pruned = Position.START;

    ChangeLogPruner(Duration retention, Duration every, Clock clock) {
        this.retention = retention;
        this.every = every;
        this.clock = clock;
    }

    /** Records the position every {@code every}; answers the position whose rows may go now (null: none yet). */
    private Position horizon(Position applied) {
        Instant now = clock.instant();
        if (samples.isEmpty() || !samples.peekLast().at().plus(every).isAfter(now)) {
            samples.addLast(new Sample(now, applied));
        }
        Instant cutoff = now.minus(retention);
        Sample horizon = null;
        while (!samples.isEmpty() && !samples.peekFirst().at().isAfter(cutoff)) {
            horizon = samples.removeFirst();
        }
        if (horizon == null) {
            return null;
        }
        samples.addFirst(horizon); // still the horizon until a newer sample is old enough
        return horizon.applied();
    }

    /** The position up to which rows may go now, when it moved since the last call that answered one; else null. */
    Position due(Position applied) {
        Position horizon = horizon(applied);
        if (horizon == null || !horizon.isAfter(pruned)) {
            return null;
        }
        pruned = horizon;
        return horizon;
    }

    static int delete(Connection c, Position upTo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, upTo.txidText());
            ps.setLong(2, upTo.id());
            return ps.executeUpdate();
        }
    }
}
