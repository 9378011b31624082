package io.triad.placement;

import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The path of WORKFLOW.md end to end through the API: invitation, placement, applications, money and history. */
@QuarkusTest
class PlacementWorkflowTest {

    @Test
    void anInvitationAcceptedBecomesAPlacementWhoseApprovedApplicationPaysPartOfTheWages() {
        World w = new World(1, 1);
        String program = w.program("flat", "\"flatPerPlacement\": 1000", "\"capacity\": 5");
        JsonNode invitation = w.invite(0);
        assertThat(invitation.get("status").asText()).isEqualTo("INVITED");
        assertThat(invitation.get("opening").asText()).isEqualTo(w.opening);
        assertThat(invitation.get("startup").asText()).isEqualTo(w.startup);
        assertThat(invitation.get("student").asText()).isEqualTo(w.student(0));
        assertThat(invitation.get("message").asText()).isEqualTo("Join us");
        assertThat(invitation.get("expiresOn").asText()).isEqualTo(World.START);
        assertThat(invitation.get("placement").isNull()).isTrue();
        assertThat(texts(invitation.get("history"), "to")).containsExactly("INVITED");

        JsonNode accepted = w.accept(0, invitation.get("id").asText());
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        String placement = accepted.get("placement").asText();
        assertThat(texts(accepted.get("history"), "by")).containsExactly("STARTUP", "STUDENT");

        JsonNode applied = w.apply(placement, program);
        assertThat(applied.get("status").asText()).isEqualTo("PENDING");
        assertThat(applied.get("program").asText()).isEqualTo(program);
        assertThat(applied.get("placement").asText()).isEqualTo(placement);
        assertThat(applied.get("amount").isNull()).isTrue();
        assertThat(texts(applied.get("verdict"), "rule")).containsExactly("intake.opens", "intake.deadline",
                "employer.regions");
        assertThat(texts(applied.get("verdict"), "passed")).containsOnly("true");

        JsonNode approved = w.approve(applied.get("id").asText());
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("amount").toString()).isEqualTo("{\"value\":1000.00,\"currency\":\"CAD\"}");
        assertThat(texts(approved.get("history"), "to")).containsExactly("PENDING", "APPROVED");
        assertThat(texts(approved.get("history"), "by")).containsExactly("STARTUP", "PROGRAM_ADMIN");

        JsonNode seen = w.placementAs(w.founder, placement);
        assertThat(seen.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(seen.get("startDate").asText()).isEqualTo(World.START);
        assertThat(seen.get("wages").toString()).isEqualTo("{\"value\":6000.00,\"currency\":\"CAD\"}");
        assertThat(seen.get("subsidies").get("value").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(seen.get("netCost").get("value").toString()).isEqualTo("5000.00");
        assertThat(texts(seen.get("applications"), "status")).containsExactly("APPROVED");
        JsonNode asAdmin = w.placementAs(w.admin, placement);
        assertThat(asAdmin.get("subsidies").isNull()).isTrue();
        assertThat(asAdmin.get("netCost").isNull()).isTrue();
        assertThat(texts(w.placementAs(w.studentAccount(0), placement).get("history"), "to")).containsExactly("ACTIVE");
    }

    @Test
    void aFullProgramWaitlistsInAppliedOrderAndAWithdrawnApprovalReturnsTheFirstToPending() {
        World w = new World(3, 3);
        String program = w.program("one", "\"flatPerPlacement\": 1000", "\"capacity\": 1");
        List<String> applications = List.of(0, 1, 2).stream()
                .map(i -> w.apply(w.placement(i), program).get("id").asText()).toList();
        assertThat(w.approve(applications.get(0)).get("status").asText()).isEqualTo("APPROVED");
        JsonNode second = w.approve(applications.get(1));
        assertThat(second.get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(second.get("waitlistPosition").asLong()).isEqualTo(1);
        JsonNode third = w.approve(applications.get(2));
        assertThat(third.get("waitlistPosition").asLong()).isEqualTo(2);

        as(w.founder).post("/api/applications/" + applications.get(0) + "/withdraw").then().statusCode(200);
        JsonNode queue = read(as(w.admin).get("/api/programs/" + program + "/applications").then().statusCode(200)
                .extract().response());
        assertThat(texts(queue.get("items"), "status")).containsExactly("WITHDRAWN", "PENDING", "WAITLISTED");
        assertThat(queue.get("total").asLong()).isEqualTo(3);
        JsonNode back = queue.get("items").get(1);
        assertThat(texts(back.get("history"), "by")).containsExactly("STARTUP", "PROGRAM_ADMIN", "SYSTEM");
        assertThat(queue.get("items").get(2).get("waitlistPosition").asLong()).isEqualTo(1);
        assertThat(w.approve(applications.get(1)).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void theUptakeCountsApprovedPendingAndWaitlistedAgainstCapacityAndBudget() {
        World w = new World(3, 3);
        String program = w.program("budget", "\"flatPerPlacement\": 1000, \"budget\": 2500", "\"capacity\": 10");
        List<String> applications = List.of(0, 1, 2).stream()
                .map(i -> w.apply(w.placement(i), program).get("id").asText()).toList();
        w.approve(applications.get(0));
        w.approve(applications.get(1));
        assertThat(w.approve(applications.get(2)).get("status").asText()).isEqualTo("WAITLISTED");
        JsonNode uptake = read(as(w.admin).get("/api/programs/" + program + "/uptake").then().statusCode(200)
                .extract().response());
        assertThat(uptake.toString()).isEqualTo("{\"program\":\"" + program + "\",\"capacity\":10,\"approved\":2,"
                + "\"pending\":0,\"waitlisted\":1,\"placesLeft\":8,\"budget\":{\"value\":2500.00,\"currency\":\"CAD\"},"
                + "\"committed\":{\"value\":2000.00,\"currency\":\"CAD\"},"
                + "\"remaining\":{\"value\":500.00,\"currency\":\"CAD\"}}");
        jsonAs(w.admin, Map.of()).get("/api/programs/" + program + "/uptake");
    }
}
