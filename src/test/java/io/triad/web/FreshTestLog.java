package io.triad.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Empties the test run's log file (system property {@code triad-test-log}, set by surefire with
 * {@code triad-test-log-reset}) when a run with tests starts, before Quarkus opens it: {@link PersonalDataInLogIT}
 * then scans this run's log, not an earlier one's. Registered in META-INF/services.
 */
public final class FreshTestLog implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        String log = System.getProperty("triad-test-log");
        if (log == null || !Boolean.getBoolean("triad-test-log-reset") || !plan.containsTests()) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
