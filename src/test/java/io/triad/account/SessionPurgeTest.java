package io.triad.account;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sessions end at their absolute expiry or after the idle timeout (ASVS 5.0 V7.3.1, V7.3.2), checked on every request,
 * and leave the table through the scheduled purge, not only when someone logs out (V7.4.1).
 */
@QuarkusTest
class SessionPurgeTest {
    @Inject
    SessionService sessions;

    @Inject
    AccountService accounts;

    @Inject
    EntityManager em;

    @Inject
    Scheduler scheduler;

    @Inject
    TriadConfig config;

    @Inject
    KeptSessions kept;

    @Test
    @DisplayName("V7.4.1: the purge deletes expired sessions and keeps live ones")
    void purgeDeletesExpiredSessionsAndKeepsLiveOnes() {
        Account account = accounts.create("purge-" + UUID.randomUUID() + "@example.org", "correct-horse-1", Role.STUDENT);
        String expired = sessions.open(account);
        String live = sessions.open(account);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update account_session set expires_at = now() - interval '1 minute' where token_hash = ?1")
                .setParameter(1, SessionService.hash(expired)).executeUpdate());
        assertThat(rowsFor(account)).isEqualTo(2);

        sessions.purgeExpired();

        assertThat(rowsFor(account)).isEqualTo(1);
        assertThat(sessions.account(live)).map(a -> a.id).contains(account.id);
        assertThat(sessions.account(expired)).isEmpty();
    }

    @Test
    @DisplayName("V7.3.1: a session idle for longer than the idle timeout (30 minutes by default) ends and is purged")
    void anIdleSessionEndsAndIsPurged() {
        assertThat(config.sessionIdleMinutes()).isEqualTo(30);
        Account account = accounts.create("idle-" + UUID.randomUUID() + "@example.org", "correct-horse-1",
                Role.STUDENT);
        String idle = sessions.open(account);
        String busy = sessions.open(account);
        given().cookie(SessionService.COOKIE, idle).get("/api/accounts/me").then().statusCode(200);
        seen(idle, "31 minutes");
        seen(busy, "29 minutes");

        given().cookie(SessionService.COOKIE, idle).get("/api/accounts/me").then().statusCode(401);
        given().cookie(SessionService.COOKIE, busy).get("/api/accounts/me").then().statusCode(200);
        assertThat(sessions.account(idle)).isEmpty();
        sessions.purgeExpired();
        assertThat(rowsFor(account)).isEqualTo(1);
        assertThat(sessions.account(busy)).map(a -> a.id).contains(account.id);
    }

    @Test
    @DisplayName("V7.3.2: the absolute lifetime holds however active the session is")
    void anActiveSessionStillEndsAtItsExpiry() {
        Account account = accounts.create("abs-" + UUID.randomUUID() + "@example.org", "correct-horse-1", Role.STUDENT);
        String token = sessions.open(account);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update account_session "
                + "set expires_at = now() - interval '1 second', last_seen_at = now() where token_hash = ?1")
                .setParameter(1, SessionService.hash(token)).executeUpdate());
        given().cookie(SessionService.COOKIE, token).get("/api/accounts/me").then().statusCode(401);
    }

    @Test
    @DisplayName("V7.3.1: a request moves last_seen_at forward at most once a minute, not on every request")
    void lastSeenIsWrittenAtMostOnceAMinute() {
        Account account = accounts.create("seen-" + UUID.randomUUID() + "@example.org", "correct-horse-1",
                Role.STUDENT);
        String token = sessions.open(account);
        seen(token, "30 seconds");
        double before = secondsSinceSeen(token);
        given().cookie(SessionService.COOKIE, token).get("/api/accounts/me").then().statusCode(200);
        assertThat(secondsSinceSeen(token)).isGreaterThanOrEqualTo(before);

        seen(token, "5 minutes");
        given().cookie(SessionService.COOKIE, token).get("/api/accounts/me").then().statusCode(200);
        assertThat(secondsSinceSeen(token)).isLessThan(60);
    }

    /**
     * Moves last_seen_at back, as time passing would; the row changes under the instance, as if another instance
     * wrote it, so the test waits for the notification that makes this instance forget the session it kept.
     */
    private void seen(String token, String ago) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update account_session set last_seen_at = now() - cast(?2 as interval) where token_hash = ?1")
                .setParameter(1, SessionService.hash(token)).setParameter(2, ago).executeUpdate());
        await("the session is no longer kept", () -> kept.get(SessionService.hash(token)).isEmpty());
    }

    private double secondsSinceSeen(String token) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select extract(epoch from now() - last_seen_at) from account_session where token_hash = ?1")
                .setParameter(1, SessionService.hash(token)).getSingleResult()).doubleValue());
    }

    @Test
    void purgeRunsOnASchedule() {
        assertThat(scheduler.getScheduledJob(SessionService.PURGE_JOB)).isNotNull();
    }

    private long rowsFor(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from account_session where account_id = ?1")
                .setParameter(1, account.id).getSingleResult()).longValue());
    }
}
