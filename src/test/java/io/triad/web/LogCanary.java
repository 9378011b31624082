package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canary of the logs: a marker that every test e-mail and name carries ({@code TestApi}'s accounts,
 * {@link PersonalDataLogPathsTest}'s values), so any of them reaching the log file of the test run is found.
 */
public final class LogCanary {
    public static final String MARKER = "canary-7f3a";
    /** The lines {@link PersonalDataLogPathsTest} logs once it has driven a path: the scan needs every one. */
    static final String DRIVEN = "Log canary path driven: ";
    static final List<String> PATHS = List.of("duplicate-sign-up", "unique-violation", "check-violation",
            "malformed-bodies", "failed-log-ins", "import-errors", "upload-errors");
    /** What looks like an e-mail address. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private LogCanary() {
    }

    /** The test run's log file (surefire and failsafe set {@code triad-test-log}). */
    static Path file() {
        return Path.of(System.getProperty("triad-test-log", "target/triad-test.log"));
    }

    static List<String> lines() {
        try {
            return Files.readAllLines(file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The test log " + file().toAbsolutePath() + " cannot be read", e);
        }
    }

    /** The lines that hold the marker in any case. */
    static List<String> withMarker(List<String> lines) {
        return lines.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains(MARKER)).toList();
    }

    /** The e-mail addresses in the lines. */
    static List<String> emails(List<String> lines) {
        return lines.stream().flatMap(line -> {
            Matcher m = EMAIL.matcher(line);
            return m.results().map(r -> r.group());
        }).toList();
    }

    /** Fails when the log so far holds a canary. */
    static void assertNotLogged() {
        assertThat(file()).as("the test log").exists();
        assertThat(withMarker(lines())).as("log lines with personal data").isEmpty();
    }
}
