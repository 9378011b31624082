package io.triad.program;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import java.util.UUID;

/** Accounts and import documents for the program pages' tests; every name carries a suffix unique to the test. */
final class ProgramFixtures {
    static final String PASSWORD = "correct-horse-battery-7";

    private ProgramFixtures() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new account of {@code role}; returns its email. */
    static String account(AccountService accounts, Role role, String suffix) {
        String email = role.name().toLowerCase().replace('_', '-') + "-" + suffix + "@example.org";
        accounts.create(email, PASSWORD, role);
        return email;
    }

    /** POST /api/import as {@code email} (HTTP Basic), expecting success. */
    static void importAs(String email, String document) {
        given().auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON).body(document)
                .post("/api/import").then().statusCode(200);
    }

    /** A CSRF token with its cookie, as a page hands them out. */
    static String csrfToken() {
        return given().get("/programs").then().statusCode(200).extract().cookie("triad_csrf");
    }
}
