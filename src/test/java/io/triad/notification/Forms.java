package io.triad.notification;

import static io.triad.TestApi.as;

import io.restassured.response.ValidatableResponse;
import io.triad.TestApi;
import java.util.Map;
import org.hamcrest.Matchers;

/** Form posts as a page sends them: the session's CSRF token, the fields, no redirect followed. */
final class Forms {
    private Forms() {
    }

    /** Posts and expects a redirect to {@code location}. */
    static void post(String email, String path, Map<String, String> fields, String location) {
        ValidatableResponse r = post(email, path, fields, location, 303);
        r.header("Location", Matchers.endsWith(location));
    }

    static ValidatableResponse post(String email, String path, Map<String, String> fields, String location,
            int status) {
        TestApi.FormToken token = TestApi.formToken();
        return as(email).cookie(TestApi.PRE_SESSION, token.cookie()).formParam("_csrf", token.token())
                .formParams(fields).redirects().follow(false).post(path).then().statusCode(status);
    }
}
