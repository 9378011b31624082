package io.triad.notification;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.web.PageClient;
import org.junit.jupiter.api.Test;

/**
 * A signed-in request reads its account and the layout's unread count with its session, in one query, kept in memory
 * until anything changes them: a change made by a request on this instance shows on the session's next page (the
 * session is forgotten when that request's transaction ends); another instance's, once PostgreSQL's notification
 * arrives (account/SessionKeepingTest).
 */
@QuarkusTest
class SessionReadsTest {

    @Test
    void theNavigationCountIsTheOneOfEachRequestNotAKeptOne() {
        Flow f = new Flow(1, 1);
        String student = f.studentAccounts.get(0);
        String session = PageClient.logIn(student, TestApi.PASSWORD);
        assertThat(page(session, "/student/matches")).doesNotContain("unread)").contains("Notifications");

        f.invite(0);
        assertThat(page(session, "/student/matches")).contains("Notifications (1 unread)");

        String id = Flow.inbox(student, "").get("items").get(0).get("id").asText();
        as(student).post("/api/notifications/" + id + "/read").then().statusCode(200);

        assertThat(page(session, "/student/matches")).doesNotContain("unread)").contains("Notifications");
    }

    @Test
    void aSessionCarriesItsOwnAccountAndEndsWithIt() {
        Flow f = new Flow(2, 1);
        String first = f.studentAccounts.get(0);
        String second = f.studentAccounts.get(1);
        String one = PageClient.logIn(first, TestApi.PASSWORD);
        String two = PageClient.logIn(second, TestApi.PASSWORD);
        given().cookie(PageClient.SESSION, one).get("/api/accounts/me").then().statusCode(200)
                .body("email", org.hamcrest.Matchers.equalTo(first));
        given().cookie(PageClient.SESSION, two).get("/api/accounts/me").then().statusCode(200)
                .body("email", org.hamcrest.Matchers.equalTo(second));

        as(first).delete("/api/accounts/me").then().statusCode(204);

        given().cookie(PageClient.SESSION, one).get("/api/accounts/me").then().statusCode(401);
        given().cookie(PageClient.SESSION, two).get("/api/accounts/me").then().statusCode(200);
    }

    private static String page(String session, String path) {
        return given().cookie(PageClient.SESSION, session).get(path).then().statusCode(200).extract().asString();
    }
}
