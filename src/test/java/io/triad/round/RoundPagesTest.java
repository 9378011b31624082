package io.triad.round;

import static io.restassured.RestAssured.given;
import static io.triad.TestApi.PASSWORD;
import static io.triad.TestApi.as;
import static io.triad.TestApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The rounds' pages without a browser: an operator creates a round, a student ranks openings and reorders them with
 * up and down buttons (plain form posts), founders rank students or take the engine's order, the operator runs the
 * round while its page refreshes itself, then reads the figures (charts with data tables) while each participant reads
 * their result and why, in English and French. A form without its token changes nothing.
 */
@QuarkusTest
class RoundPagesTest {

    @Test
    void fromCreationToEachParticipantsResultThroughThePages() {
        RoundWorld w = new RoundWorld(3);
        String program = w.program("pages", "\"flatPerPlacement\": 1000", "\"capacity\": 5");
        String location = post(w.operator, "/rounds", Map.of("name", "Pages " + w.s, "openings", w.a + ", " + w.c,
                "programs", program, "closesOn", "2090-12-31", "seed", "11")).then().statusCode(303)
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        page(w.operator).get("/rounds").then().statusCode(200).body(containsString("/rounds/" + id));
        page(w.accounts.get(0)).get("/rounds").then().statusCode(200).body(containsString("/rounds/" + id));
        page(w.outsider).get("/rounds").then().statusCode(200).body(not(containsString("/rounds/" + id)));

        String student = w.students.get(0);
        page(w.accounts.get(0)).get("/rounds/" + id).then().statusCode(200).body(containsString("Your ranking"))
                .body(containsString("value=\"" + w.a + "\""));
        for (String opening : List.of(w.a, w.c)) {
            post(w.accounts.get(0), "/rounds/" + id + "/student", Map.of("student", student, "opening", opening,
                    "action", "add")).then().statusCode(303);
        }
        post(w.accounts.get(0), "/rounds/" + id + "/student", Map.of("student", student, "opening", w.c,
                "action", "up")).then().statusCode(303);
        assertThat(ranking(w, id, 0)).containsExactly(w.c, w.a);
        List<String> keys = List.of(w.a, w.b, w.c, student, w.students.get(1), program);
        namesNotKeys(html(page(w.accounts.get(0)).get("/rounds/" + id)), List.of(w.shown(w.c), w.shown(w.a)),
                keys);
        post(w.accounts.get(1), "/rounds/" + id + "/student", Map.of("student", w.students.get(1), "opening", w.a,
                "action", "add")).then().statusCode(303);

        page(w.founder).get("/rounds/" + id).then().statusCode(200).body(containsString("Use the engine"));
        post(w.founder, "/rounds/" + id + "/openings/" + w.a, Map.of("student", w.students.get(1), "action", "add"))
                .then().statusCode(303);
        post(w.founder, "/rounds/" + id + "/openings/" + w.a, Map.of("student", student, "action", "add"))
                .then().statusCode(303);
        post(w.founder, "/rounds/" + id + "/openings/" + w.a, Map.of("student", student, "action", "up"))
                .then().statusCode(303);
        post(w.otherFounder, "/rounds/" + id + "/openings/" + w.c, Map.of("action", "engine")).then().statusCode(303);
        page(w.otherFounder).get("/rounds/" + id).then().statusCode(200)
                .body(containsString("id=\"opening-" + w.c + "\"")).body(containsString("order (ties broken"));
        namesNotKeys(html(page(w.founder).get("/rounds/" + id)), List.of("Ranking for " + w.shown(w.a),
                RoundWorld.name(student), RoundWorld.name(w.students.get(1))), keys);
        namesNotKeys(html(page(w.otherFounder).cookie("triad_lang", "fr").get("/rounds/" + id)),
                List.of("Classement pour " + w.shown(w.c)), keys);

        namesNotKeys(html(page(w.operator).get("/rounds/" + id)), List.of("Openings in this round", w.shown(w.a),
                w.shown(w.c), "Round pages"), keys);
        post(w.operator, "/rounds/" + id + "/run", Map.of()).then().statusCode(303);
        Awaitility.await("the round is done").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> page(w.operator).get("/rounds/" + id).then().extract().header("Refresh") == null);
        page(w.operator).get("/rounds/" + id).then().statusCode(200).body(containsString("id=\"choices-table\""))
                .body(containsString("id=\"funding-table\"")).body(containsString("Match rate: 2 of 2"))
                .body(containsString("Choice 1")).body(containsString("2000.00 CAD (2)"));
        namesNotKeys(html(page(w.operator).get("/rounds/" + id)), List.of("Round pages"), keys);
        namesNotKeys(html(page(w.operator).cookie("triad_lang", "fr").get("/rounds/" + id)),
                List.of("Taux de jumelage", "Round pages"), keys);
        // student 0 ranked c first; c took the engine's order and had room: c, their 1st choice
        namesNotKeys(html(page(w.accounts.get(0)).get("/rounds/" + id)),
                List.of("Matched with " + w.shown(w.c) + ", your choice number 1."), keys);
        // a's founder ranked student 0 first, who took a choice ranked higher; student 1 came
        namesNotKeys(html(page(w.founder).get("/rounds/" + id)), List.of(RoundWorld.name(student)
                + " was matched with an opening they ranked higher.", RoundWorld.name(w.students.get(1)) + " comes to "
                + w.shown(w.a)), keys);
        // student 1 ranked only a and got it: nothing to explain; c's founder missed no one it ranked
        namesNotKeys(html(page(w.accounts.get(1)).get("/rounds/" + id)), List.of("Matched with " + w.shown(w.a)), keys);
        namesNotKeys(html(page(w.otherFounder).get("/rounds/" + id)), List.of(RoundWorld.name(student) + " comes to "
                + w.shown(w.c)), keys);
        namesNotKeys(html(page(w.accounts.get(0)).cookie("triad_lang", "fr").get("/rounds/" + id)),
                List.of("Jumelé avec " + w.shown(w.c)), keys);
        // student 2 fits both openings but ranked none: told so, not left with an empty result
        namesNotKeys(html(page(w.accounts.get(2)).get("/rounds/" + id)),
                List.of("You ranked no openings in this round, so it could not place you."), keys);
        namesNotKeys(html(page(w.accounts.get(2)).cookie("triad_lang", "fr").get("/rounds/" + id)),
                List.of("Vous n'avez classé aucun poste à ce tour"), keys);
        namesNotKeys(html(page(w.founder).cookie("triad_lang", "fr").get("/rounds/" + id)),
                List.of(RoundWorld.name(w.students.get(1)) + " vient à " + w.shown(w.a)), keys);
        post(w.accounts.get(0), "/rounds/" + id + "/student", Map.of("student", student, "opening", w.a,
                "action", "up")).then().statusCode(409);
    }

    @Test
    void aFrenchRoundPageNamesProgramsInFrenchWhenTheyHaveAFrenchNameAndInEnglishOtherwise() {
        RoundWorld w = new RoundWorld(1);
        String french = w.program("frname", "\"flatPerPlacement\": 1000", "\"nameFr\": \"Tour aidé " + w.s + "\"");
        String english = w.program("enonly", "\"flatPerPlacement\": 1000", "");
        String id = w.round(List.of(french, english), 5);
        List<String> keys = List.of(french, english);
        namesNotKeys(html(page(w.operator).cookie("triad_lang", "fr").get("/rounds/" + id)),
                List.of("Tour aidé " + w.s, "Round enonly"), keys);
        assertThat(html(page(w.operator).cookie("triad_lang", "fr").get("/rounds/" + id)))
                .doesNotContain("Round frname");
        namesNotKeys(html(page(w.operator).cookie("triad_lang", "en").get("/rounds/" + id)),
                List.of("Round frname", "Round enonly"), keys);
        assertThat(html(page(w.operator).cookie("triad_lang", "en").get("/rounds/" + id)))
                .doesNotContain("Tour aidé");
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        RoundWorld w = new RoundWorld(1);
        String id = w.round(List.of(), 3);
        given().auth().preemptive().basic(w.accounts.get(0), PASSWORD).contentType(ContentType.URLENC)
                .formParam("_csrf", "forged").formParam("student", w.students.get(0)).formParam("opening", w.a)
                .formParam("action", "add").post("/rounds/" + id + "/student").then().statusCode(403);
        assertThat(ranking(w, id, 0)).isEmpty();
    }

    private static String html(io.restassured.response.Response response) {
        return response.then().statusCode(200).extract().asString();
    }

    /** The page's text (tags and their attributes dropped) names each of {@code names} and shows none of the keys. */
    static void namesNotKeys(String html, List<String> names, List<String> keys) {
        String text = html.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").replace("&#39;", "'");
        for (String name : names) {
            assertThat(text).contains(name);
        }
        for (String key : keys) {
            assertThat(text).as("a page shows a name, not the key %s", key).doesNotContain(key);
        }
    }

    /** The student's ranking as the page lists it. */
    private static List<String> ranking(RoundWorld w, String id, int student) {
        String html = page(w.accounts.get(student)).get("/rounds/" + id).then().statusCode(200).extract().asString();
        String ranked = html.substring(html.indexOf("class=\"round-ranking\""));
        ranked = ranked.substring(0, ranked.indexOf("</ol>"));
        return java.util.regex.Pattern.compile("data-key=\"([^\"]+)\"").matcher(ranked).results()
                .map(m -> m.group(1)).toList();
    }

    private static RequestSpecification page(String email) {
        return given().auth().preemptive().basic(email, PASSWORD)
                .cookie(TestApi.PRE_SESSION, TestApi.formToken().cookie()).redirects().follow(false);
    }

    private static io.restassured.response.Response post(String email, String path, Map<String, String> fields) {
        RequestSpecification r = page(email).contentType(ContentType.URLENC).formParam("_csrf", TestApi.csrfToken());
        fields.forEach(r::formParam);
        return r.post(path);
    }
}
