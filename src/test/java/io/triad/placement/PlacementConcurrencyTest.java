package io.triad.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.placement.Race.Answer;
import io.triad.placement.Race.Shot;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * WORKFLOW.md's bounds under concurrency, over HTTP: 200 approvals at once at a program with capacity 5, and at one
 * whose budget fits exactly 3 amounts, each 20 times; 50 accepts at once at an opening with 2 positions, 20 times.
 * Nothing overbooks, nothing answers 5xx, every loser is WAITLISTED with a position (approvals) or 409 (accepts). The
 * figures are printed (and logged) for the record.
 */
@QuarkusTest
class PlacementConcurrencyTest {
    private static final int ROUNDS = 20;
    private static final int APPROVALS = 200;
    private static final int ACCEPTS = 50;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource db;

    private final Race race = new Race(32);

    @Test
    void twoHundredConcurrentApprovalsNeverExceedACapacityOfFive() throws Exception {
        World w = new World(1, 1);
        Tally tally = new Tally();
        for (int round = 0; round < ROUNDS; round++) {
            String program = w.program("cap" + round, "\"flatPerPlacement\": 1000", "\"capacity\": 5");
            tally.add(approveAll(w, program), 5, program);
        }
        report("capacity 5", tally);
        assertThat(tally.approved).isEqualTo(5L * ROUNDS);
        assertThat(tally.waitlisted).isEqualTo((long) (APPROVALS - 5) * ROUNDS);
    }

    @Test
    void twoHundredConcurrentApprovalsNeverExceedABudgetOfThreeAmounts() throws Exception {
        World w = new World(1, 1);
        Tally tally = new Tally();
        for (int round = 0; round < ROUNDS; round++) {
            String program = w.program("bud" + round, "\"flatPerPlacement\": 1250.50, \"budget\": 3751.50", "");
            tally.add(approveAll(w, program), 3, program);
            Seeds seeds = new Seeds(db);
            assertThat(seeds.ids("select coalesce(sum(amount), 0) from application a join program g on g.id = "
                    + "a.program_id where g.key = ? and a.status = 'APPROVED'", program)).containsExactly("3751.50");
        }
        report("budget of 3 amounts", tally);
        assertThat(tally.approved).isEqualTo(3L * ROUNDS);
        assertThat(tally.waitlisted).isEqualTo((long) (APPROVALS - 3) * ROUNDS);
    }

    @Test
    void fiftyConcurrentAcceptsNeverExceedTwoPositions() throws Exception {
        World w = new World(ACCEPTS, 1);
        Seeds seeds = new Seeds(db);
        long requests = 0;
        long accepted = 0;
        long refused = 0;
        long overbooked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String opening = "pw-race" + round + "-" + w.s;
            List<String> invitations = seeds.invitations(w.startup, opening, 2, w.students);
            List<Shot> shots = new ArrayList<>();
            for (String invitation : invitations) {
                String student = seeds.ids("select t.key from invitation i join student t on t.id = i.student_id "
                        + "where i.id = ?::uuid", invitation).get(0);
                shots.add(new Shot(w.studentAccount(w.students.indexOf(student)), "api/invitations/" + invitation
                        + "/accept"));
            }
            List<Answer> answers = race.fire(List.of(base.toURI()), shots);
            requests += answers.size();
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
            long won = answers.stream().filter(a -> a.status() == 201).count();
            long active = seeds.count("select count(*) from placement p join opening o on o.id = p.opening_id "
                    + "where o.key = ? and p.status = 'ACTIVE'", opening);
            long stillInvited = seeds.count("select count(*) from invitation i join opening o on o.id = i.opening_id "
                    + "where o.key = ? and i.status = 'INVITED'", opening);
            assertThat(won).isEqualTo(2);
            assertThat(active).isEqualTo(2);
            assertThat(stillInvited).isEqualTo(ACCEPTS - 2);
            accepted += won;
            refused += answers.size() - won;
            overbooked += Math.max(0, active - 2);
        }
        String line = "accepts at 2 positions x %d rounds: requests %d, accepted %d, refused 409 %d, 5xx 0, overbooked %d"
                .formatted(ROUNDS, requests, accepted, refused, overbooked);
        System.out.println(line);
        Log.info(line);
        assertThat(overbooked).isZero();
    }

    private List<Answer> approveAll(World w, String program) throws Exception {
        List<String> applications = new Seeds(db).pendingApplications(w.opening, program, APPROVALS);
        List<Shot> shots = applications.stream().map(id -> new Shot(w.admin, "api/applications/" + id + "/approve"))
                .toList();
        return race.fire(List.of(base.toURI()), shots);
    }

    /** What the rounds of one scenario add up to; each round is checked against the database as it is added. */
    private final class Tally {
        long requests;
        long approved;
        long waitlisted;
        long overbooked;

        void add(List<Answer> answers, int bound, String program) throws Exception {
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
            List<String> statuses = answers.stream().map(a -> TestApi.read(a.body()).get("status").asText()).toList();
            assertThat(statuses).containsOnly("APPROVED", "WAITLISTED");
            assertThat(answers).filteredOn(a -> a.body().contains("\"WAITLISTED\""))
                    .allSatisfy(a -> assertThat(TestApi.read(a.body()).get("waitlistPosition").asLong()).isPositive());
            Seeds seeds = new Seeds(db);
            long inDatabase = seeds.count("select count(*) from application a join program g on g.id = a.program_id "
                    + "where g.key = ? and a.status = 'APPROVED'", program);
            List<String> positions = seeds.ids("""
                    select row_number() over (order by a.applied_at, a.id) from application a
                    join program g on g.id = a.program_id where g.key = ? and a.status = 'WAITLISTED'""", program);
            long answeredApproved = statuses.stream().filter("APPROVED"::equals).count();
            assertThat(answeredApproved).isEqualTo(inDatabase).isEqualTo(bound);
            assertThat(positions).hasSize(APPROVALS - bound);
            requests += answers.size();
            approved += inDatabase;
            waitlisted += positions.size();
            overbooked += Math.max(0, inDatabase - bound);
        }
    }

    private static void report(String scenario, Tally t) {
        String line = "approvals at %s x %d rounds: requests %d, approved %d, waitlisted %d, 5xx 0, overbooked %d"
                .formatted(scenario, ROUNDS, t.requests, t.approved, t.waitlisted, t.overbooked);
        System.out.println(line);
        Log.info(line);
        assertThat(t.overbooked).isZero();
    }
}
