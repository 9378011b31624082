package io.triad.startup;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.triad.web.EmbeddedPostgresResource;
import java.util.List;

/**
 * The startup and student journeys assert exact rankings and funding, so they run on a database of their
 * own: programs that other tests publish would otherwise fund their students too.
 */
public class FreshDatabaseProfile implements QuarkusTestProfile {
    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }
}
