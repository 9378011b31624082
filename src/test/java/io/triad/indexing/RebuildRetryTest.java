package io.triad.indexing;

import static io.triad.TestApi.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.config.TriadConfig;
import io.triad.matching.IndexHome;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A start-up rebuild that fails (here: the database refuses the first connections) is tried again after growing
 * pauses, and the index becomes ready once it succeeds. A follower of its own, with an engine of its own, runs beside
 * the application's.
 */
@QuarkusTest
class RebuildRetryTest {
    private static final Duration FIRST = Duration.ofMillis(100);
    private static final Duration LONGEST = Duration.ofMillis(300);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    IndexLoader loader;
    @Inject
    ObjectMapper json;

    @Test
    void aFailedRebuildIsRetriedWithGrowingPausesUntilTheIndexIsReady() {
        SearchIndex index = new SearchIndex(json, IndexHome.defaultBase(), LocalDate::now);
        Refusing database = new Refusing(dataSource, 4, index::isReady);
        IndexFollower follower = new IndexFollower(database, loader, index, settings());
        follower.start();
        try {
            await("the index is ready after the refused attempts", index::isReady);
            assertThat(follower.failedRebuilds()).isEqualTo(4);
            assertThat(database.readyWhenRefused).as("readiness while failing").containsOnly(false);
            List<Long> pauses = new ArrayList<>();
            for (int i = 1; i < database.attempts.size(); i++) {
                pauses.add((database.attempts.get(i) - database.attempts.get(i - 1)) / 1_000_000);
            }
            assertThat(pauses).hasSize(4);
            assertThat(pauses.get(0)).isGreaterThanOrEqualTo(100);
            assertThat(pauses.get(1)).isGreaterThanOrEqualTo(200);
            assertThat(pauses.get(2)).isGreaterThanOrEqualTo(300);
            assertThat(pauses.get(3)).as("never longer than the longest pause, give or take a slow machine")
                    .isGreaterThanOrEqualTo(300).isLessThan(300 + 2000);
        } finally {
            follower.stop();
            index.close();
        }
    }

    @Test
    void pausesDoubleUpToTheLongest() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));
        List<Duration> pauses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pauses.add(backoff.next());
        }
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private static TriadConfig.Index settings() {
        return new TriadConfig.Index() {
            @Override
            public Duration readYourWritesWait() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration rebuildRetryFirst() {
                return FIRST;
            }

            @Override
            public Duration rebuildRetryLongest() {
                return LONGEST;
            }

            @Override
            public Duration changeLogRetention() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration pruneEvery() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Optional<Path> dir() {
                return Optional.empty();
            }
        };
    }

    /** Refuses the first {@code refusals} connections, noting when each attempt came (and the first one served). */
    private static final class Refusing implements DataSource {
        private final DataSource real;
        private final BooleanSupplier ready;
        private int refusals;
        final List<Long> attempts = Collections.synchronizedList(new ArrayList<>());
        final List<Boolean> readyWhenRefused = Collections.synchronizedList(new ArrayList<>());

        Refusing(DataSource real, int refusals, BooleanSupplier ready) {
            this.real = real;
            this.refusals = refusals;
            this.ready = ready;
        }

        @Override
        public synchronized Connection getConnection() throws SQLException {
            if (refusals >= 0) {
                attempts.add(System.nanoTime());
            }
            if (refusals > 0) {
                refusals--;
                readyWhenRefused.add(ready.getAsBoolean());
                throw new SQLException("The database is not accepting connections (test)");
            }
            refusals = -1;
            return real.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return real.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            real.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            real.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return real.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return real.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return real.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return real.isWrapperFor(type);
        }
    }
}
