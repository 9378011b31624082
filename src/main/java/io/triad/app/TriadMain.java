package io.triad.app;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts an embedded PostgreSQL when no JDBC URL is configured, then Quarkus with the {@code embedded}
 * profile (see {@link EmbeddedConfigSource}). A configured {@code QUARKUS_DATASOURCE_JDBC_URL} means an
 * external server and nothing is started here.
 */
@QuarkusMain
public class TriadMain {

    public static void main(String... args) {
        EmbeddedDatabase embedded = null;
        if (EmbeddedDatabase.wanted()) {
            embedded = EmbeddedDatabase.start(EmbeddedDatabase.directoryFromEnv(), 0, EmbeddedDatabase.passwordFromEnv());
            EmbeddedConfigSource.serve(embedded);
        }
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                Log.info("Stopping the embedded PostgreSQL");
                embedded.close();
            }
        }
    }
}
