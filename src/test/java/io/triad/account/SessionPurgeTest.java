package io.triad.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Expired sessions leave the table through the scheduled purge, not only when someone logs out. */
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

    @Test
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
    void purgeRunsOnASchedule() {
        assertThat(scheduler.getScheduledJob(SessionService.PURGE_JOB)).isNotNull();
    }

    private long rowsFor(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from account_session where account_id = ?1")
                .setParameter(1, account.id).getSingleResult()).longValue());
    }
}
