package io.triad.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.importing.ImportService.Importer;
import io.triad.student.StudentEntity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * Resolving a document reads one row per entity it names. Had Hibernate flushed before each of those queries, it
 * would have checked every row read so far: re-importing 20,000 known students took 78 s instead of 10 s. A change
 * the transaction holds shows that no flush ran while the document was resolved.
 */
@QuarkusTest
class ImportReadsWithoutFlushingTest {
    private static final int STUDENTS = 30;

    @Inject
    ImportService imports;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Test
    void resolvingADocumentOfKnownStudentsFlushesNothingAndLeavesTheFlushModeAsItWas() throws IOException {
        JsonNode doc = students();
        imports.importDocument(doc, new Importer(null, null));
        Instant held = Instant.parse("2001-02-03T04:05:06Z");

        QuarkusTransaction.requiringNew().run(() -> {
            StudentEntity first = StudentEntity.byKey("flush-probe-0").orElseThrow();
            Instant stored = first.updatedAt;
            first.updatedAt = held;

            ImportWriter.Plan plan = imports.prepare(doc, new Importer(null, null));

            assertThat(plan).isNotNull();
            assertThat(updatedAtInThisTransaction(first.id)).isEqualTo(stored);
            assertThat(em.unwrap(Session.class).getHibernateFlushMode()).isEqualTo(FlushMode.AUTO);
            em.flush();
            assertThat(updatedAtInThisTransaction(first.id)).isEqualTo(held);
            first.updatedAt = stored;
        });
    }

    /** The column as this transaction's connection reads it, without Hibernate flushing first. */
    private Instant updatedAtInThisTransaction(long id) {
        AtomicReference<Instant> read = new AtomicReference<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("select updated_at from student where id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    Timestamp at = rs.getTimestamp(1);
                    read.set(at.toInstant());
                }
            }
        });
        return read.get();
    }

    /** The example document's student under {@value #STUDENTS} keys of its own, alone in a document. */
    private JsonNode students() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("import/example.json")) {
            JsonNode example = json.readTree(in);
            ArrayNode students = json.createArrayNode();
            for (int i = 0; i < STUDENTS; i++) {
                students.add(((ObjectNode) example.get("students").get(0).deepCopy()).put("key", "flush-probe-" + i));
            }
            ObjectNode doc = json.createObjectNode();
            doc.set("students", students);
            return doc;
        }
    }
}
