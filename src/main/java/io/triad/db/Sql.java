package io.triad.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Plain SQL on the transaction's own connection, for the features whose rows are decided by conditional updates and
 * row locks ({@code select … for update}) or are arrays and JSON read whole, which entity state cached in a session
 * would only hide or wrap. Hibernate turns SQL errors into its exceptions (a unique index met by a race is a
 * {@code ConstraintViolationException}, answered 409 by the problem mapper).
 */
@ApplicationScoped
public class Sql {
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    Sql(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> rows(c, sql, mapper, params));
    }

    /**
     * As {@link #list}, for a read that needs no transaction (a page's own reads on every view: who may look, where
     * each student stands): on a pooled connection, without the ORM session that {@link #list} opens, which cost such a
     * page more than its query. Inside a transaction the pool hands out the transaction's own connection.
     */
    public <T> List<T> read(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return rows(c, sql, mapper, params);
        } catch (SQLException e) {
            throw new IllegalStateException("A read failed", e);
        }
    }

    /** As {@link #one}, read as {@link #read} does. */
    public <T> Optional<T> readOne(String sql, RowMapper<T> mapper, Object... params) {
        return read(sql, mapper, params).stream().findFirst();
    }

    private static <T> List<T> rows(Connection c, String sql, RowMapper<T> mapper, Object[] params)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        return list(sql, mapper, params).stream().findFirst();
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Gives up a pooled connection that a listener (LISTEN / {@code getNotifications}, on the unwrapped driver
     * connection) held when it failed: the pool never learns that it died, and returned as it is it would be handed to
     * the next request, which would fail (a 503 seen right after PostgreSQL ended the listening backends). Aborting it
     * makes the pool destroy it instead.
     */
    public static void discard(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException e) {
            // Agroal marks the connection for destruction, then reports the abort of an already-closed connection
            Log.debug("Discarded a listening connection", e);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                bind(c, ps, i + 1, params[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    private static void bind(Connection c, PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof UUID[] ids) {
            ps.setArray(index, c.createArrayOf("uuid", ids));
        } else if (value instanceof Long[] ids) {
            ps.setArray(index, c.createArrayOf("int8", ids));
        } else if (value instanceof String[] texts) {
            ps.setArray(index, c.createArrayOf("text", texts));
        } else if (value instanceof Instant at) {
            ps.setObject(index, at.atOffset(ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            ps.setString(index, constant.name());
        } else {
            ps.setObject(index, value);
        }
    }
}
