package io.triad.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sliding window under the log-in and sign-up limits, on a clock the test moves (ASVS 5.0 V6.3.1). */
class ThrottleTest {
    /** A clock that stands still until the test moves it. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-05T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    @Test
    @DisplayName("V6.3.1: a full window refuses until its oldest event leaves it, and says when")
    void aFullWindowRefusesUntilItsOldestEventLeaves() {
        TestClock clock = new TestClock();
        Throttle throttle = new Throttle(3, Duration.ofMinutes(15), 100, clock);
        assertThat(throttle.tryTake("a")).isPresent();
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.tryTake("a")).isPresent();
        assertThat(throttle.tryTake("a")).isPresent();
        assertThat(throttle.tryTake("a")).isEmpty();
        assertThat(throttle.retryAfter("a")).isEqualTo(600);
        assertThat(throttle.tryTake("b")).as("another subject").isPresent();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.retryAfter("a")).isZero();
        assertThat(throttle.tryTake("a")).isPresent();
        assertThat(throttle.tryTake("a")).isEmpty();
        assertThat(throttle.retryAfter("a")).isEqualTo(300);
    }

    @Test
    @DisplayName("V6.3.1: a slot given back (a right password) frees its place at once")
    void aReleasedSlotNoLongerCounts() {
        Throttle throttle = new Throttle(2, Duration.ofMinutes(15), 100, new TestClock());
        Optional<Throttle.Slot> first = throttle.tryTake("a");
        assertThat(throttle.tryTake("a")).isPresent();
        assertThat(throttle.tryTake("a")).isEmpty();
        throttle.release(first.orElseThrow());
        assertThat(throttle.tryTake("a")).isPresent();
        assertThat(throttle.tryTake("a")).isEmpty();
    }

    @Test
    @DisplayName("V6.3.1: memory is bounded: at most maxSubjects subjects, the least recently seen forgotten first")
    void trackedSubjectsAreBounded() {
        TestClock clock = new TestClock();
        Throttle throttle = new Throttle(2, Duration.ofMinutes(15), 1_000, clock);
        throttle.tryTake("victim");
        throttle.tryTake("victim");
        for (int i = 0; i < 100_000; i++) {
            throttle.tryTake("spray-" + i);
            if (i % 100 == 0) {
                assertThat(throttle.retryAfter("victim")).as("still counted while recently seen").isPositive();
            }
        }
        assertThat(throttle.subjects()).isEqualTo(1_000);
        assertThat(throttle.retryAfter("spray-99999")).isZero();
        assertThat(throttle.tryTake("spray-99999")).isPresent();
        assertThat(throttle.tryTake("spray-99999")).isEmpty();
        assertThat(throttle.tryTake("spray-0")).as("the oldest was forgotten").isPresent();
        assertThat(throttle.subjects()).isEqualTo(1_000);
    }

    @Test
    @DisplayName("V6.3.1: a subject's memory stops at the limit however many attempts it makes")
    void aSubjectKeepsNoMoreThanItsLimit() {
        Throttle throttle = new Throttle(10, Duration.ofMinutes(15), 10, new TestClock());
        int taken = 0;
        for (int i = 0; i < 10_000; i++) {
            taken += throttle.tryTake("a").isPresent() ? 1 : 0;
        }
        assertThat(taken).isEqualTo(10);
        assertThat(throttle.subjects()).isEqualTo(1);
    }
}
