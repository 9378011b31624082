package io.triad.app;

import io.quarkus.runtime.LaunchMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * How Quarkus learns that TriadMain started the embedded PostgreSQL: the connection to it, and the
 * {@code embedded} profile on top of the launch mode's own, which turns on the laptop defaults written in
 * application.properties ({@code %embedded.}). Registered through META-INF/services; it is empty unless
 * {@link #serve} was called, so tests and external databases never see it.
 * <p>
 * Its ordinal sits above application.properties and below the environment: a variable always wins.
 * An explicit QUARKUS_PROFILE therefore replaces the profiles given here; add {@code embedded} to it
 * to keep the laptop defaults.
 */
public class EmbeddedConfigSource implements ConfigSource {
    static final String PROFILE = "embedded";
    private static final String PROFILE_PROPERTY = "quarkus.profile";
    private static volatile Map<String, String> served = Map.of();

    private final Map<String, String> properties;

    /** The instance Quarkus loads: whatever TriadMain served before starting it. */
    public EmbeddedConfigSource() {
        this(served);
    }

    EmbeddedConfigSource(Map<String, String> properties) {
        this.properties = properties;
    }

    /** Called by TriadMain before Quarkus starts, with the connection to the embedded database (starting). */
    static void serve(Map<String, String> connection) {
        served = properties(connection, LaunchMode.current().getDefaultProfile());
    }

    static Map<String, String> properties(Map<String, String> connection, String launchProfile) {
        Map<String, String> all = new HashMap<>(connection);
        all.put(PROFILE_PROPERTY, launchProfile + "," + PROFILE);
        return Map.copyOf(all);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "EmbeddedPostgreSQL";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
