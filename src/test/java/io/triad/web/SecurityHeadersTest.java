package io.triad.web;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.account;
import static io.triad.TestApi.as;
import static io.triad.web.PageClient.FORM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.triad.domain.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The browser-facing headers (ASVS 5.0 V3.4.1, V3.4.3, V3.4.6, V3.3.1, V3.3.3, V3.3.4, V14.3.2): the CSP on every page
 * (error pages too) and templates it never has to relax for; HSTS and Secure {@code __Host-} cookies whenever the
 * request came over HTTPS through the trusted proxy (the tests' loopback address is trusted); no-store on every
 * authenticated response.
 */
@QuarkusTest
class SecurityHeadersTest {
    static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Test
    @DisplayName("V3.4.3, V3.4.6: every page, error pages included, carries the Content-Security-Policy")
    void everyPageCarriesTheContentSecurityPolicy() {
        String student = account(Role.STUDENT);
        List<Response> pages = List.of(given().get("/"), given().get("/login"), given().get("/signup"),
                given().get("/programs"), given().get("/no-such-page"),
                as(student).get("/student"), as(student).get("/admin/programs"),
                given().contentType("application/octet-stream").body(new byte[21 * 1024 * 1024]).post("/signup"),
                given().header("Origin", "https://evil.example").contentType(FORM).formParam("email", "x")
                        .post("/login"));
        assertThat(pages).extracting(Response::statusCode).containsExactly(200, 200, 200, 200, 404, 200, 403, 413, 403);
        for (Response page : pages) {
            assertThat(page.getContentType()).startsWith("text/html");
            assertThat(page.getHeader("Content-Security-Policy")).isEqualTo(CSP);
            assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        given().get("/api/no-such-thing").then().statusCode(404).header("Content-Security-Policy", CSP);
    }

    @Test
    @DisplayName("V3.4.3: no template has inline script, inline style or a style or event-handler attribute")
    void templatesNeedNoInlineScriptOrStyle() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=|\\son[a-z]+=|javascript:|"
                + "\\shx-on|\\shx-vars|js:", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offenders = files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return inline.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
        String home = given().get("/").then().statusCode(200).extract().asString();
        assertThat(home).contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,");
    }

    @Test
    @DisplayName("V3.4.1, V3.3.1, V3.3.3, V3.3.4: over HTTPS, HSTS and Secure, HttpOnly __Host- cookies")
    void overHttpsCookiesAreSecureHostCookiesAndHstsIsSent() {
        String email = account(Role.STUDENT);
        Response page = given().header("X-Forwarded-Proto", "https").get("/login?lang=fr");
        assertThat(page.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        List<String> cookies = page.getHeaders().getValues("Set-Cookie");
        assertThat(cookies).hasSize(2).allSatisfy(cookie -> assertThat(cookie).startsWith("__Host-")
                .contains("; Secure").contains("Path=/").doesNotContainIgnoringCase("Domain="));
        String pre = page.getCookie("__Host-triad_pre");
        assertThat(cookies).filteredOn(c -> c.startsWith("__Host-triad_pre=")).singleElement()
                .satisfies(c -> assertThat(c).contains("HTTPOnly"));
        String token = PageClient.token(page.asString());

        Response login = given().header("X-Forwarded-Proto", "https").header("Origin", "https://localhost")
                .cookie("__Host-triad_pre", pre).contentType(FORM).formParam("_csrf", token)
                .formParam("email", email).formParam("password", PASSWORD).redirects().follow(false).post("/login");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.getHeader("Strict-Transport-Security")).isNotNull();
        String setSession = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-triad_session=")).findFirst().orElseThrow();
        assertThat(setSession).contains("Secure").containsIgnoringCase("HttpOnly").contains("SameSite=Lax")
                .contains("Path=/").doesNotContainIgnoringCase("Domain=");
        String session = login.getCookie("__Host-triad_session");
        given().header("X-Forwarded-Proto", "https").cookie("__Host-triad_session", session).get("/api/accounts/me")
                .then().statusCode(200).body("email", equalTo(email));
        // a bare-named cookie (which a plain-HTTP or sibling-domain attacker could plant) means nothing over HTTPS
        given().header("X-Forwarded-Proto", "https").cookie(PageClient.SESSION, session).get("/api/accounts/me")
                .then().statusCode(401);
    }

    @Test
    @DisplayName("V3.4.1: plain HTTP gets no HSTS and unprefixed cookies (a laptop without TLS keeps working)")
    void overPlainHttpNoHstsAndBareCookies() {
        Response page = given().get("/login");
        assertThat(page.getHeader("Strict-Transport-Security")).isNull();
        assertThat(page.getHeaders().getValues("Set-Cookie")).singleElement()
                .satisfies(c -> assertThat(c).startsWith("triad_pre=").doesNotContain("Secure"));
    }

    @Test
    @DisplayName("V14.3.2: every authenticated response, page or API, is Cache-Control: no-store")
    void authenticatedResponsesAreNotStored() {
        String email = account(Role.STUDENT);
        String session = PageClient.logIn(email, PASSWORD);
        for (Response response : List.of(as(email).get("/api/accounts/me"), as(email).get("/api/programs"),
                given().cookie(PageClient.SESSION, session).get("/api/accounts/me"),
                given().cookie(PageClient.SESSION, session).get("/student"),
                given().cookie(PageClient.SESSION, session).get("/programs"),
                as(email).get("/api/no-such-thing"))) {
            assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        }
        given().get("/css/triad.css").then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers
                .not(equalTo("no-store")));
        given().get("/api/programs").then().statusCode(200).header("Cache-Control", nullValue());
    }
}
