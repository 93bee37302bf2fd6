package org.chronomap.geo.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chronomap.geo.ReadyGazetteer;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class GeocodeResourceTest {

    @Inject
    GazetteerService gazetteer;

    @BeforeEach
    void ready() {
        ReadyGazetteer.await(gazetteer);
    }

    @Test
    void geocodeAnswersAGeoJsonFeatureCollectionBestFirst() {
        given().queryParam("q", "Kiev").queryParam("limit", 3)
                .when().get("/api/geocode")
                .then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(greaterThan(0)))
                .body("features[0].type", equalTo("Feature"))
                .body("features[0].properties.geonameId", equalTo(703448))
                .body("features[0].properties.name", equalTo("Kyiv"))
                .body("features[0].properties.countryCode", equalTo("UA"))
                .body("features[0].properties.featureClass", equalTo("P"))
                .body("features[0].properties.featureCode", equalTo("PPLC"))
                .body("features[0].properties.matchedName", equalTo("Kiev"))
                .body("features[0].properties.score", both(greaterThanOrEqualTo(0f)).and(lessThanOrEqualTo(1f)))
                .body("features[0].geometry.type", equalTo("Point"))
                // [lon, lat] order
                .body("features[0].geometry.coordinates[0]", both(greaterThan(30f)).and(lessThanOrEqualTo(31f)));
    }

    @Test
    void regionsAndRiversComeWithTheirShapes() {
        given().queryParam("q", "Kursk Oblast").when().get("/api/geocode")
                .then().statusCode(200)
                .body("features[0].properties.featureCode", equalTo("ADM1"))
                .body("features[0].properties.admin1Name", equalTo("Kursk Oblast"))
                .body("features[0].geometry.type", equalTo("Polygon"));
        given().queryParam("q", "Seim").when().get("/api/geocode")
                .then().statusCode(200)
                .body("features[0].properties.featureCode", equalTo("STM"))
                .body("features[0].properties.geonameId", equalTo(null))
                .body("features[0].geometry.type", equalTo("LineString"));
    }

    @Test
    void countryFilterKeepsOnlyThatCountry() {
        given().queryParam("q", "Pokrovsk").queryParam("country", "ru").when().get("/api/geocode")
                .then().statusCode(200)
                .body("features.properties.countryCode", org.hamcrest.Matchers.everyItem(equalTo("RU")));
    }

    @ParameterizedTest(name = "{0} → 400")
    @CsvSource(delimiter = '|', textBlock = """
            # query string                       | words the detail must contain
            q=                                   | q
            limit=5                              | q
            q=Kyiv&limit=0                       | limit
            q=Kyiv&limit=101                     | limit
            q=Kyiv&lat=91&lon=0                  | lat
            q=Kyiv&lat=50&lon=-181               | lon
            q=Kyiv&lat=50                        | lon
            q=Kyiv&country=Ukraine               | country
            q=Kyiv&foo=1                         | foo
            """)
    void badInputIsAProblemSayingWhatWasWrong(String query, String mentioned) {
        given().when().get("/api/geocode?" + query)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("detail", containsString(mentioned))
                .body("instance", equalTo("/api/geocode"));
    }

    @Test
    void overlongQueryIsRejected() {
        given().queryParam("q", "x".repeat(201)).when().get("/api/geocode")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("q"));
    }

    @Test
    void placeByIdAndUnknownId() {
        given().when().get("/api/places/703448")
                .then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("Feature"))
                .body("properties.name", equalTo("Kyiv"))
                .body("geometry.type", equalTo("Point"));
        given().when().get("/api/places/1")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("1"))
                .body("instance", equalTo("/api/places/1"));
    }
}
