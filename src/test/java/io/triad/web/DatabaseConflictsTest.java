package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ASVS V16.5.1, V16.5.3: database conflicts are told apart by SQLSTATE, and only they")
class DatabaseConflictsTest {

    @Test
    void recognisesLockTimeoutsDeadlocksSerializationFailuresAndConstraintsWhereverTheyAreWrapped() {
        for (String state : new String[] {"55P03", "40P01", "40001", "23505", "23503"}) {
            Exception wrapped = new RuntimeException("commit failed",
                    new PersistenceException("flush", new SQLException("Key (key)=(secret@example.org) exists", state)));
            assertThat(DatabaseConflicts.of(wrapped)).as(state).contains("SQLSTATE " + state);
        }
    }

    @Test
    void recognisesARowChangedBetweenReadAndWrite() {
        assertThat(DatabaseConflicts.of(new jakarta.persistence.OptimisticLockException("stale"))).isPresent();
        assertThat(DatabaseConflicts.of(new RuntimeException(new org.hibernate.StaleStateException("0 rows"))))
                .contains("StaleStateException");
    }

    @Test
    void leavesEverythingElseToTheUnexpectedFailureAnswer() {
        assertThat(DatabaseConflicts.of(new SQLException("relation missing", "42P01"))).isEmpty();
        assertThat(DatabaseConflicts.of(new SQLException("no state"))).isEmpty();
        assertThat(DatabaseConflicts.of(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void neverRepeatsTheDatabaseMessageWhichQuotesTheData() {
        Exception failure = new SQLException("Key (email)=(secret@example.org) already exists", "23505");
        assertThat(DatabaseConflicts.of(failure)).get().asString().doesNotContain("secret");
    }

    @Test
    void aDatabaseThatIsGoneIsUnavailableNotAFaultOfOurs() {
        assertThat(DatabaseConflicts.unavailable(new jakarta.persistence.PersistenceException("flush",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseConflicts.unavailable(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(DatabaseConflicts.unavailable(new java.sql.SQLTransientConnectionException("pool empty")))
                .isTrue();
        assertThat(DatabaseConflicts.unavailable(new SQLException("relation missing", "42P01"))).isFalse();
    }
}
