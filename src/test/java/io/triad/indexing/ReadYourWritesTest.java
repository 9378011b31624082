package io.triad.indexing;

import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.TestApi.jsonAs;
import static io.triad.indexing.OwnOpening.ENDS_EARLY;
import static io.triad.indexing.OwnOpening.FITS;
import static io.triad.indexing.OwnOpening.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request that saves answers once this instance's index shows the change: the next request sees it, with no
 * polling. Without the wait the searcher alone is reopened up to 100 ms later, and this test fails.
 */
@QuarkusTest
class ReadYourWritesTest {
    private OwnOpening own;

    @BeforeEach
    void openingOfItsOwn() {
        own = new OwnOpening();
    }

    @Test
    void theMatchesRequestRightAfterAStudentSaveShowsTheSavedProfile() {
        String key = own.key("ryw");
        String owner = account(Role.STUDENT);
        jsonAs(owner, student(key, FITS)).put("/api/students/" + key).then().statusCode(201);
        assertThat(own.matched()).containsExactly(key);
        for (int round = 0; round < 5; round++) {
            jsonAs(owner, student(key, ENDS_EARLY)).put("/api/students/" + key).then().statusCode(200);
            assertThat(own.matched()).as("round %d, no longer fitting", round).isEmpty();
            jsonAs(owner, student(key, FITS)).put("/api/students/" + key).then().statusCode(200);
            assertThat(own.matched()).as("round %d, fitting again", round).containsExactly(key);
        }
        as(owner).delete("/api/students/" + key).then().statusCode(204);
        assertThat(own.matched()).isEmpty();
    }
}
