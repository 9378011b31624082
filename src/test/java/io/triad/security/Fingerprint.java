package io.triad.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A digest of everything the application stores, to prove that rejected requests changed nothing: an md5 of every
 * row of every table. Left out: the schema history; the sessions, which successful log-ins add and a scheduled job
 * purges; the change log, which a scheduled job prunes, so only its highest id counts (a write would add a row).
 */
final class Fingerprint {
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "account_session", "change_log");

    private final DataSource database;

    Fingerprint(DataSource database) {
        this.database = database;
    }

    String take() {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
                while (r.next()) {
                    if (!SKIPPED.contains(r.getString(1))) {
                        tables.add(r.getString(1));
                    }
                }
            }
            StringBuilder sql = new StringBuilder("select md5(concat_ws('|', (select coalesce(max(id), 0) from change_log)");
            for (String table : tables) {
                sql.append(", '").append(table).append("', (select md5(coalesce(string_agg(t::text, ',' order by t::text), ''))")
                        .append(" from \"").append(table).append("\" t)");
            }
            try (ResultSet r = s.executeQuery(sql.append("))").toString())) {
                r.next();
                return tables.size() + " tables " + r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
