package io.triad.web;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does with Triad's forms, over plain HTTP: fetch a page, keep its cookies, post its form with the
 * CSRF token it carried. For the tests of the forms' protections.
 */
public final class PageClient {
    public static final String SESSION = "triad_session";
    public static final String PRE = "triad_pre";
    public static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private PageClient() {
    }

    /** A pre-session cookie and the token of the forms rendered with it. */
    public record Anonymous(String cookie, String token) {
    }

    /** What a new visitor gets from the log-in page. */
    public static Anonymous visit() {
        Response page = given().get("/login").then().statusCode(200).extract().response();
        return new Anonymous(page.cookie(PRE), token(page.asString()));
    }

    /** Logs in through the form, as a browser does, and answers the session cookie. */
    public static String logIn(String email, String password) {
        Anonymous visitor = visit();
        String session = given().cookie(PRE, visitor.cookie()).contentType(FORM).formParam("_csrf", visitor.token())
                .formParam("email", email).formParam("password", password).redirects().follow(false)
                .post("/login").then().statusCode(303).extract().cookie(SESSION);
        if (session == null || session.isBlank()) {
            throw new IllegalStateException("The log-in set no session cookie");
        }
        return session;
    }

    /** The CSRF token of the pages a session sees (its log-out form's). */
    public static String tokenOf(String session) {
        return token(given().cookie(SESSION, session).get("/").then().statusCode(200).extract().asString());
    }

    /** The first form token of a page; fails when there is none. */
    public static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no CSRF token");
        }
        return matcher.group(1);
    }
}
