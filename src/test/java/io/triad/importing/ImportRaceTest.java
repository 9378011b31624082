package io.triad.importing;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.account.Account;
import io.triad.domain.Role;
import io.triad.importing.ImportService.Importer;
import io.triad.importing.ImportWriter.Plan;
import io.triad.web.ProblemException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An import checks owners before its transaction and writes after (so a long validation holds no lock): what changes
 * in between is caught when it writes, under row locks, and the whole import is refused with 409. Each test stops the
 * import between its two halves and makes the change another request could make there.
 */
@QuarkusTest
@DisplayName("ASVS V15.4.2, V2.3.3: an import never writes over what changed after its checks")
class ImportRaceTest {
    @Inject
    ImportService imports;

    @Test
    @DisplayName("V15.4.2: a program another administrator created after the import's checks is not taken over")
    void aProgramCreatedBetweenCheckAndWriteIsNotTakenOver() {
        String importer = account(Role.PROGRAM_ADMIN);
        String other = account(Role.PROGRAM_ADMIN);
        String key = "between-" + unique();
        String fresh = "between-fresh-" + unique();
        Plan plan = imports.prepare(read("{\"programs\": [" + program(fresh, "Fresh") + ", "
                + program(key, "Imported") + "]}"), new Importer(accountOf(importer), null));
        jsonAs(other, program(key, "Created meanwhile")).put("/api/programs/" + key).then().statusCode(201);

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> imports.write(plan));

        assertThat(refused.status()).isEqualTo(409);
        as(other).get("/api/programs/" + key).then().statusCode(200).body("name", equalTo("Created meanwhile"));
        assertThat(as(other).get("/api/accounts/me").then().extract().jsonPath().getList("owns.programs"))
                .containsExactly(key);
        as(importer).get("/api/programs/" + fresh).then().statusCode(404);
        as(other).delete("/api/programs/" + key).then().statusCode(204);
    }

    @Test
    @DisplayName("V15.4.2: a startup that changed hands after an operator's checks keeps its new owner")
    void aStartupThatChangedHandsBetweenCheckAndWriteKeepsItsNewOwner() {
        String first = account(Role.STARTUP);
        String second = account(Role.STARTUP);
        String key = "hands-" + unique();
        jsonAs(first, startup(key, "First's")).put("/api/startups/" + key).then().statusCode(201);
        Plan plan = imports.prepare(read("{\"startups\": [" + startup(key, "Imported") + "]}"),
                new Importer(accountOf(account(Role.OPERATOR)), null));
        as(first).delete("/api/startups/" + key).then().statusCode(204);
        jsonAs(second, startup(key, "Second's")).put("/api/startups/" + key).then().statusCode(201);

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> imports.write(plan));

        assertThat(refused.status()).isEqualTo(409);
        as(second).get("/api/startups/" + key).then().statusCode(200).body("name", equalTo("Second's"));
        assertThat(as(second).get("/api/accounts/me").then().extract().jsonPath().getList("owns.startups"))
                .containsExactly(key);
        as(second).delete("/api/startups/" + key).then().statusCode(204);
    }

    @Test
    @DisplayName("V2.3.3: with nothing changed in between, the prepared import is written whole")
    void anUndisturbedImportIsWritten() {
        String admin = account(Role.PROGRAM_ADMIN);
        String key = "undisturbed-" + unique();
        jsonAs(admin, program(key, "Before")).put("/api/programs/" + key).then().statusCode(201);
        Plan plan = imports.prepare(read("{\"programs\": [" + program(key, "Imported") + "]}"),
                new Importer(accountOf(admin), null));

        assertThat(imports.write(plan).programs()).isEqualTo(1);

        as(admin).get("/api/programs/" + key).then().statusCode(200).body("name", equalTo("Imported"));
        as(admin).delete("/api/programs/" + key).then().statusCode(204);
    }

    private static Account accountOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow());
    }

    private static String program(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "kind": "GRANT", "scope": "COMPANY", "status": "DRAFT", "regions": ["XZ"],
                 "funding": {"currency": "CAD", "maxAmount": 1000}}""".formatted(key, name);
    }

    private static String startup(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "stage": "SEED", "region": "XZ", "headcount": 5,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true}""".formatted(key, name);
    }
}
