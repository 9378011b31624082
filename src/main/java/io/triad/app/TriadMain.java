package io.triad.app;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Starts an embedded PostgreSQL when no JDBC URL is configured, then Quarkus with the {@code embedded}
 * profile (see {@link EmbeddedConfigSource}). A configured {@code QUARKUS_DATASOURCE_JDBC_URL} means an
 * external server and nothing is started here.
 * <p>
 * The database stops after Quarkus, however Triad ends: Quarkus calls its exit handler once it has stopped (it
 * never returns from {@code run}), and on a SIGTERM a shutdown hook keeps the JVM alive until that is done. A
 * SIGKILL leaves that to the database's watchdog and the next start.
 */
@QuarkusMain
public class TriadMain {
    /** At most this long a SIGTERM waits for the database to stop; then the watchdog takes over. */
    private static final long STOP_SECONDS = 30;

    public static void main(String... args) {
        CdsLinking.atExitIfRecording(TriadMain.class.getClassLoader());
        if (SnapshotCommand.handles(args)) {
            System.exit(SnapshotCommand.run(args[0], java.nio.file.Path.of(args[1])));
        }
        // the AppCDS archive is recorded by a run that stops before any connection: it needs no database
        if (EmbeddedDatabase.wanted() && !Boolean.getBoolean("quarkus.appcds.generate")) {
            EmbeddedDatabase.Background embedded = EmbeddedDatabase.startInBackground(
                    EmbeddedDatabase.directoryFromEnv(), EmbeddedDatabase.passwordFromEnv());
            EmbeddedConfigSource.serve(embedded.quarkusConfig());
            stopAfterQuarkus(embedded);
        }
        Quarkus.run(args);
    }

    private static void stopAfterQuarkus(EmbeddedDatabase.Background embedded) {
        CountDownLatch stopped = new CountDownLatch(1);
        BiConsumer<Integer, Throwable> exit = ApplicationLifecycleManager.getDefaultExitCodeHandler();
        ApplicationLifecycleManager.setDefaultExitCodeHandler((code, error) -> {
            try {
                embedded.close();
            } finally {
                stopped.countDown();
            }
            exit.accept(code, error);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stopped.await(STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "triad-database-stop"));
    }
}
