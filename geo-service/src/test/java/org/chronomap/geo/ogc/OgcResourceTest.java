package org.chronomap.geo.ogc;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chronomap.geo.ReadyGazetteer;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OgcResourceTest {

    @Inject
    GazetteerService gazetteer;

    @BeforeEach
    void ready() {
        ReadyGazetteer.await(gazetteer);
    }

    @Test
    void landingPageLinksTheApiConformanceAndData() {
        given().when().get("/")
                .then().statusCode(200)
                .body("links.rel", hasItems("self", "service-desc", "conformance", "data"))
                .body("links.find { it.rel == 'service-desc' }.href", containsString("/q/openapi"));
    }

    @Test
    void conformanceAndCollections() {
        given().when().get("/conformance")
                .then().statusCode(200)
                .body("conformsTo", hasItems(
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30"));
        given().when().get("/collections")
                .then().statusCode(200)
                .body("collections.id", hasItem("places"))
                .body("collections[0].links.rel", hasItem("items"));
        given().when().get("/collections/places").then().statusCode(200).body("id", equalTo("places"));
        given().when().get("/collections/nothing")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void itemsArePagedWithNextLinks() {
        var first = given().queryParam("limit", 2)
                .when().get("/collections/places/items")
                .then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(2))
                .body("numberReturned", equalTo(2))
                .body("numberMatched", greaterThan(2))
                .body("links.rel", hasItem("next"))
                .extract();
        String next = first.path("links.find { it.rel == 'next' }.href");
        assertTrue(next.contains("offset=2"), next);
        List<Object> firstIds = first.path("features.id");
        List<Object> secondIds = given().when().get(next).then().statusCode(200).extract().path("features.id");
        assertTrue(secondIds.stream().noneMatch(firstIds::contains));
    }

    @Test
    void bboxAndQueryFilterTheItems() {
        given().queryParam("bbox", "30,44,40,53").queryParam("limit", 50)
                .when().get("/collections/places/items")
                .then().statusCode(200)
                .body("features.properties.lon", everyItem(both(30f, 40f)))
                .body("features.properties.lat", everyItem(both(44f, 53f)));
        given().queryParam("q", "Kiev")
                .when().get("/collections/places/items")
                .then().statusCode(200)
                .body("features[0].properties.name", equalTo("Kyiv"));
    }

    private static org.hamcrest.Matcher<Float> both(float min, float max) {
        return org.hamcrest.Matchers.both(greaterThanOrEqualTo(min)).and(lessThanOrEqualTo(max));
    }

    @Test
    void unknownParametersAndBadBboxAre400() {
        given().queryParam("foo", "1").when().get("/collections/places/items")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("foo"));
        given().queryParam("bbox", "1,2,3").when().get("/collections/places/items")
                .then().statusCode(400)
                .body("detail", containsString("bbox"));
    }

    @Test
    void singleItemAndUnknownItem() {
        given().when().get("/collections/places/items/703448")
                .then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("id", equalTo(703448))
                .body("properties.name", equalTo("Kyiv"))
                .body("links.rel", hasItem("self"));
        given().when().get("/collections/places/items/42")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
