package io.triad.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layout's navigation links are kept rendered across requests (web/Navigation): every page, asked in any order by
 * any role, in either language, on any path, shows the links its own viewer and path call for, the same in the wide
 * header and in the compact menu. The unread count's part is SessionReadsTest's.
 */
@QuarkusTest
class NavigationTest {
    private static final Pattern LINK = Pattern.compile("<li><a href=\"([^\"]+)\"( aria-current=\"page\")?>([^<]*)</a>");

    /** The links as the layout is meant to draw them, written out here: href, then * when it is the current one. */
    private static List<String> expected(Role role, String path) {
        List<String> links = new ArrayList<>();
        boolean signedIn = role != null;
        if (signedIn) {
            links.add(link("/home", path.equals("/home")));
        }
        links.add(link("/programs", path.startsWith("/programs")));
        if (role == Role.STARTUP) {
            links.add(link("/startups", path.startsWith("/startups")));
        }
        if (role == Role.STUDENT) {
            links.add(link("/student", path.equals("/student")));
            links.add(link("/student/matches", path.startsWith("/student/matches")));
        }
        if (role == Role.STARTUP || role == Role.STUDENT || role == Role.OPERATOR) {
            links.add(link("/invitations", path.startsWith("/invitations")));
            links.add(link("/rounds", path.startsWith("/rounds")));
        }
        if (signedIn) {
            for (String href : List.of("/alerts", "/deadlines", "/notifications", "/placements")) {
                links.add(link(href, path.startsWith(href)));
            }
        }
        if (role == Role.PROGRAM_ADMIN || role == Role.OPERATOR) {
            links.add(link("/admin/programs", path.startsWith("/admin/programs")));
            links.add(link("/admin/dashboard", path.startsWith("/admin/dashboard")));
        }
        if (role == Role.OPERATOR) {
            links.add(link("/operator/import", path.startsWith("/operator/import")));
            links.add(link("/operator/accounts", path.startsWith("/operator/accounts")));
        }
        return links;
    }

    private static String link(String href, boolean current) {
        return current ? href + "*" : href;
    }

    /** The links of one navigation block (the wide one, else the compact one). */
    private static List<String> shown(String html, String from) {
        int at = html.indexOf(from);
        String block = html.substring(at, html.indexOf("</nav>", at));
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(block);
        while (m.find()) {
            links.add(link(m.group(1), m.group(2) != null));
        }
        return links;
    }

    private static String page(String email, String path, String lang) {
        var request = email == null ? given() : TestApi.as(email);
        return request.redirects().follow(false).get(path + "?lang=" + lang).then().statusCode(200).extract()
                .asString();
    }

    @Test
    void everyPageShowsTheLinksOfItsOwnViewerPathAndLanguage() {
        Role[] roles = {Role.STARTUP, Role.STUDENT, Role.PROGRAM_ADMIN, Role.OPERATOR};
        String[] accounts = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            accounts[i] = TestApi.account(roles[i]);
        }
        for (int round = 0; round < 2; round++) {
            for (String path : List.of("/programs", "/deadlines", "/alerts", "/home")) {
                for (String lang : List.of("en", "fr")) {
                    for (int i = 0; i < roles.length; i++) {
                        String html = page(accounts[i], path, lang);
                        List<String> wide = shown(html, "<nav class=\"nav-wide\"");
                        assertThat(wide).as(roles[i] + " on " + path).isEqualTo(expected(roles[i], path));
                        assertThat(shown(html, "<details class=\"nav-compact\">")).isEqualTo(wide);
                        assertThat(html).contains(lang.equals("fr") ? ">Programmes</a>" : ">Programs</a>");
                    }
                }
            }
            assertThat(shown(page(null, "/programs", "en"), "<nav class=\"nav-wide\""))
                    .isEqualTo(expected(null, "/programs"));
        }
    }

    /**
     * The account links are kept too: asked in turns by two accounts that share a pre-session and by the same accounts
     * on another one, in both languages, each page names its own viewer and carries its own pre-session's token in the
     * log-out form (the wide block and the compact one alike).
     */
    @Test
    void everyPageShowsItsOwnViewerAndFormToken() {
        String[] accounts = {TestApi.account(Role.STARTUP), TestApi.account(Role.PROGRAM_ADMIN)};
        TestApi.FormToken[] preSessions = {TestApi.formToken(), TestApi.newFormToken()};
        assertThat(preSessions[1].token()).isNotEqualTo(preSessions[0].token());
        for (int round = 0; round < 2; round++) {
            for (String lang : List.of("en", "fr")) {
                for (TestApi.FormToken pre : preSessions) {
                    for (String email : accounts) {
                        String html = TestApi.as(email).cookie(TestApi.PRE_SESSION, pre.cookie()).redirects()
                                .follow(false).get("/alerts?lang=" + lang).then().statusCode(200).extract().asString();
                        for (String from : List.of("<div class=\"account nav-wide\">", "<div class=\"account\">")) {
                            int at = html.indexOf(from);
                            String block = html.substring(at, html.indexOf("</div>", at));
                            assertThat(block).as(email + " " + lang).contains(email)
                                    .contains("name=\"_csrf\" value=\"" + pre.token() + "\"")
                                    .contains("hreflang=\"" + (lang.equals("fr") ? "en" : "fr") + "\"");
                            for (String other : accounts) {
                                if (!other.equals(email)) {
                                    assertThat(block).doesNotContain(other);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
