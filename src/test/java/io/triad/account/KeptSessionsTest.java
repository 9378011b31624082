package io.triad.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What KeptSessions keeps and when it refuses to, without a database: its reads race its notifications. */
class KeptSessionsTest {
    private static final SessionService.Holder ANN = new SessionService.Holder(1, "ann@example.org", Role.STUDENT,
            "en", "hash", Instant.EPOCH, 0L);
    private static final SessionService.Holder BOB = new SessionService.Holder(2, "bob@example.org", Role.STUDENT,
            "en", "hash", Instant.EPOCH, 0L);

    private final KeptSessions kept = new KeptSessions();

    private static long inAMinute() {
        return System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    }

    @Test
    void keepsNothingBeforeItListens() {
        kept.keep(kept.ticket(), "a", ANN, inAMinute());
        assertThat(kept.get("a")).isEmpty();
    }

    @Test
    void keepsAReadUntilItsAccountIsForgotten() {
        kept.listening();
        kept.keep(kept.ticket(), "a", ANN, inAMinute());
        kept.keep(kept.ticket(), "b", BOB, inAMinute());
        assertThat(kept.get("a")).contains(ANN);

        kept.forget(Set.of(1L));

        assertThat(kept.get("a")).isEmpty();
        assertThat(kept.get("b")).contains(BOB);
    }

    @Test
    void aReadThatAForgetOvertookIsNotKept() {
        kept.listening();
        long ticket = kept.ticket(); // the read's query starts, then another instance ends the session
        kept.forget(Set.of(1L));
        kept.keep(ticket, "a", ANN, inAMinute());
        assertThat(kept.get("a")).isEmpty();
    }

    @Test
    void aReadStartedWhileListeningIsNotKeptAfterTheConnectionIsLost() {
        kept.listening();
        long ticket = kept.ticket();
        kept.deaf();
        kept.listening();
        kept.keep(ticket, "a", ANN, inAMinute());
        assertThat(kept.get("a")).isEmpty();
    }

    @Test
    void forgetsEverythingWhenItStopsListening() {
        kept.listening();
        kept.keep(kept.ticket(), "a", ANN, inAMinute());
        kept.deaf();
        kept.listening();
        assertThat(kept.get("a")).isEmpty();
    }

    @Test
    void aKeptSessionEndsAtItsDeadline() throws InterruptedException {
        kept.listening();
        kept.keep(kept.ticket(), "a", ANN, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(kept.get("a")).contains(ANN);
        Thread.sleep(60);
        assertThat(kept.get("a")).isEmpty();
    }

    @Test
    void trustsNothingKeptOnceTheConnectionIsQuietForTooLong() throws InterruptedException {
        KeptSessions quiet = new KeptSessions(Duration.ofMillis(100));
        quiet.listening();
        quiet.keep(quiet.ticket(), "a", ANN, inAMinute());
        assertThat(quiet.get("a")).contains(ANN);
        Thread.sleep(150);
        assertThat(quiet.get("a")).isEmpty();
        assertThat(quiet.ticket()).isNegative();
        quiet.heard();
        assertThat(quiet.get("a")).contains(ANN);
    }

    @Test
    void keepsNoMoreThanItsBound() {
        kept.listening();
        for (int i = 0; i < KeptSessions.MOST + 10; i++) {
            kept.keep(kept.ticket(), "t" + i, ANN, inAMinute());
        }
        assertThat(kept.size()).isEqualTo(KeptSessions.MOST);
    }
}
