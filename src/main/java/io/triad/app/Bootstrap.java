package io.triad.app;

import io.triad.config.TriadConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.triad.account.Account;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import io.triad.importing.StartupImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Start-up work: the operator from the environment, the demo accounts, then the start-up imports. */
@ApplicationScoped
class Bootstrap {
    /** Documented in README; only created when TRIAD_DEMO_ACCOUNTS is true (the embedded default). */
    static final String DEMO_PASSWORD = "triad-demo-2026";

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
            accounts.ensureAccount("founder@triad.example", DEMO_PASSWORD, Role.STARTUP);
            accounts.ensureAccount("student@triad.example", DEMO_PASSWORD, Role.STUDENT);
            accounts.ensureAccount("admin@triad.example", DEMO_PASSWORD, Role.PROGRAM_ADMIN);
            Log.infof("Demo accounts: founder@, student@, admin@triad.example, password %s", DEMO_PASSWORD);
        }
        config.importing().files().ifPresent(files -> importer.importAll(files,
                config.importing().owner().flatMap(Account::byEmail).orElse(null)));
    }
}
