package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scans the log of the whole surefire run (ASVS 5.0 V16.2.5: no sensitive data in logs) after it: no line holds the
 * canary that every test e-mail and name carries, and no e-mail address but the documented demo accounts'. The log
 * must exist and hold what {@link PersonalDataLogPathsTest} logs once it drove each path, so the scan cannot pass on
 * an empty or foreign file: run it after the suite ({@code ./mvnw -B verify}).
 */
class PersonalDataInLogIT {
    /** Addresses that are not personal data: the demo accounts README documents (app/Bootstrap). */
    private static final Set<String> ALLOWED = Set.of("founder@triad.example", "student@triad.example",
            "admin@triad.example");

    @Test
    @DisplayName("V16.2.5: the test run's log holds no canary and no e-mail address")
    void v16_testRunLogHoldsNoPersonalData() throws Exception {
        assertThat(LogCanary.file()).as("the test run's log (run the surefire suite first)").exists();
        assertThat(Files.size(LogCanary.file())).as("size of " + LogCanary.file()).isPositive();
        List<String> lines = LogCanary.lines();
        for (String path : LogCanary.PATHS) {
            assertThat(lines).as("the log of a run that drove " + path)
                    .anyMatch(l -> l.contains(LogCanary.DRIVEN + path));
        }
        assertThat(LogCanary.withMarker(lines)).as("log lines with a canary").isEmpty();
        assertThat(LogCanary.emails(lines).stream()
                .filter(e -> !ALLOWED.contains(e.toLowerCase(Locale.ROOT))))
                .as("e-mail addresses in the log").isEmpty();
    }
}
