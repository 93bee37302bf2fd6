package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/events}. Events of 2041 belong to this test. */
@QuarkusTest
class EventResourceTest {

    private static final String YEAR_FROM = "2041-01-01";
    private static final String YEAR_TO = "2041-12-31";

    /** Idempotent: the same texts again change nothing, so every test may post them. */
    @BeforeEach
    void eventsOnThreeDates() {
        Map<String, String> articles = Map.of(
                "Russian forces shelled the village of Tetkino on Monday, the regional governor said.", "2041-02-14",
                "Ukrainian drones struck an oil refinery in Novoshakhtinsk on Tuesday, officials said.", "2041-05-16",
                "Officials in Kharkiv announced on Wednesday the evacuation of children from Kupiansk.", "2041-09-13");
        articles.forEach((text, published) -> given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", published))
                .when().post("/api/articles").then().statusCode(anyOf(equalTo(201), equalTo(200))));
    }

    @Test
    void listAnswersWithAPage() {
        given().when().get("/api/events?from=2024-08-01&to=2024-08-31&bbox=30,45,40,53&category=attack,battle&limit=10")
                .then().statusCode(200)
                .body("events", notNullValue());
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
            "bbox, '30,45,40'",
            "bbox, '30,95,40,96'",
            "bbox, 'a,b,c,d'",
            "bbox, '30,53,40,45'",
            "limit, -1",
            "limit, 100000",
            "limit, ten",
            "from, 2024-02-30",
            "to, tomorrow",
            "category, weather",
            "place, -5",
            "cursor, bm90LWEtY3Vyc29y",
            "cursor, '%%%'",
            "order, newest",
            "bbbox, '30,45,40,53'"})
    void badParametersAre400(String name, String value) {
        given().queryParam(name, value)
                .when().get("/api/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(name));
    }

    @Test
    void oldestFirstIsTheNewestFirstOrderReversedAcrossPages() {
        List<JsonPath> oldest = pages("asc");
        List<JsonPath> newest = pages("desc");
        List<String> ascending = ids(oldest);
        List<String> descending = new ArrayList<>(ids(newest));
        assertTrue(ascending.size() >= 3, "the three articles give at least three events: " + ascending);
        java.util.Collections.reverse(descending);
        assertEquals(descending, ascending);
        List<String> starts = oldest.stream().flatMap(p -> p.<String>getList("events.date.start").stream()).toList();
        assertEquals(starts.stream().sorted(Comparator.naturalOrder()).toList(), starts, "start dates never go back");
        assertTrue(starts.get(0).compareTo(starts.get(starts.size() - 1)) < 0, "more than one date: " + starts);
    }

    @Test
    void aCursorOnlyContinuesTheOrderThatIssuedIt() {
        String ascending = firstPage("asc").getString("next");
        String descending = firstPage(null).getString("next");
        assertNotNull(ascending);
        assertNotNull(descending);
        given().queryParam("cursor", ascending).queryParam("limit", 1)
                .when().get("/api/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("order"));
        given().queryParam("cursor", descending).queryParam("order", "asc").queryParam("limit", 1)
                .when().get("/api/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("order"));
        given().queryParam("cursor", ascending).queryParam("order", "asc").queryParam("limit", 1)
                .when().get("/api/events")
                .then().statusCode(200);
    }

    private static JsonPath firstPage(String order) {
        var request = given().queryParam("from", YEAR_FROM).queryParam("to", YEAR_TO).queryParam("limit", 1);
        if (order != null) {
            request.queryParam("order", order);
        }
        return request.when().get("/api/events").then().statusCode(200).extract().jsonPath();
    }

    /** Every page of this test's year, one event per page, following {@code next}. */
    private static List<JsonPath> pages(String order) {
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("from", YEAR_FROM).queryParam("to", YEAR_TO).queryParam("limit", 1)
                    .queryParam("order", order);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/events").then().statusCode(200).extract().jsonPath();
            pages.add(page);
            cursor = page.getString("next");
        } while (cursor != null && pages.size() < 100);
        return pages;
    }

    private static List<String> ids(List<JsonPath> pages) {
        return pages.stream().flatMap(p -> p.<String>getList("events.id").stream()).toList();
    }

    @Test
    void unknownEventIs404() {
        given().when().get("/api/events/does-not-exist")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
