package io.triad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backup and restore of all Triad's data without pg_dump: every table, read in one repeatable-read transaction (one
 * consistent snapshot, taken while Triad runs), with PostgreSQL's COPY, into a zip file with a manifest (schema
 * version, tables, columns, row counts). Not kept: sessions (everyone signs in again) and the change log (the search
 * index is rebuilt from the tables at every start). A restore replaces everything in a database whose schema is at
 * the backup's version, in one transaction, then moves the identity sequences past the restored ids.
 */
final class Snapshot {
    static final String FORMAT = "triad-snapshot-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rebuilt or ephemeral: emptied by a restore, never written to a backup. */
    private static final List<String> LEFT_OUT = List.of("change_log", "account_session", "flyway_schema_history");
    /** Every table, parents before children (a foreign key's target first), so a restore meets no missing row. */
    private static final String TABLES = """
            with recursive t as (
              select c.oid, c.relname, 0 as depth from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = current_schema() and c.relkind = 'r'
              union all
              select k.conrelid, c.relname, t.depth + 1 from t join pg_constraint k on k.confrelid = t.oid
                and k.contype = 'f' and k.conrelid <> k.confrelid join pg_class c on c.oid = k.conrelid
              where t.depth < 20)
            select relname from t group by relname order by max(depth), relname""";
    private static final String COLUMNS = "select column_name from information_schema.columns where table_schema = "
            + "current_schema() and table_name = ? and is_generated = 'NEVER' order by ordinal_position";

    private Snapshot() {
    }

    /** Writes every table to {@code file} from one snapshot; answers the row counts by table. */
    static Map<String, Long> backup(Connection c, Path file) throws SQLException, IOException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> counts = new LinkedHashMap<>();
        ObjectNode manifest = JSON.createObjectNode().put("format", FORMAT).put("schemaVersion", schemaVersion(c))
                .put("createdAt", Instant.now().toString());
        ArrayNode tables = manifest.putArray("tables");
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (String table : tables(c)) {
                if (LEFT_OUT.contains(table)) {
                    continue;
                }
                List<String> columns = columns(c, table);
                zip.putNextEntry(new ZipEntry(table + ".tsv"));
                long rows = copy.copyOut("copy " + quote(table) + " (" + String.join(", ", columns.stream()
                        .map(Snapshot::quote).toList()) + ") to stdout", new FilterOutputStream(zip) {
                            @Override
                            public void close() {
                            }
                        });
                zip.closeEntry();
                counts.put(table, rows);
                ObjectNode entry = tables.addObject().put("name", table).put("rows", rows);
                columns.forEach(entry.putArray("columns")::add);
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
        } finally {
            c.rollback();
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return counts;
    }

    /** Replaces every table's rows with the backup's, in one transaction; answers the row counts by table. */
    static Map<String, Long> restore(Connection c, Path file) throws SQLException, IOException {
        JsonNode manifest = manifest(file);
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new IllegalArgumentException(file + " is not a Triad backup");
        }
        String version = schemaVersion(c);
        if (!version.equals(manifest.path("schemaVersion").asText())) {
            throw new IllegalArgumentException("The backup's schema is version " + manifest.path("schemaVersion").asText()
                    + ", this database's " + version + ": restore with the Triad version that made it");
        }
        c.setAutoCommit(false);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            List<String> all = tables(c);
            s.execute("truncate " + String.join(", ", all.stream().map(Snapshot::quote).toList()) + " restart identity");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String table = entry.getName().replaceFirst("\\.tsv$", "");
                    JsonNode described = describedTable(manifest, table);
                    if (described == null) {
                        continue;
                    }
                    List<String> columns = new ArrayList<>();
                    described.path("columns").forEach(col -> columns.add(quote(col.asText())));
                    counts.put(table, copy.copyIn("copy " + quote(table) + " (" + String.join(", ", columns)
                            + ") from stdin", new FilterInputStream(zip) {
                                @Override
                                public void close() {
                                }
                            }));
                }
            }
            resetIdentities(c);
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        return counts;
    }

    private static JsonNode describedTable(JsonNode manifest, String table) {
        for (JsonNode described : manifest.path("tables")) {
            if (described.path("name").asText().equals(table)) {
                return described;
            }
        }
        return null;
    }

    private static JsonNode manifest(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("manifest.json")) {
                    return JSON.readTree(zip.readAllBytes());
                }
            }
        }
        throw new IllegalArgumentException(file + " has no manifest: not a complete Triad backup");
    }

    private static void resetIdentities(Connection c) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select table_name, column_name from "
                + "information_schema.columns where table_schema = current_schema() and is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] identity : identities) {
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('" + quote(identity[0]) + "', '" + identity[1]
                        + "'), coalesce(max(" + quote(identity[1]) + "), 0) + 1, false) from " + quote(identity[0]));
            }
        }
    }

    /** Every table of Triad's (Flyway's own history aside), parents first. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TABLES)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        tables.remove("flyway_schema_history");
        return tables;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** The newest migration applied: a backup restores only into the same schema. */
    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version from flyway_schema_history"
                + " where success order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalArgumentException("This database has no Triad schema: start Triad on it once first");
            }
            return rs.getString(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
