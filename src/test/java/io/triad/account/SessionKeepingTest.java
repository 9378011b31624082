package io.triad.account;

import static io.triad.TestApi.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Live sessions are kept in memory, yet never honoured after they end: at once on the instance that ended them (even
 * with PostgreSQL's notifications switched off), and on every other instance as soon as the notification arrives. A
 * change "on another instance" is a statement on a connection of its own, straight into PostgreSQL, as another
 * Triad would make it; each test first checks that the session is kept, so the change has something to overtake.
 */
@QuarkusTest
class SessionKeepingTest {
    /** Longest the tests allow between another instance's commit and this one refusing the session. */
    private static final Duration WINDOW = Duration.ofSeconds(2);

    @Inject
    SessionService sessions;
    @Inject
    AccountService accounts;
    @Inject
    AccountEraser eraser;
    @Inject
    KeptSessions kept;
    @Inject
    SessionChanges changes;
    @Inject
    AgroalDataSource dataSource;

    private record Signed(Account account, String token) {
        String hash() {
            return SessionService.hash(token);
        }
    }

    private Signed signedIn() {
        Account account = accounts.create("kept-" + UUID.randomUUID() + "@example.org", "correct-horse-1",
                Role.STUDENT);
        String token = sessions.open(account);
        await("the session listener listens", () -> kept.ticket() >= 0);
        assertThat(sessions.holder(token)).map(SessionService.Holder::id).contains(account.id);
        assertThat(kept.get(SessionService.hash(token))).as("kept after a first read").isPresent();
        return new Signed(account, token);
    }

    @Test
    void aLogOutIsRefusedAtOnceOnThisInstanceWithoutWaitingForTheNotification() throws SQLException {
        Signed s = signedIn();
        withoutTriggers("account_session", () -> sessions.close(s.token()));
        assertThat(sessions.holder(s.token())).isEmpty();
    }

    @Test
    void anErasureIsRefusedAtOnceOnThisInstanceWithoutWaitingForTheNotification() throws SQLException {
        Signed s = signedIn();
        withoutTriggers("account", () -> withoutTriggers("account_session", () -> eraser.erase(s.account())));
        assertThat(sessions.holder(s.token())).isEmpty();
    }

    @Test
    void aSessionEndedOnAnotherInstanceIsRefusedOnceNotified() throws SQLException {
        Signed s = signedIn();
        long committed = elsewhere("delete from account_session where token_hash = ?", s.hash());
        refusedWithinTheWindow(s, committed);
    }

    @Test
    void anAccountErasedOnAnotherInstanceIsRefusedOnceNotified() throws SQLException {
        Signed s = signedIn();
        long committed = elsewhere("delete from account where id = ?", s.account().id);
        refusedWithinTheWindow(s, committed);
    }

    @Test
    void aSessionShortenedOnAnotherInstanceIsRefusedOnceNotified() throws SQLException {
        Signed s = signedIn();
        long committed = elsewhere("update account_session set expires_at = now() - interval '1 second' "
                + "where token_hash = ?", s.hash());
        refusedWithinTheWindow(s, committed);
    }

    @Test
    void aNotificationWrittenOnAnotherInstanceCountsOnceNotified() throws SQLException {
        Signed s = signedIn();
        assertThat(sessions.holder(s.token()).orElseThrow().unreadNotifications()).isZero();
        elsewhere("insert into notification (account_id, kind, link) values (?, 'TEST', '/')", s.account().id);
        shows(s, h -> h.unreadNotifications() == 1);
        assertThat(kept.get(s.hash())).as("kept again").isPresent();
        elsewhere("update notification set read_at = now() where account_id = ?", s.account().id);
        shows(s, h -> h.unreadNotifications() == 0);
    }

    @Test
    void aLanguageChangedOnAnotherInstanceShowsOnceNotified() throws SQLException {
        Signed s = signedIn();
        elsewhere("update account set language = 'fr' where id = ?", s.account().id);
        shows(s, h -> h.language().equals("fr"));
    }

    @Test
    void aSessionIsNotKeptPastItsExpiry() throws Exception {
        Account account = accounts.create("short-" + UUID.randomUUID() + "@example.org", "correct-horse-1",
                Role.STUDENT);
        String token = sessions.open(account);
        // no notification: the test is about the expiry the row states, not about being told
        withoutTriggers("account_session", () -> elsewhere("update account_session "
                + "set expires_at = now() + interval '2 seconds' where token_hash = ?", SessionService.hash(token)));
        await("the session listener listens", () -> kept.ticket() >= 0);
        assertThat(sessions.holder(token)).isPresent();
        assertThat(kept.get(SessionService.hash(token))).isPresent();
        Thread.sleep(2100);
        assertThat(sessions.holder(token)).isEmpty();
    }

    @Test
    void whileTheListenerIsAwayNothingKeptIsTrusted() throws SQLException {
        Signed s = signedIn();
        int lost = changes.lostConnections();
        elsewhere("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?",
                SessionChanges.APPLICATION_NAME);
        await("the listener notices its connection is gone", () -> changes.lostConnections() > lost);
        // no notification at all for this change: only forgetting everything on the loss keeps it from being missed
        withoutTriggers("account_session", () -> elsewhere("delete from account_session where token_hash = ?",
                s.hash()));
        assertThat(sessions.holder(s.token())).isEmpty();
        await("the listener listens again", () -> kept.ticket() >= 0);
        assertThat(sessions.holder(s.token())).as("nothing kept from before the loss").isEmpty();
    }

    private void refusedWithinTheWindow(Signed s, long committedNanos) {
        shows(s, null, committedNanos);
    }

    private void shows(Signed s, Predicate<SessionService.Holder> wanted) {
        shows(s, wanted, System.nanoTime());
    }

    /**
     * Waits until this instance answers the session as {@code wanted} says (null: refused), no longer than the
     * window after the change committed, then checks that it stays so.
     */
    private void shows(Signed s, Predicate<SessionService.Holder> wanted, long committedNanos) {
        Predicate<Optional<SessionService.Holder>> ok = h -> wanted == null ? h.isEmpty()
                : h.isPresent() && wanted.test(h.get());
        await("this instance sees the change", () -> ok.test(sessions.holder(s.token())));
        Duration seen = Duration.ofNanos(System.nanoTime() - committedNanos);
        Log.infof("Another instance's change seen here %d ms after its commit", seen.toMillis());
        assertThat(seen).isLessThan(WINDOW);
        assertThat(ok.test(sessions.holder(s.token()))).isTrue();
    }

    /** Runs one statement on a connection of its own, as another instance would; answers when it committed. */
    private long elsewhere(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            c.setAutoCommit(true);
            ps.execute();
        }
        return System.nanoTime();
    }

    private interface Step {
        void run() throws SQLException;
    }

    private void withoutTriggers(String table, Step step) throws SQLException {
        alter("alter table " + table + " disable trigger user");
        try {
            step.run();
        } finally {
            alter("alter table " + table + " enable trigger user");
        }
    }

    private void alter(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
