package io.triad.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
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

    @WithName("login-failures-per-15-min")
    @WithDefault("10")
    int loginFailuresPer15Min();

    @WithName("signups-per-hour")
    @WithDefault("20")
    int signupsPerHour();

    @WithName("session-hours")
    @WithDefault("12")
    int sessionHours();

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

    interface Admin {
        Optional<String> email();

        Optional<String> password();
    }
}
