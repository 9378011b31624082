package io.triad.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Plain SQL on the transaction's connection: rounds are rows read and written whole, with no entity state to cache. */
@ApplicationScoped
class RoundSql {
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final EntityManager em;

    RoundSql(EntityManager em) {
        this.em = em;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        });
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        return list(sql, mapper, params).stream().findFirst();
    }

    int update(String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                Object value = params[i];
                if (value instanceof String[] texts) {
                    ps.setArray(i + 1, c.createArrayOf("text", texts));
                } else if (value instanceof Long[] ids) {
                    ps.setArray(i + 1, c.createArrayOf("int8", ids));
                } else if (value instanceof Enum<?> constant) {
                    ps.setString(i + 1, constant.name());
                } else {
                    ps.setObject(i + 1, value);
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
