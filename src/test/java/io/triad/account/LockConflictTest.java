package io.triad.account;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.TestApi.unique;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A write that waits for a row another transaction holds gives up after a bounded wait (PostgreSQL's
 * lock_not_available) and answers 409, not 500, changing nothing; once the row is free the same write succeeds.
 */
@QuarkusTest
@DisplayName("ASVS V16.5.3, V15.4.3: a lock held elsewhere answers 409, never 500")
class LockConflictTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("V16.5.3: a PUT of a startup whose row another transaction holds is answered 409 and changes nothing")
    void aPutOfARowHeldByAnotherTransactionAnswers409() throws SQLException {
        String founder = account(Role.STARTUP);
        String key = "held-" + unique();
        jsonAs(founder, startup(key, "Before")).put("/api/startups/" + key).then().statusCode(201);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement ps = holder.prepareStatement("select id from startup where key = ? for update")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
            jsonAs(founder, startup(key, "While held")).put("/api/startups/" + key).then().statusCode(409)
                    .contentType(PROBLEM).body("status", equalTo(409));
            holder.rollback();
        }
        as(founder).get("/api/startups/" + key).then().statusCode(200).body("name", equalTo("Before"));
        jsonAs(founder, startup(key, "After")).put("/api/startups/" + key).then().statusCode(200)
                .body("name", equalTo("After"));
        as(founder).delete("/api/startups/" + key).then().statusCode(204);
    }

    private static String startup(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "stage": "SEED", "region": "XZ", "headcount": 5,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true}""".formatted(key, name);
    }
}
