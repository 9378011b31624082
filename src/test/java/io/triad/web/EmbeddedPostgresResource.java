package io.triad.web;

import io.triad.app.EmbeddedDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A fresh embedded PostgreSQL per test run, in a temporary directory. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.startThrowaway(Files.createTempDirectory("triad-test-db"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return database.quarkusConfig();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
