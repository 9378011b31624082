package io.triad.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.triad.TestApi;
import io.triad.web.EmbeddedPostgresResource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The embedded default's demo (demo accounts, seed programs and demo data, on a database of its own): each demo
 * account sees the workflow at once, with invitations, placements and applications in every state.
 */
@QuarkusTest
@TestProfile(DemoWorkflowTest.Demo.class)
class DemoWorkflowTest {
    private static final String PASSWORD = "triad-demo-2026";

    public static final class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triad.demo-accounts", "true",
                    "triad.import", "classpath:data/programs.json,classpath:data/demo.json");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
        }
    }

    @Test
    void everyDemoAccountSeesTheWorkflowInEveryState() {
        JsonNode sent = get("founder@triad.example", "/api/invitations?limit=100");
        assertThat(statuses(sent.get("items"))).contains("INVITED", "ACCEPTED", "DECLINED", "WITHDRAWN");
        JsonNode placements = get("founder@triad.example", "/api/placements?limit=100");
        assertThat(statuses(placements.get("items"))).containsOnly("ACTIVE", "CANCELLED");
        Set<String> applications = new HashSet<>();
        placements.get("items").forEach(p -> applications.addAll(statuses(p.get("applications"))));
        assertThat(applications).containsExactlyInAnyOrder("APPROVED", "PENDING", "WAITLISTED", "REFUSED", "WITHDRAWN");

        JsonNode received = get("student@triad.example", "/api/invitations");
        assertThat(statuses(received.get("items"))).containsExactlyInAnyOrder("INVITED", "ACCEPTED");
        assertThat(get("student@triad.example", "/api/placements").get("total").asLong()).isEqualTo(1);

        JsonNode pilot = get("admin@triad.example", "/api/programs/" + DemoWorkflow.PILOT + "/applications");
        assertThat(statuses(pilot.get("items"))).contains("APPROVED", "WAITLISTED");
        assertThat(get("admin@triad.example", "/api/programs/" + DemoWorkflow.PILOT + "/uptake").get("placesLeft")
                .asLong()).isZero();
    }

    private static Set<String> statuses(JsonNode items) {
        return new HashSet<>(TestApi.texts(items, "status"));
    }

    private static JsonNode get(String email, String path) {
        return TestApi.read(given().auth().preemptive().basic(email, PASSWORD).get(path).then().statusCode(200)
                .extract().response());
    }
}
