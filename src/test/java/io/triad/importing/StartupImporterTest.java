package io.triad.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.program.ProgramEntity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The files TRIAD_IMPORT names are applied at start-up in the start-up importer's transaction, with the row that
 * remembers them: the same path the embedded default takes for the seed programs and the demo set.
 */
@QuarkusTest
class StartupImporterTest {
    private static final String FILE = "classpath:import/startup-file.json";

    @Inject
    StartupImporter importer;
    @Inject
    EntityManager em;

    @Test
    void appliesAFileOnceInItsOwnTransactionAndRemembersIt() {
        importer.importAll(List.of(FILE), null);
        importer.importAll(List.of(FILE), null);

        QuarkusTransaction.requiringNew().run(() -> {
            ProgramEntity program = ProgramEntity.byKey("startup-file-import-check").orElseThrow();
            assertThat(program.doc.name()).isEqualTo("Start-up file import check");
            assertThat(program.owner).isNull();
            assertThat(em.createNativeQuery("select count(*) from applied_import where source = ?1")
                    .setParameter(1, FILE).getSingleResult()).isEqualTo(1L);
        });
    }
}
