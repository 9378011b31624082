package io.triad.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Triad's own settings. Each property's environment variable is its name in capitals ({@code triad.import}:
 * TRIAD_IMPORT, see README) and its default is written here once; application.properties only holds
 * what differs by profile ({@code %embedded.}, {@code %test.}).
 */
@ConfigMapping(prefix = "triad")
public interface TriadConfig {

    /** TRIAD_ZONE: the zone whose date is "today" for eligibility. */
    @WithDefault("America/Toronto")
    ZoneId zone();

    @WithParentName
    Import importing();

    /** TRIAD_DEMO_ACCOUNTS: create the documented demo accounts (on in the embedded profile). */
    @WithName("demo-accounts")
    @WithDefault("false")
    boolean demoAccounts();

    Admin admin();

    Index index();

    /** TRIAD_LOGIN_FAILURES_PER_15_MIN: failed log-ins for one (email, client address) before 429. */
    @WithName("login-failures-per-15-min")
    @WithDefault("10")
    int loginFailuresPer15Min();

    /** TRIAD_LOGIN_FAILURES_PER_EMAIL_PER_15_MIN: failed log-ins for one email from all addresses before 429. */
    @WithName("login-failures-per-email-per-15-min")
    @WithDefault("100")
    int loginFailuresPerEmailPer15Min();

    /**
     * TRIAD_THROTTLE_SUBJECTS: how many emails, (email, address) pairs and sign-up addresses each throttle tracks at
     * most; beyond, the one seen least recently is forgotten, so an attacker cannot fill the memory.
     */
    @WithName("throttle-subjects")
    @WithDefault("50000")
    int throttleSubjects();

    @WithName("signups-per-hour")
    @WithDefault("20")
    int signupsPerHour();

    /** TRIAD_SESSION_HOURS: a session's absolute lifetime. */
    @WithName("session-hours")
    @WithDefault("12")
    int sessionHours();

    /** TRIAD_SESSION_IDLE_MINUTES: a session ends after this long without a request. */
    @WithName("session-idle-minutes")
    @WithDefault("30")
    int sessionIdleMinutes();

    /**
     * bcrypt's cost (log2 of its rounds) for new password hashes; each hash keeps its own, so a change applies to
     * passwords set after it. The tests lower it: every HTTP Basic request checks a hash.
     */
    @WithName("password-hash-cost")
    @WithDefault("10")
    int passwordHashCost();

    default LocalDate today() {
        return LocalDate.now(zone());
    }

    interface Import {
        /** TRIAD_IMPORT: files applied at start-up ("classpath:" or a path), each once per content. */
        @WithName("import")
        Optional<List<String>> files();

        /**
         * TRIAD_IMPORT_OWNER: the account owning what those files import without an owner. Unset while the
         * demo accounts are on, that is the demo program administrator (app/Bootstrap).
         */
        @WithName("import-owner")
        Optional<String> owner();
    }

    /** The search index's follower (TRIAD_INDEX_...: e.g. TRIAD_INDEX_CHANGE_LOG_RETENTION=PT6H). */
    interface Index {
        /**
         * TRIAD_INDEX_DIR: where the search indexes live, each process in a subdirectory of its own (owner-only,
         * locked while it runs, deleted on a clean stop; what a killed one left is deleted at the next start).
         * Default: ~/.triad/index.
         */
        Optional<java.nio.file.Path> dir();

        /** How long a request that saved waits for this instance's index to show the change before answering. */
        @WithDefault("PT2S")
        Duration readYourWritesWait();

        /** The pause after a failed start-up rebuild; it doubles after each failure up to the longest. */
        @WithDefault("PT1S")
        Duration rebuildRetryFirst();

        @WithDefault("PT1M")
        Duration rebuildRetryLongest();

        /**
         * change_log rows are deleted once this instance applied them at least this long ago: the margin for other
         * instances on the same database, which must not be further behind.
         */
        @WithDefault("PT1H")
        Duration changeLogRetention();

        /** How often the follower's position is sampled for pruning (so rows go at most this long late). */
        @WithDefault("PT5M")
        Duration pruneEvery();
    }

    interface Admin {
        Optional<String> email();

        Optional<String> password();
    }
}
