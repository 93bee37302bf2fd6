package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * POST /api/articles, GET /api/articles/{id}/events, GET /api/events/{id}: extraction, idempotence and
 * merging seen through the API. Each test uses its own publication year so that tests sharing the
 * database never merge into each other's events.
 */
@QuarkusTest
class ArticleEventsResourceTest {

    static String post(String text, String publishedAt) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", publishedAt, "source", "Test"))
                .when().post("/api/articles")
                .then().statusCode(201).extract().path("id");
    }

    static int eventsBetween(String from, String to) {
        return given().queryParam("from", from).queryParam("to", to).queryParam("limit", 500)
                .when().get("/api/events").then().statusCode(200).extract().path("events.size()");
    }

    @Test
    void postReturnsTheEventsOfTheArticle() {
        String text = "Drone strike hits depot\n\nUkrainian drones struck a fuel depot in Proletarsk on Sunday, "
                + "the regional governor said, and at least 18 firefighters were injured.";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2031-03-10"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .contentType(ContentType.JSON)
                .body("publishedAt", equalTo("2031-03-10"))
                .body("publishedAtInferred", equalTo(false))
                .body("events", hasSize(1))
                .body("events[0].category", equalTo("attack"))
                .body("events[0].title", containsString("Proletarsk"))
                .body("events[0].date.start", equalTo("2031-03-09"))
                .body("events[0].date.precision", equalTo("day"))
                .body("events[0].date.asWritten", equalTo("Sunday"))
                .body("events[0].date.basis", equalTo("text"))
                .body("events[0].places[0].name", equalTo("Proletarsk"))
                .body("events[0].places[0].role", equalTo("location"))
                .body("events[0].places[0].geonameId", equalTo(504831))
                .body("events[0].geometry.type", equalTo("Point"))
                .body("events[0].geometry.coordinates[0]", equalTo(41.73f))
                .body("events[0].sources[0].text", startsWith("Ukrainian drones struck"))
                .body("events[0].sources[0].attribution", equalTo("the regional governor"))
                .body("events[0].sources[0].figures[0]", containsString("18 firefighters"));
    }

    @Test
    void sourceOffsetsAreCodePoints() {
        // An emoji before the sentence is two UTF-16 units but one code point.
        String text = "😀 Headline\n\nRussian forces captured Zalizne on Monday, the defence ministry said.";
        String id = post(text, "2032-05-12");
        int start = given().when().get("/api/articles/" + id + "/events").then().statusCode(200)
                .extract().path("[0].sources[0].start");
        assertEquals(text.codePointCount(0, text.indexOf("Russian")), start);
    }

    @Test
    void postingTheSameTextAgainChangesNothing() {
        String text = "Russian forces captured the town of Pokrovsk on Saturday, the army announced.";
        String id = post(text, "2033-06-13");
        int before = eventsBetween("2033-01-01", "2033-12-31");
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2033-06-13"))
                .when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("events", hasSize(1));
        assertEquals(before, eventsBetween("2033-01-01", "2033-12-31"));
    }

    @Test
    void twoArticlesOnOneHappeningMakeOneEventWithTwoSources() {
        String first = post("Kyiv said on Sunday that it had destroyed a second bridge over the Seym River "
                + "in the Kursk region.", "2034-08-21");
        String second = post("On Sunday, Ukraine claimed to have destroyed another bridge across the Seym River "
                + "in Kursk, cutting Russian supply lines.", "2034-08-21");
        List<String> firstEvents = given().when().get("/api/articles/" + first + "/events").then().statusCode(200)
                .extract().path("id");
        List<String> secondEvents = given().when().get("/api/articles/" + second + "/events").then().statusCode(200)
                .extract().path("id");
        assertEquals(firstEvents, secondEvents);
        given().when().get("/api/events/" + firstEvents.get(0)).then().statusCode(200)
                .body("sources", hasSize(2))
                .body("sources.articleId", equalTo(List.of(first, second)));
    }

    /** The POST answer is built from what the ingest wrote, not read back: it must equal what a GET reads. */
    @Test
    void postAnswersWithTheEventsAsStored() {
        // Texts of their own: an article's id is its text's hash, and other tests post these reports too.
        post("Kyiv said on Sunday it had destroyed a second bridge over the Seym River in the Kursk region.",
                "2047-08-21");
        Map<String, String> second = Map.of("publishedAt", "2047-08-21", "text", "On Sunday, Ukraine claimed to have "
                + "destroyed another bridge across the Seym River in Kursk, cutting supply lines. "
                + "Russian forces captured Zalizne on Monday, the defence ministry said.");
        List<Map<String, Object>> answered = given().contentType(ContentType.JSON).body(second)
                .when().post("/api/articles").then().statusCode(201).extract().path("events");
        String id = given().contentType(ContentType.JSON).body(second)
                .when().post("/api/articles").then().statusCode(200).extract().path("id");
        List<Map<String, Object>> read = given().when().get("/api/articles/" + id + "/events").then().statusCode(200)
                .extract().path("");
        assertEquals(List.of(2, 1), read.stream().map(e -> ((List<?>) e.get("sources")).size()).toList(),
                "the bridge merged into the first article's event, the capture is new");
        assertEquals(read, answered);
    }

    @Test
    void differentHappeningsOnTheSameDayStayApart() {
        String first = post("Ukrainian drones struck an oil depot in Proletarsk on Sunday, officials said.",
                "2035-08-20");
        String second = post("Russian missiles struck an apartment block in Kyiv on Sunday, officials said.",
                "2035-08-20");
        String a = given().when().get("/api/articles/" + first + "/events").then().extract().path("[0].id");
        String b = given().when().get("/api/articles/" + second + "/events").then().extract().path("[0].id");
        assertNotEquals(a, b);
    }

    @Test
    void articleWithoutPublicationDateInfersItFromADateline() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "RT\n\nSun, 11 Aug 2036 00:08 UTC\n\nBelarus shot down drones over Minsk on Saturday."))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("publishedAt", equalTo("2036-08-11"))
                .body("publishedAtInferred", equalTo(true));
    }

    @Test
    void aRegionIsDrawnWithItsShape() {
        // The fake geo-service knows a polygon for Kursk Oblast (538555): the event takes it, not a point.
        String id = post("Ukrainian troops advanced deep into the Kursk region on Tuesday, the general staff said.",
                "2041-09-12");
        given().when().get("/api/articles/" + id + "/events").then().statusCode(200)
                .body("[0].places[0].geonameId", equalTo(538555))
                .body("[0].geometry.type", equalTo("Polygon"));
    }

    @Test
    void unknownArticleAndEventAreProblems() {
        given().when().get("/api/articles/ffffffffffffffffffffffffffffffff/events")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/events/no-such-event")
                .then().statusCode(404).contentType("application/problem+json").body("detail", notNullValue());
    }

    @Test
    void everyEventHasAContractCategory() {
        post("Officials announced on Friday the evacuation of families from Pokrovsk. Russian troops captured "
                + "two villages near the town on Thursday.", "2037-01-10");
        given().queryParam("from", "2037-01-01").queryParam("to", "2037-12-31")
                .when().get("/api/events").then().statusCode(200)
                .body("events.category", everyItem(org.hamcrest.Matchers.in(List.of("attack", "battle",
                        "territorial-change", "civilian-harm", "evacuation", "emergency", "diplomacy", "other"))));
    }
}
