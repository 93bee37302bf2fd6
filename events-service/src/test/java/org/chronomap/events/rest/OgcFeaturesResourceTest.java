package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** OGC API - Features over the events, and the GeoJSON and CSV downloads. Events of 2038 belong to this test. */
@QuarkusTest
class OgcFeaturesResourceTest {

    /** Idempotent: the same texts again change nothing, so every test may post them. */
    @BeforeEach
    void events() {
        for (String text : List.of(
                "Ukrainian drones struck the Kavkaz fuel depot in Proletarsk on Sunday, officials said.",
                "Russian forces captured the town of Zalizne on Saturday, the army announced.",
                "Officials in Kyiv announced on Friday the evacuation of families from Pokrovsk.")) {
            given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2038-03-15"))
                    .when().post("/api/articles").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));
        }
    }

    @Test
    void landingPageLinksTheRest() {
        given().when().get("/").then().statusCode(200).contentType(ContentType.JSON)
                .body("links.rel", hasItems("self", "service-desc", "conformance", "data"))
                .body("links.find { it.rel == 'service-desc' }.href", containsString("/q/openapi"));
    }

    @Test
    void conformanceDeclaresCoreAndGeoJson() {
        given().when().get("/conformance").then().statusCode(200)
                .body("conformsTo", hasItems("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"));
    }

    @Test
    void collectionsListEvents() {
        given().when().get("/collections").then().statusCode(200)
                .body("collections.id", hasItem("events"))
                .body("collections[0].links.rel", hasItem("items"));
        given().when().get("/collections/events").then().statusCode(200).body("id", equalTo("events"));
        given().when().get("/collections/nothing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void itemsArePagedGeoJson() {
        String next = given().queryParam("datetime", "2038-01-01/2038-12-31").queryParam("limit", 1)
                .when().get("/collections/events/items")
                .then().statusCode(200).contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("numberMatched", equalTo(3))
                .body("numberReturned", equalTo(1))
                .body("features", hasSize(1))
                .body("features[0].type", equalTo("Feature"))
                .body("features[0].properties.category", notNullValue())
                .body("features[0].properties.date.start", startsWith("2038-"))
                .body("features[0].geometry.type", equalTo("Point"))
                .body("links.rel", hasItems("self", "next"))
                .extract().path("links.find { it.rel == 'next' }.href");
        given().urlEncodingEnabled(false).when().get(next).then().statusCode(200)
                .body("numberReturned", equalTo(1)).body("numberMatched", equalTo(3));
    }

    @Test
    void datetimeAndBboxFilter() {
        // Proletarsk (41.73E, 46.7N) only
        given().queryParam("datetime", "2038-01-01T00:00:00Z/2038-12-31").queryParam("bbox", "40,45,43,48")
                .when().get("/collections/events/items")
                .then().statusCode(200).body("numberMatched", equalTo(1))
                .body("features[0].properties.places[0].name", equalTo("Proletarsk"));
        given().queryParam("datetime", "../1900-01-01").when().get("/collections/events/items")
                .then().statusCode(200).body("numberMatched", equalTo(0)).body("features", hasSize(0));
    }

    @Test
    void oneItem() {
        String id = given().queryParam("datetime", "2038-01-01/2038-12-31").when().get("/collections/events/items")
                .then().extract().path("features[0].id");
        given().when().get("/collections/events/items/" + id).then().statusCode(200)
                .contentType("application/geo+json").body("id", equalTo(id)).body("type", equalTo("Feature"));
        given().when().get("/collections/events/items/nope").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void geojsonDownloadOfTheSelection() {
        given().queryParam("from", "2038-01-01").queryParam("to", "2038-12-31").queryParam("category", "attack")
                .when().get("/api/events.geojson")
                .then().statusCode(200).contentType("application/geo+json")
                .header("Content-Disposition", containsString("events.geojson"))
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(1))
                .body("features[0].properties.category", equalTo("attack"));
        given().queryParam("bogus", "1").when().get("/api/events.geojson").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void csvDownloadOfTheSelection() {
        String csv = given().queryParam("from", "2038-01-01").queryParam("to", "2038-12-31")
                .when().get("/api/events.csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(String.join(",", EventCsv.HEADER), lines[0]);
        org.junit.jupiter.api.Assertions.assertEquals(4, lines.length);
    }
}
