package io.triad.indexing;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.await;
import static io.triad.TestApi.endingWith;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.read;
import static io.triad.TestApi.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.student.StudentService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search index follows PostgreSQL through the change_log outbox. Each test has its own startup and opening
 * (2029-06-04, 10 weeks, remote, no level or field rule) that its students fit; students of other tests do not
 * (their availability windows are elsewhere), and lists are read through this test's key suffix anyway.
 */
@QuarkusTest
class IndexFollowerTest {
    private static final String AS_OF = "2029-01-01";

    @Inject
    StudentService students;
    @Inject
    UserTransaction transaction;
    @Inject
    ObjectMapper json;
    @Inject
    IndexFollower follower;
    @Inject
    AgroalDataSource dataSource;

    private String s;
    private String founder;
    private String operator;
    private ExecutorService pool;

    @BeforeEach
    void openingOfItsOwn() {
        s = unique();
        founder = account(Role.STARTUP);
        operator = account(Role.OPERATOR);
        jsonAs(founder, """
                {"key": "follow-%1$s", "name": "Follower startup", "stage": "SEED", "region": "CA-ON", "headcount": 3,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "openings": [
                 {"key": "follow-op-%1$s", "title": "Remote tester", "skills": ["testing"], "startDate": "2029-06-04",
                  "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "REMOTE"}]}""".formatted(s))
                .put("/api/startups/follow-" + s).then().statusCode(201);
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void aStudentWrittenThroughTheApiIsMatchedUntilItChangesOrIsDeleted() {
        String key = "live-" + s;
        String owner = account(Role.STUDENT);
        jsonAs(owner, student(key, "2029-09-30")).put("/api/students/" + key).then().statusCode(201);
        await("the new student is matched", () -> matched().contains(key));

        // Free only until a day before the placement ends: no longer fits.
        jsonAs(owner, student(key, "2029-08-11")).put("/api/students/" + key).then().statusCode(200);
        await("the changed student is no longer matched", () -> !matched().contains(key));
        jsonAs(owner, student(key, "2029-08-12")).put("/api/students/" + key).then().statusCode(200);
        await("the student fits again", () -> matched().contains(key));

        as(owner).delete("/api/students/" + key).then().statusCode(204);
        await("the deleted student is gone", () -> !matched().contains(key));
    }

    @Test
    void aListeningConnectionTheServerEndedIsNeverLentToARequest() throws Exception {
        int lost = follower.lostConnections();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen triad_changes'");
        }
        await("the follower notices its connection is gone", () -> follower.lostConnections() > lost);
        // the follower waits a second before it listens again: every connection the pool lends meanwhile must work
        List<Connection> lent = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                lent.add(dataSource.getConnection());
                try (Statement st = lent.get(i).createStatement(); ResultSet rs = st.executeQuery("select 1")) {
                    assertThat(rs.next()).isTrue();
                }
            }
        } finally {
            for (Connection c : lent) {
                c.close();
            }
        }
        String key = "relisten-" + s;
        jsonAs(account(Role.STUDENT), student(key, "2029-09-30")).put("/api/students/" + key).then().statusCode(201);
        await("a student written after the cut is matched", () -> matched().contains(key));
    }

    @Test
    void deletingTheAccountRemovesItsStudentFromTheIndex() {
        String key = "erased-" + s;
        String owner = account(Role.STUDENT);
        jsonAs(owner, student(key, "2029-09-30")).put("/api/students/" + key).then().statusCode(201);
        await("the new student is matched", () -> matched().contains(key));

        as(owner).delete("/api/accounts/me").then().statusCode(204);
        await("the erased student is gone", () -> !matched().contains(key));
        as(operator).get("/api/students/" + key).then().statusCode(404);
    }

    @Test
    void writesThatFailNeverReachTheIndex() throws Exception {
        // Rejected by validation: the valid student travels with an invalid one.
        String invalid = "{\"students\": [" + student("ghost-a-" + s, "2029-09-30") + ", "
                + student("Not A Key", "2029-09-30") + "]}";
        jsonAs(operator, invalid).post("/api/import").then().statusCode(400);
        // Rejected by role.
        jsonAs(account(Role.PROGRAM_ADMIN), "{\"students\": [" + student("ghost-b-" + s, "2029-09-30") + "]}")
                .post("/api/import").then().statusCode(403);
        // Written, change_log row included, then rolled back.
        transaction.begin();
        students.save(doc("ghost-c-" + s), null);
        transaction.rollback();

        // The sentinel commits after all of them, so once it is indexed they would have been too.
        jsonAs(operator, "{\"students\": [" + student("sentinel-" + s, "2029-09-30") + "]}").post("/api/import")
                .then().statusCode(200);
        await("the sentinel is matched", () -> matched().contains("sentinel-" + s));
        assertThat(matched()).containsExactly("sentinel-" + s);
        for (String ghost : new String[] {"ghost-a-", "ghost-b-", "ghost-c-"}) {
            as(operator).get("/api/students/" + ghost + s).then().statusCode(404);
        }
    }

    /**
     * Eight writers insert one after the other, so their change_log ids grow with their index, but the first four
     * keep their transactions open 300-750 ms after the last insert while the last four commit at once. The follower polls every 200 ms
     * and is woken by NOTIFY when the last four commit, so it reads their rows while the smaller ids are still
     * invisible. A follower that remembered only the largest id it had read ({@code id > lastId}) would then skip the
     * first four forever; every student must still be matched.
     */
    @Test
    void studentsWhoseTransactionsCommitOutOfIdOrderAreAllIndexed() throws Exception {
        int writers = 8;
        List<CountDownLatch> inserted = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            inserted.add(new CountDownLatch(1));
        }
        List<Integer> commitOrder = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                if (n > 0 && !inserted.get(n - 1).await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("writer " + (n - 1) + " never inserted");
                }
                transaction.begin();
                try {
                    students.save(doc("concurrent-" + n + "-" + s), null);
                    inserted.get(n).countDown();
                    if (n < writers / 2) {
                        inserted.get(writers - 1).await(10, TimeUnit.SECONDS);
                        Thread.sleep(300 + 150L * n);
                    }
                    transaction.commit();
                    commitOrder.add(n);
                } catch (Exception | Error e) {
                    transaction.rollback();
                    throw e;
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        assertThat(commitOrder.subList(0, writers / 2)).as("larger ids committed first").allMatch(n -> n >= writers / 2);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            expected.add("concurrent-" + i + "-" + s);
        }
        await("every concurrently written student is matched", () -> matched().containsAll(expected));
        assertThat(matched()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** This test's students among the opening's matches. */
    private List<String> matched() {
        JsonNode page = read(as(founder).queryParam("asOf", AS_OF).queryParam("limit", 1000)
                .get("/api/openings/follow-op-" + s + "/matches").then().statusCode(200).extract().response());
        return endingWith(page.get("items"), "student", s).stream().map(m -> m.get("student").asText()).toList();
    }

    private StudentDoc doc(String key) throws Exception {
        return json.readValue(student(key, "2029-09-30"), StudentDoc.class);
    }

    private static String student(String key, String availableUntil) {
        return """
                {"key": "%s", "name": "Student %s", "email": "student@example.org", "field": "ENGINEERING",
                 "level": "COLLEGE", "enrolment": "ENROLLED_PART_TIME", "region": "CA-NS", "skills": ["testing"],
                 "availableFrom": "2029-05-01", "availableUntil": "%s"}""".formatted(key, key, availableUntil);
    }
}
