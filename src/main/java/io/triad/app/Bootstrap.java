package io.triad.app;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.triad.account.Account;
import io.triad.account.AccountService;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
import io.triad.importing.StartupImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Optional;

/** Start-up work: the operator from the environment, the demo accounts, then the start-up imports. */
@ApplicationScoped
class Bootstrap {
    /** The demo accounts the README documents: the only place production code names them. */
    enum DemoAccount {
        FOUNDER("founder@triad.example", Role.STARTUP),
        STUDENT("student@triad.example", Role.STUDENT),
        ADMIN("admin@triad.example", Role.PROGRAM_ADMIN);

        static final String PASSWORD = "triad-demo-2026";

        final String email;
        final Role role;

        DemoAccount(String email, Role role) {
            this.email = email;
            this.role = role;
        }
    }

    private final TriadConfig config;
    private final AccountService accounts;
    private final StartupImporter importer;

    Bootstrap(TriadConfig config, AccountService accounts, StartupImporter importer) {
        this.config = config;
        this.accounts = accounts;
        this.importer = importer;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.admin().email().isPresent() && config.admin().password().isPresent()) {
            accounts.ensureAccount(config.admin().email().get(), config.admin().password().get(), Role.OPERATOR);
        }
        if (config.demoAccounts()) {
            for (DemoAccount demo : DemoAccount.values()) {
                accounts.ensureAccount(demo.email, DemoAccount.PASSWORD, demo.role);
            }
            Log.infof("Demo accounts: %s, password %s",
                    Arrays.stream(DemoAccount.values()).map(demo -> demo.email).toList(), DemoAccount.PASSWORD);
        }
        config.importing().files().ifPresent(files -> importer.importAll(files,
                importOwner().flatMap(Account::byEmail).orElse(null)));
    }

    /** The configured owner; without one, the demo data's programs belong to the demo program administrator. */
    Optional<String> importOwner() {
        return config.importing().owner().or(() -> config.demoAccounts()
                ? Optional.of(DemoAccount.ADMIN.email) : Optional.empty());
    }
}
