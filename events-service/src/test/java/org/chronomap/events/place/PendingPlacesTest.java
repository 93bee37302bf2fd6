package org.chronomap.events.place;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The geo-service is down: articles and events are stored with pending places, resolved by the retry;
 * meanwhile health says so and stays ready.
 */
@QuarkusTest
class PendingPlacesTest {

    @Inject
    PendingPlaceRetry retry;

    /**
     * Posts {@code text}, checks the 201 and that its one event names {@code place} with every place in
     * {@code resolution}.
     */
    private static ValidatableResponse postedWithOneEvent(String text, String publishedAt, String place,
                                                          String resolution) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", publishedAt))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("events", hasSize(1))
                .body("events[0].places.resolution", everyItem(equalTo(resolution)))
                .body("events[0].places.name", hasItem(place));
    }

    @AfterEach
    void geoServiceBack() {
        FakeGeoClient.AVAILABLE.set(true);
        FakeGeoClient.REJECTS.set(false);
    }

    @Test
    void anArticleTheGeoServiceDeclinesIsStoredWithUnresolvedNamesAndNeverRetried() {
        FakeGeoClient.REJECTS.set(true);
        String text = "Ukrainian drones struck a fuel depot in Proletarsk on Monday, officials said.";
        String id = postedWithOneEvent(text, "2043-05-12", "Proletarsk", "unresolved").extract().path("id");
        assertEquals(false, PendingPlaceRetry.hasPending(id));
    }

    @Test
    void aPendingArticleTheGeoServiceThenDeclinesLeavesTheBacklogWithUnresolvedNames() {
        FakeGeoClient.AVAILABLE.set(false);
        String text = "Russian drones struck a power station in Pokrovsk on Monday, officials said.";
        String id = postedWithOneEvent(text, "2043-06-09", "Pokrovsk", "pending").extract().path("id");
        FakeGeoClient.AVAILABLE.set(true);
        FakeGeoClient.REJECTS.set(true);
        retry.resolvePending();
        assertEquals(false, PendingPlaceRetry.hasPending(id));
        given().when().get("/api/articles/" + id + "/events").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].places.resolution", everyItem(equalTo("unresolved")))
                .body("[0].places.name", hasItem("Pokrovsk"))
                .body("[0].sources", hasSize(1));
        // the geo-service is asked no more about it
        int calls = FakeGeoClient.GEOPARSE_CALLS.get();
        retry.resolvePending();
        assertEquals(calls, FakeGeoClient.GEOPARSE_CALLS.get());
    }

    @Test
    void storedPendingThenResolvedWithoutDuplicates() {
        FakeGeoClient.AVAILABLE.set(false);
        String text = "Ukrainian drones struck a fuel depot in Proletarsk on Sunday, officials said.";
        String id = postedWithOneEvent(text, "2039-04-12", "Proletarsk", "pending")
                .body("events[0].geometry", nullValue())
                .extract().path("id");
        // Still down: the retry changes nothing and keeps the article pending.
        retry.resolvePending();
        given().when().get("/api/articles/" + id + "/events").then()
                .body("[0].places.resolution", everyItem(equalTo("pending")));

        FakeGeoClient.AVAILABLE.set(true);
        retry.resolvePending();
        List<String> events = given().when().get("/api/articles/" + id + "/events").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].places.resolution", everyItem(equalTo("resolved")))
                .body("[0].places[0].name", equalTo("Proletarsk"))
                .body("[0].places[0].geonameId", equalTo(504831))
                .body("[0].geometry.type", equalTo("Point"))
                .body("[0].sources", hasSize(1))
                .extract().path("id");
        // A second run finds nothing left to do and duplicates nothing.
        assertEquals(0, retry.resolvePending());
        given().when().get("/api/articles/" + id + "/events").then()
                .body("id", equalTo(events)).body("[0].places", hasSize(1));
    }

    @Test
    void healthIsReadyButDegradedWithThePendingCountWhileTheGeoServiceIsDown() {
        String geoCheck = "checks.find { it.name == 'geo-service' }";
        FakeGeoClient.AVAILABLE.set(false);
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Russian missiles struck an energy facility in Pokrovsk on Tuesday, officials said.",
                        "publishedAt", "2041-03-06"))
                .post("/api/articles").then().statusCode(201);
        for (String path : new String[] {"/q/health/ready", "/q/health"}) {
            given().when().get(path)
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body(geoCheck + ".status", equalTo("UP"))
                    .body(geoCheck + ".data.geoService", equalTo("DOWN"))
                    .body(geoCheck + ".data.mode", equalTo("degraded"))
                    .body(geoCheck + ".data.pendingArticles", greaterThanOrEqualTo(1))
                    .body(geoCheck + ".data.pendingPlaces", greaterThanOrEqualTo(1));
        }

        FakeGeoClient.AVAILABLE.set(true);
        retry.resolvePending();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body(geoCheck + ".data.geoService", equalTo("UP"))
                .body(geoCheck + ".data.mode", equalTo("normal"))
                .body(geoCheck + ".data.pendingArticles", equalTo(0))
                .body(geoCheck + ".data.pendingPlaces", equalTo(0));
    }
}
