package io.triad.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Which change_log rows may go: those the follower had applied at least the retention ago, sampled now and then. */
class ChangeLogPrunerTest {
    private static final Duration RETENTION = Duration.ofMinutes(60);
    private static final Duration EVERY = Duration.ofMinutes(5);

    private final Ticking clock = new Ticking();
    private final ChangeLogPruner pruner = new ChangeLogPruner(RETENTION, EVERY, clock);

    @Test
    void nothingGoesBeforeTheFollowerHasBeenAtAPositionForTheWholeRetention() {
        assertThat(pruner.due(at(10))).isNull();
        clock.advance(Duration.ofMinutes(59));
        assertThat(pruner.due(at(500))).isNull();
    }

    @Test
    void rowsGoUpToWhereTheFollowerWasARetentionAgoNeverWhereItIsNow() {
        pruner.due(at(10));
        clock.advance(Duration.ofMinutes(30));
        pruner.due(at(20));
        clock.advance(Duration.ofMinutes(31));
        assertThat(pruner.due(at(30))).isEqualTo(at(10));
        assertThat(pruner.due(at(30))).as("once per horizon").isNull();
        clock.advance(Duration.ofMinutes(30));
        assertThat(pruner.due(at(40))).isEqualTo(at(20));
    }

    @Test
    void positionsAreSampledOnlyEveryInterval() {
        pruner.due(at(10));
        clock.advance(Duration.ofMinutes(1));
        pruner.due(at(20)); // within the interval: not a sample
        clock.advance(Duration.ofMinutes(60));
        assertThat(pruner.due(at(30))).isEqualTo(at(10));
    }

    private static Position at(long id) {
        return new Position(1000, id);
    }

    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2030-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
