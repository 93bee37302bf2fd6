package org.chronomap.frontend;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.chronomap.frontend.support.GeneratedEvents;
import org.chronomap.frontend.support.RealEventsService;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The no-script list over more events than one page holds (1,100: pages of 500, 500 and 100), many of
 * them on the same day: each page shows its part of the events in date order, read page by page from
 * the events-service oldest first, while {@code /data/events} still sends every event.
 */
@QuarkusTest
@QuarkusTestResource(value = GeneratedEvents.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "count", value = "1100"))
class ListPagingTest {

    static List<String> served() {
        return RealEventsService.allEvents(HttpClient.newHttpClient(), GeneratedEvents.eventsUrl).stream()
                .map(e -> e.path("id").asText()).toList();
    }

    @Test
    void firstPageIsTheOldestFiveHundred() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        List<String> all = served();
        assertEquals(1100, all.size());
        assertEquals(all.subList(0, 500), PageAndDataTest.listedIds(html));
        assertTrue(html.contains("<strong>1100</strong> events from"), "count line");
        assertTrue(html.contains("Page 1 of 3"), "pager");
        assertTrue(html.contains("href=\"?page=2\" rel=\"next\""), "link to the next page");
        assertFalse(html.contains("rel=\"prev\""), "no earlier page");
    }

    @Test
    void laterPagesContinueInDateOrder() {
        List<String> all = served();
        String second = given().queryParam("page", 2).when().get("/").then().statusCode(200).extract().asString();
        assertEquals(all.subList(500, 1000), PageAndDataTest.listedIds(second));
        String third = given().queryParam("page", 3).when().get("/").then().statusCode(200).extract().asString();
        assertEquals(all.subList(1000, 1100), PageAndDataTest.listedIds(third));
        assertTrue(third.contains("Page 3 of 3"), "pager");
        assertTrue(third.contains("href=\"?page=2\" rel=\"prev\""), "link to the earlier page");
        assertFalse(third.contains("rel=\"next\""), "no later page");
    }

    @Test
    void aPageBeyondTheEndShowsTheLastPage() {
        String html = given().queryParam("page", 40).when().get("/").then().statusCode(200).extract().asString();
        assertEquals(served().subList(1000, 1100), PageAndDataTest.listedIds(html));
    }

    @Test
    void dataSendsEveryEventInTheSameOrder() {
        given().when().get("/data/events").then().statusCode(200)
                .body("total", equalTo(1100))
                .body("events.id", contains(served().toArray()));
    }

    @Test
    void spanRunsFromTheOldestToTheNewestEvent() {
        List<JsonNode> all = RealEventsService.allEvents(HttpClient.newHttpClient(), GeneratedEvents.eventsUrl);
        String oldest = all.get(0).path("date").path("start").asText();
        String newestEnd = all.get(all.size() - 1).path("date").path("end").asText();
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("from <time datetime=\"" + oldest + "\">"), "starts at the oldest event");
        assertTrue(html.contains("to <time datetime=\"" + newestEnd + "\">"), "ends with the newest event");
    }
}
