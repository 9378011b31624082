package io.triad.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.TempTree;
import io.triad.TestApi;
import io.triad.app.EmbeddedDatabase;
import io.triad.placement.Race.Answer;
import io.triad.placement.Race.Shot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The bounds across two packaged Triad instances on one PostgreSQL: 200 concurrent approvals (alternating between the
 * instances) against capacity 5 and against a budget of 3 amounts, and 50 concurrent accepts against 2 positions,
 * {@code placement.it.rounds} rounds each (default 10). Prints its figures.
 */
class PlacementTwoInstancesIT {
    private static final String OPERATOR = "operator-it@test.example";
    private static final int ROUNDS = Integer.getInteger("placement.it.rounds", 10);
    private static final int APPROVALS = 200;
    private static final int ACCEPTS = 50;

    private static Path databaseDirectory;
    private static EmbeddedDatabase database;
    private static Instances triad;
    private static Seeds seeds;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String S = TestApi.unique();
    private static final String ADMIN = "admin-" + S + "@test.example";
    private static final String FOUNDER = "founder-" + S + "@test.example";
    private static final List<String> STUDENTS = new ArrayList<>();
    private static final List<String> STUDENT_KEYS = new ArrayList<>();

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        databaseDirectory = TempTree.create("triad-it-db");
        database = EmbeddedDatabase.start(databaseDirectory, 0);
        Map<String, String> db = database.quarkusConfig();
        triad = new Instances(2, Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"),
                "TRIAD_ADMIN_EMAIL", OPERATOR, "TRIAD_ADMIN_PASSWORD", TestApi.PASSWORD,
                "TRIAD_PASSWORD_HASH_COST", "4", "TRIAD_SIGNUPS_PER_HOUR", "10000"));
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(db.get("quarkus.datasource.jdbc.url"));
        source.setUser(db.get("quarkus.datasource.username"));
        source.setPassword(db.get("quarkus.datasource.password"));
        seeds = new Seeds(source);
        signUp(ADMIN, "PROGRAM_ADMIN");
        signUp(FOUNDER, "STARTUP");
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < ACCEPTS; i++) {
            String email = "student-" + i + "-" + S + "@test.example";
            signUp(email, "STUDENT");
            STUDENTS.add(email);
            STUDENT_KEYS.add("it-t" + i + "-" + S);
            people.append(i == 0 ? "" : ",").append("""
                    {"key": "it-t%d-%s", "name": "Student %d", "email": "t%d@example.org", "owner": "%s",
                     "field": "ENGINEERING", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME", "region": "CA-ON",
                     "availableFrom": "2091-05-01"}""".formatted(i, S, i, i, email));
        }
        send("POST", "api/import", OPERATOR, """
                {"startups": [{"key": "it-su-%1$s", "name": "IT startup", "stage": "SEED", "region": "CA-ON",
                  "headcount": 8, "foundedOn": "2020-01-01", "incorporated": true, "forProfit": true, "owner": "%2$s",
                  "openings": [%3$s]}], "students": [%4$s]}""".formatted(S, FOUNDER,
                World.openingJson("it-op-" + S, 1), people), 200);
    }

    @AfterAll
    static void stop() throws Exception {
        if (triad != null) {
            triad.close();
        }
        if (database != null) {
            database.close();
        }
        TempTree.delete(databaseDirectory);
    }

    @Test
    void approvalsAcrossTwoInstancesNeverExceedCapacityOrBudget() throws Exception {
        long requests = 0;
        long approved = 0;
        long waitlisted = 0;
        long overbooked = 0;
        for (int round = 0; round < 2 * ROUNDS; round++) {
            boolean budget = round % 2 == 1;
            String key = "it-p" + round + "-" + S;
            send("PUT", "api/programs/" + key, ADMIN, """
                    {"key": "%s", "name": "IT program %d", "kind": "GRANT", "scope": "PLACEMENT",
                     "funding": {"currency": "CAD", "flatPerPlacement": 1000%s}%s}""".formatted(key, round,
                    budget ? ", \"budget\": 3000" : "", budget ? "" : ", \"capacity\": 5"), 201);
            List<Shot> shots = seeds.pendingApplications("it-op-" + S, key, APPROVALS).stream()
                    .map(id -> new Shot(ADMIN, "api/applications/" + id + "/approve")).toList();
            List<Answer> answers = new Race(32).fire(triad.bases(), shots);
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
            long bound = budget ? 3 : 5;
            long inDatabase = seeds.count("select count(*) from application a join program g on g.id = a.program_id "
                    + "where g.key = ? and a.status = 'APPROVED'", key);
            long waiting = seeds.count("select count(*) from application a join program g on g.id = a.program_id "
                    + "where g.key = ? and a.status = 'WAITLISTED'", key);
            assertThat(answers.stream().filter(a -> a.body().contains("\"APPROVED\"")).count()).isEqualTo(inDatabase);
            assertThat(inDatabase).isEqualTo(bound);
            assertThat(waiting).isEqualTo(APPROVALS - bound);
            requests += answers.size();
            approved += inDatabase;
            waitlisted += waiting;
            overbooked += Math.max(0, inDatabase - bound);
        }
        System.out.printf("two instances, approvals (capacity 5 and budget of 3 amounts, %d rounds each): requests %d,"
                + " approved %d, waitlisted %d, 5xx 0, overbooked %d%n", ROUNDS, requests, approved, waitlisted,
                overbooked);
        assertThat(overbooked).isZero();
    }

    @Test
    void acceptsAcrossTwoInstancesNeverExceedPositions() throws Exception {
        long requests = 0;
        long accepted = 0;
        long overbooked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String opening = "it-race" + round + "-" + S;
            List<String> invitations = seeds.invitations("it-su-" + S, opening, 2, STUDENT_KEYS);
            List<Shot> shots = new ArrayList<>();
            for (String invitation : invitations) {
                String student = seeds.ids("select t.key from invitation i join student t on t.id = i.student_id "
                        + "where i.id = ?::uuid", invitation).get(0);
                shots.add(new Shot(STUDENTS.get(STUDENT_KEYS.indexOf(student)), "api/invitations/" + invitation
                        + "/accept"));
            }
            List<Answer> answers = new Race(32).fire(triad.bases(), shots);
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
            long active = seeds.count("select count(*) from placement p join opening o on o.id = p.opening_id "
                    + "where o.key = ? and p.status = 'ACTIVE'", opening);
            assertThat(answers.stream().filter(a -> a.status() == 201).count()).isEqualTo(2).isEqualTo(active);
            requests += answers.size();
            accepted += active;
            overbooked += Math.max(0, active - 2);
        }
        System.out.printf("two instances, accepts at 2 positions (%d rounds): requests %d, accepted %d, refused 409 %d,"
                + " 5xx 0, overbooked %d%n", ROUNDS, requests, accepted, requests - accepted, overbooked);
        assertThat(overbooked).isZero();
    }

    private static void signUp(String email, String role) throws Exception {
        send("POST", "api/accounts", null, """
                {"email": "%s", "password": "%s", "role": "%s"}""".formatted(email, TestApi.PASSWORD, role), 201);
    }

    private static void send(String method, String path, String email, String json, int expected) throws Exception {
        URI base = triad.bases().get(0);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (email != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":"
                    + TestApi.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
    }
}
