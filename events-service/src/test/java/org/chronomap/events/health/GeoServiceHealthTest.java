package org.chronomap.events.health;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.chronomap.events.place.FakeGeoClient;
import org.chronomap.events.place.PendingPlaceRetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

/** Health says when the geo-service is down and how many places wait, while staying ready for ingest. */
@QuarkusTest
class GeoServiceHealthTest {

    private static final String GEO_CHECK = "checks.find { it.name == 'geo-service' }";

    @Inject
    PendingPlaceRetry retry;

    @AfterEach
    void geoServiceBack() {
        FakeGeoClient.AVAILABLE.set(true);
    }

    @Test
    void readyButDegradedWithThePendingCountWhileTheGeoServiceIsDown() {
        FakeGeoClient.AVAILABLE.set(false);
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Russian missiles struck an energy facility in Pokrovsk on Tuesday, officials said.",
                        "publishedAt", "2041-03-06"))
                .post("/api/articles").then().statusCode(201);

        for (String path : new String[] {"/q/health/ready", "/q/health"}) {
            given().when().get(path)
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem("geo-service"))
                    .body(GEO_CHECK + ".status", equalTo("UP"))
                    .body(GEO_CHECK + ".data.geoService", equalTo("DOWN"))
                    .body(GEO_CHECK + ".data.mode", equalTo("degraded"))
                    .body(GEO_CHECK + ".data.pendingArticles", greaterThanOrEqualTo(1))
                    .body(GEO_CHECK + ".data.pendingPlaces", greaterThanOrEqualTo(1));
        }

        FakeGeoClient.AVAILABLE.set(true);
        retry.resolvePending();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body(GEO_CHECK + ".data.geoService", equalTo("UP"))
                .body(GEO_CHECK + ".data.mode", equalTo("normal"))
                .body(GEO_CHECK + ".data.pendingArticles", equalTo(0))
                .body(GEO_CHECK + ".data.pendingPlaces", equalTo(0));
    }
}
