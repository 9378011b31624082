package io.triad.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.QuarkusConfigBuilderCustomizer;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.triad.config.TriadConfig;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one configuration channel, read as Quarkus reads it: application.properties, the environment, and
 * the embedded database's source when TriadMain serves one. README's Configuration table says the same.
 */
class ConfigurationTest {
    private static final Map<String, String> EMBEDDED_CONNECTION = Map.of(
            "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5999/postgres",
            "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");

    @Test
    void embeddedDatabaseBringsTheDemoDataAndItsConnection() throws IOException {
        SmallRyeConfig config = config(Map.of(), true);
        TriadConfig triad = config.getConfigMapping(TriadConfig.class);

        assertThat(config.getProfiles()).contains(EmbeddedConfigSource.PROFILE);
        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class))
                .isEqualTo("jdbc:postgresql://localhost:5999/postgres");
        assertThat(triad.importing().files()).contains(List.of("classpath:data/programs.json", "classpath:data/demo.json"));
        assertThat(triad.demoAccounts()).isTrue();
        assertThat(triad.passwordHashCost()).as("only the tests lower bcrypt's cost").isEqualTo(10);
        assertThat(new Bootstrap(triad, null, null).importOwner()).contains("admin@triad.example");
    }

    @Test
    void environmentWinsOverTheEmbeddedDefaults() throws IOException {
        TriadConfig triad = config(Map.of("TRIAD_IMPORT", "/data/mine.json", "TRIAD_IMPORT_OWNER", "me@example.org",
                "TRIAD_DEMO_ACCOUNTS", "false"), true).getConfigMapping(TriadConfig.class);

        assertThat(triad.importing().files()).contains(List.of("/data/mine.json"));
        assertThat(triad.demoAccounts()).isFalse();
        assertThat(new Bootstrap(triad, null, null).importOwner()).contains("me@example.org");
    }

    @Test
    void anEmptyImportVariableTurnsTheEmbeddedImportOff() throws IOException {
        TriadConfig triad = config(Map.of("TRIAD_IMPORT", ""), true).getConfigMapping(TriadConfig.class);

        assertThat(triad.importing().files()).isEmpty();
    }

    @Test
    void externalDatabaseImportsNothingAndCreatesNoDemoAccounts() throws IOException {
        SmallRyeConfig config = config(Map.of(), false);
        TriadConfig triad = config.getConfigMapping(TriadConfig.class);

        assertThat(config.getProfiles()).doesNotContain(EmbeddedConfigSource.PROFILE);
        assertThat(triad.importing().files()).isEmpty();
        assertThat(triad.demoAccounts()).isFalse();
        assertThat(new Bootstrap(triad, null, null).importOwner()).isEmpty();
        assertThat(triad.zone()).isEqualTo(ZoneId.of("America/Toronto"));
        assertThat(triad.sessionHours()).isEqualTo(12);
        assertThat(triad.loginFailuresPer15Min()).isEqualTo(10);
    }

    @Test
    void eachSettingIsReadFromTheVariableTheReadmeNames() throws IOException {
        TriadConfig triad = config(Map.of("TRIAD_ZONE", "Europe/Paris", "TRIAD_SESSION_HOURS", "3",
                "TRIAD_LOGIN_FAILURES_PER_15_MIN", "4", "TRIAD_SIGNUPS_PER_HOUR", "5",
                "TRIAD_ADMIN_EMAIL", "ops@example.org", "TRIAD_ADMIN_PASSWORD", "operator-secret-1",
                "TRIAD_IMPORT_OWNER", "owner@example.org", "TRIAD_INDEX_DIR", "/var/lib/triad/index"), false)
                .getConfigMapping(TriadConfig.class);

        assertThat(triad.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(triad.sessionHours()).isEqualTo(3);
        assertThat(triad.loginFailuresPer15Min()).isEqualTo(4);
        assertThat(triad.signupsPerHour()).isEqualTo(5);
        assertThat(triad.admin().email()).contains("ops@example.org");
        assertThat(triad.admin().password()).contains("operator-secret-1");
        assertThat(triad.importing().owner()).contains("owner@example.org");
        assertThat(triad.index().dir()).contains(java.nio.file.Path.of("/var/lib/triad/index"));
    }

    /** Quarkus's own builder rules (profiles, relocations) over the real application.properties. */
    private static SmallRyeConfig config(Map<String, String> environment, boolean embedded) throws IOException {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultInterceptors();
        new QuarkusConfigBuilderCustomizer().configBuilder(builder);
        builder.withSources(new PropertiesConfigSource(
                ConfigurationTest.class.getClassLoader().getResource("application.properties"), 250));
        builder.withSources(new EnvConfigSource(environment, 300));
        builder.withSources(new EmbeddedConfigSource(embedded
                ? EmbeddedConfigSource.properties(EMBEDDED_CONNECTION, "prod") : Map.of()));
        return builder.withMapping(TriadConfig.class).build();
    }
}
