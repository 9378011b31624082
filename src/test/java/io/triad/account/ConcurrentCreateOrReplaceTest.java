package io.triad.account;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.triad.account.Race.Attempt;
import io.triad.account.Race.Outcome;
import io.triad.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two accounts race {@value #WRITERS} writers at one key, {@value #ROUNDS} rounds per case: whatever the timing, the
 * row ends with exactly one owner, the account whose requests were answered 2xx, holding one of its documents; the
 * other account's requests get what API.md gives for someone else's key (or 409), and nothing gets a 5xx. The
 * figures are printed at the end (ConcurrentCreateOrReplaceTest: rounds, requests, 5xx).
 */
@QuarkusTest
@DisplayName("ASVS V2.3.3, V2.3.4, V8.2.2, V15.4.2, V16.5.3: concurrent create-or-replace")
class ConcurrentCreateOrReplaceTest {
    static final int ROUNDS = 20;
    static final int WRITERS = 50;
    private static final String PROBLEM = "application/problem+json";

    /** What races: the role that may write it, where, and what a writer that does not own it may be answered. */
    enum Kind {
        STARTUP(Role.STARTUP, "/api/startups/", Set.of(403, 409)),
        STUDENT(Role.STUDENT, "/api/students/", Set.of(404, 409)),
        DRAFT_PROGRAM(Role.PROGRAM_ADMIN, "/api/programs/", Set.of(404, 409)),
        PUBLISHED_PROGRAM(Role.PROGRAM_ADMIN, "/api/programs/", Set.of(403, 409));

        final Role role;
        final String path;
        final Set<Integer> refused;

        Kind(Role role, String path, Set<Integer> refused) {
            this.role = role;
            this.path = path;
            this.refused = refused;
        }

        String doc(String key, String name) {
            return switch (this) {
                case STARTUP -> startup(key, name, "");
                case STUDENT -> """
                        {"key": "%s", "name": "%s", "email": "%s@example.org", "field": "COMPUTER_SCIENCE",
                         "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON",
                         "availableFrom": "2027-05-01", "availableUntil": "2027-09-30"}""".formatted(key, name, key);
                case DRAFT_PROGRAM -> program(key, name, "DRAFT");
                case PUBLISHED_PROGRAM -> program(key, name, "PUBLISHED");
            };
        }
    }

    private Race race;

    @BeforeEach
    void start() {
        race = new Race(WRITERS);
    }

    @AfterEach
    void stop() {
        race.close();
    }

    @AfterAll
    static void report() {
        System.out.printf("ConcurrentCreateOrReplaceTest: %d rounds of %d writers, %d requests, %d answered 5xx%n",
                Race.ROUNDS.get(), WRITERS, Race.REQUESTS.get(), Race.SERVER_ERRORS.get());
    }

    @Test
    @DisplayName("V15.4.2, V8.2.2: two founders racing to create one startup key leave it to the one answered 2xx")
    void racingFoundersLeaveTheStartupToTheWinner() {
        for (int round = 0; round < ROUNDS; round++) {
            createRace(Kind.STARTUP, false);
        }
    }

    @Test
    @DisplayName("V15.4.2, V8.2.2: two students racing to create one profile key leave it to the one answered 2xx")
    void racingStudentsLeaveTheProfileToTheWinner() {
        for (int round = 0; round < ROUNDS; round++) {
            createRace(Kind.STUDENT, false);
        }
    }

    @Test
    @DisplayName("V15.4.2, V8.2.2, V2.3.3: two administrators racing PUTs and imports of one program key: one owner")
    void racingAdministratorsLeaveTheProgramToTheWinnerThroughPutsAndImports() {
        for (int round = 0; round < ROUNDS; round++) {
            createRace(round % 2 == 0 ? Kind.DRAFT_PROGRAM : Kind.PUBLISHED_PROGRAM, true);
        }
    }

    @Test
    @DisplayName("V15.4.2, V8.2.2: an owner's replaces racing another account's creates never change the owner")
    void anOwnersReplacesRacingAnotherAccountsCreatesKeepTheOwner() {
        for (int round = 0; round < ROUNDS; round++) {
            replaceRace(Kind.values()[round % Kind.values().length]);
        }
    }

    /** Fewer rounds: every write of a startup with an opening waits for the index to show it, which takes longer. */
    @Test
    @DisplayName("V2.3.4, V15.4.2: two startups racing to claim one new opening key: exactly one holds it")
    void racingStartupsClaimAnOpeningKeyOnce() {
        for (int round = 0; round < ROUNDS / 2; round++) {
            openingRace();
        }
    }

    /** A new key; half the writers are one account, half another; half the program writers import instead. */
    private void createRace(Kind kind, boolean imports) {
        String first = account(kind.role);
        String second = account(kind.role);
        String key = "race-" + kind.name().toLowerCase().replace('_', '-') + "-" + unique();
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String writer = i % 2 == 0 ? first : second;
            String name = (writer.equals(first) ? "First " : "Second ") + i;
            attempts.add(imports && i % 4 >= 2
                    ? new Attempt(writer, name, "POST", "/api/import", "{\"programs\": [" + kind.doc(key, name) + "]}")
                    : new Attempt(writer, name, "PUT", kind.path + key, kind.doc(key, name)));
        }
        List<Outcome> outcomes = race.run(attempts);
        String winner = onlyWinner(outcomes, key);
        String loser = winner.equals(first) ? second : first;
        List<Outcome> created = outcomes.stream().filter(o -> o.status() == 201).toList();
        assertThat(created).as("one creation at most, the winner's: %s", outcomes).hasSizeLessThanOrEqualTo(1)
                .allMatch(o -> o.attempt().account().equals(winner));
        assertThat(of(outcomes, winner)).as("the winner's answers: %s", outcomes)
                .allMatch(o -> Set.of(200, 201, 409).contains(o.status()));
        assertThat(of(outcomes, loser)).as("the loser's answers: %s", outcomes)
                .allMatch(o -> kind.refused.contains(o.status()));
        assertHeldBy(kind, key, winner, loser, outcomes);
    }

    /** An existing row: its owner replaces it with half the writers while another account tries to create it. */
    private void replaceRace(Kind kind) {
        String owner = account(kind.role);
        String other = account(kind.role);
        String key = "race-replace-" + kind.name().toLowerCase().replace('_', '-') + "-" + unique();
        Outcome created = race.send(new Attempt(owner, "Original", "PUT", kind.path + key, kind.doc(key, "Original")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String writer = i % 2 == 0 ? owner : other;
            String name = (writer.equals(owner) ? "Owner " : "Other ") + i;
            attempts.add(new Attempt(writer, name, "PUT", kind.path + key, kind.doc(key, name)));
        }
        List<Outcome> outcomes = race.run(attempts);
        assertThat(onlyWinner(outcomes, key)).isEqualTo(owner);
        assertThat(of(outcomes, owner)).as("the owner's answers: %s", outcomes)
                .allMatch(o -> o.status() == 200 || o.status() == 409);
        assertThat(of(outcomes, other)).as("the other account's answers: %s", outcomes)
                .allMatch(o -> kind.refused.contains(o.status()));
        assertHeldBy(kind, key, owner, other, outcomes);
    }

    /** Two founders, a startup each, both PUT their startup with the same new opening key. */
    private void openingRace() {
        String first = account(Role.STARTUP);
        String second = account(Role.STARTUP);
        String s = unique();
        String opening = "race-opening-" + s;
        String firstKey = "race-first-" + s;
        String secondKey = "race-second-" + s;
        assertThat(race.send(new Attempt(first, "", "PUT", "/api/startups/" + firstKey, startup(firstKey, "First", "")))
                .status()).isEqualTo(201);
        assertThat(race.send(new Attempt(second, "", "PUT", "/api/startups/" + secondKey,
                startup(secondKey, "Second", ""))).status()).isEqualTo(201);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String writer = i % 2 == 0 ? first : second;
            String key = writer.equals(first) ? firstKey : secondKey;
            String name = (writer.equals(first) ? "First " : "Second ") + i;
            attempts.add(new Attempt(writer, name, "PUT", "/api/startups/" + key, startup(key, name, opening)));
        }
        List<Outcome> outcomes = race.run(attempts);
        String winner = onlyWinner(outcomes, opening);
        String loser = winner.equals(first) ? second : first;
        assertThat(of(outcomes, loser)).as("the loser's answers: %s", outcomes)
                .allMatch(o -> o.status() == 400 || o.status() == 409);
        JsonPath won = as(winner).get("/api/startups/" + (winner.equals(first) ? firstKey : secondKey))
                .then().statusCode(200).extract().jsonPath();
        assertThat(won.getList("openings.key")).containsExactly(opening);
        JsonPath lost = as(loser).get("/api/startups/" + (loser.equals(first) ? firstKey : secondKey))
                .then().statusCode(200).extract().jsonPath();
        assertThat(lost.getList("openings")).isEmpty();
        as(first).delete("/api/startups/" + firstKey).then().statusCode(204);
        as(second).delete("/api/startups/" + secondKey).then().statusCode(204);
    }

    /** The one account with 2xx answers; every answer was below 500 and every refusal a problem document. */
    private static String onlyWinner(List<Outcome> outcomes, String key) {
        assertThat(outcomes).as("no 5xx racing for %s: %s", key, outcomes).allMatch(o -> o.status() < 500);
        assertThat(outcomes).as("refusals are problem documents").filteredOn(o -> !o.ok())
                .allMatch(o -> o.contentType().startsWith(PROBLEM));
        Set<String> winners = outcomes.stream().filter(Outcome::ok).map(o -> o.attempt().account())
                .collect(Collectors.toSet());
        assertThat(winners).as("accounts answered 2xx racing for %s: %s", key, outcomes).hasSize(1);
        return winners.iterator().next();
    }

    /** The database after the race: the winner owns the key, the loser does not, the document is one the winner sent. */
    private static void assertHeldBy(Kind kind, String key, String winner, String loser, List<Outcome> outcomes) {
        String owns = kind == Kind.STARTUP ? "owns.startups" : kind == Kind.STUDENT ? "owns.students" : "owns.programs";
        assertThat(as(winner).get("/api/accounts/me").then().statusCode(200).extract().jsonPath().getList(owns))
                .containsExactly(key);
        assertThat(as(loser).get("/api/accounts/me").then().statusCode(200).extract().jsonPath().getList(owns))
                .doesNotContain(key);
        Set<String> sent = outcomes.stream().filter(Outcome::ok).map(o -> o.attempt().name())
                .collect(Collectors.toSet());
        String stored = as(winner).get(kind.path + key).then().statusCode(200).extract().jsonPath().getString("name");
        assertThat(sent).as("the names the winner was answered 2xx for").contains(stored);
        as(loser).get(kind.path + key).then().statusCode(kind == Kind.PUBLISHED_PROGRAM ? 200
                : kind == Kind.STARTUP ? 403 : 404);
        // leaves nothing behind for other tests' matches and directory
        as(winner).delete(kind.path + key).then().statusCode(204);
    }

    private static List<Outcome> of(List<Outcome> outcomes, String account) {
        return outcomes.stream().filter(o -> o.attempt().account().equals(account)).toList();
    }

    private static String startup(String key, String name, String opening) {
        String openings = opening.isEmpty() ? "[]" : """
                [{"key": "%s", "title": "Race", "startDate": "2098-03-02", "weeks": 12, "hoursPerWeek": 40,
                  "hourlyWage": 20, "workMode": "REMOTE", "skills": ["racing"]}]""".formatted(opening);
        return """
                {"key": "%s", "name": "%s", "stage": "SEED", "region": "XZ", "headcount": 5,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "openings": %s}"""
                .formatted(key, name, openings);
    }

    /** A company program for a region no startup is in: it never takes part in other tests' results. */
    private static String program(String key, String name, String status) {
        return """
                {"key": "%s", "name": "%s", "kind": "GRANT", "scope": "COMPANY", "status": "%s", "regions": ["XZ"],
                 "employer": {"regions": ["XZ-Q"]}, "funding": {"currency": "CAD", "maxAmount": 1000}}"""
                .formatted(key, name, status);
    }
}
