package io.triad.importing;

import io.triad.account.OwnedEntity;
import io.triad.web.ProblemException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an import's programs, startups or students only if each row is still as {@link ImportService}'s owner checks
 * saw it (same owner, or still absent): those checks run before the import's transaction, without locks, so that a
 * long validation holds nothing up; this is where they are made to hold. The existing rows are locked first, the new
 * ones inserted only where no other transaction has taken the key since; anything else changed in between answers
 * 409 and the whole import rolls back.
 */
final class CheckedUpsert {
    /** Locked in key order, so two imports cannot deadlock, until the import commits. */
    private static final String LOCK = "select key, owner_id from %s where key = any(?::text[]) order by key for update";
    private static final String UPDATE = """
            update %s t set owner_id = r.owner_id, doc = r.doc::jsonb, updated_at = now()
            from unnest(?::text[], ?::bigint[], ?::text[]) as r(key, owner_id, doc) where t.key = r.key""";
    private static final String INSERT = """
            insert into %s (owner_id, doc, updated_at)
            select owner_id, doc::jsonb, now() from unnest(?::bigint[], ?::text[]) as r(owner_id, doc)
            on conflict (key) do nothing returning key""";

    /** What the owner checks saw of a key: whether its row existed and who owned it (null: operator-managed). */
    record Seen(boolean exists, Long owner) {
        static final Seen ABSENT = new Seen(false, null);

        static Seen of(Optional<? extends OwnedEntity> existing) {
            return existing.map(e -> new Seen(true, e.owner == null ? null : e.owner.id)).orElse(ABSENT);
        }
    }

    /** A row of programs, startups or students ready to write: its document as stored, its owner's account id. */
    interface Row {
        String key();

        Long owner();

        String doc();

        Seen seen();
    }

    private CheckedUpsert() {
    }

    /** Creates or replaces the rows of {@code table} (program, startup or student), all of them or none. */
    static void write(Connection c, String table, List<? extends Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Seen> now = lock(c, table, rows);
        List<Row> replaced = new ArrayList<>();
        List<Row> created = new ArrayList<>();
        for (Row row : rows) {
            if (!now.getOrDefault(row.key(), Seen.ABSENT).equals(row.seen())) {
                throw changedMeanwhile(table, row.key());
            }
            (row.seen().exists() ? replaced : created).add(row);
        }
        if (!replaced.isEmpty()) {
            ImportWriter.execute(c, UPDATE.formatted(table), ImportWriter.texts(c, replaced, Row::key),
                    ImportWriter.owners(c, replaced, Row::owner), ImportWriter.texts(c, replaced, Row::doc));
        }
        Set<String> inserted = insert(c, table, created);
        for (Row row : created) {
            if (!inserted.contains(row.key())) {
                throw changedMeanwhile(table, row.key());
            }
        }
    }

    /** The rows of these keys that exist, locked, as they are now. */
    private static Map<String, Seen> lock(Connection c, String table, List<? extends Row> rows) throws SQLException {
        Map<String, Seen> now = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(LOCK.formatted(table))) {
            ps.setArray(1, ImportWriter.texts(c, rows, Row::key));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    now.put(rs.getString(1), new Seen(true, rs.getObject(2, Long.class)));
                }
            }
        }
        return now;
    }

    /** The keys inserted: those no other transaction took first. */
    private static Set<String> insert(Connection c, String table, List<Row> rows) throws SQLException {
        Set<String> inserted = new HashSet<>();
        if (rows.isEmpty()) {
            return inserted;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT.formatted(table))) {
            ps.setArray(1, ImportWriter.owners(c, rows, Row::owner));
            ps.setArray(2, ImportWriter.texts(c, rows, Row::doc));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
        }
        return inserted;
    }

    private static ProblemException changedMeanwhile(String table, String key) {
        return ProblemException.conflict("The " + table + " '" + key + "' was created, deleted or changed hands while "
                + "this import was being checked; nothing was imported: try again");
    }
}
