package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Reading events is open to web map clients of any origin; posting articles is not offered cross-origin. */
@QuarkusTest
class CorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/events?limit=1", "/collections/events/items?limit=1", "/api/events.geojson"})
    void readsAreOpenToAnyOrigin(String path) {
        given().header("Origin", "https://maps.example.org")
                .when().get(path)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://maps.example.org"));
    }

    @Test
    void preflightDoesNotOfferWrites() {
        given().header("Origin", "https://maps.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/api/articles")
                .then().header("Access-Control-Allow-Methods", anyOf(nullValue(), not(containsString("POST"))));
    }
}
