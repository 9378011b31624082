package io.triad.web;

import io.triad.TempTree;
import io.triad.app.EmbeddedDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/** A fresh embedded PostgreSQL per test run, in a temporary directory deleted when the run ends. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private Path directory;
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        directory = TempTree.create("triad-test-db");
        database = EmbeddedDatabase.startThrowaway(directory);
        return database.quarkusConfig();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        TempTree.delete(directory);
    }
}
