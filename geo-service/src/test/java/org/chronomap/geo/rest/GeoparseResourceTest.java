package org.chronomap.geo.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.chronomap.geo.ReadyGazetteer;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class GeoparseResourceTest {

    @Inject
    GazetteerService gazetteer;

    @BeforeEach
    void ready() {
        ReadyGazetteer.await(gazetteer);
    }

    @Test
    void offsetsAreCodePointsAndPlacesAreResolved() {
        // The emoji is 2 UTF-16 units but 1 code point: "Kursk" starts at code point 17, not 18.
        String text = "\uD83D\uDE42 Troops entered Kursk region; Kyiv said on Sunday.";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2024-08-19"))
                .when().post("/api/geoparse")
                .then().statusCode(200)
                .body("toponyms", hasSize(2))
                .body("toponyms[0].start", equalTo(17))
                .body("toponyms[0].end", equalTo(22))
                .body("toponyms[0].surface", equalTo("Kursk"))
                .body("toponyms[0].place.geonameId", equalTo(538555))
                .body("toponyms[0].place.featureCode", equalTo("ADM1"))
                .body("toponyms[0].place.countryCode", equalTo("RU"))
                .body("toponyms[1].surface", equalTo("Kyiv"))
                .body("toponyms[1].place.geonameId", equalTo(703448));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{bad")
                .when().post("/api/geoparse")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("detail", containsString("JSON"))
                .body("instance", equalTo("/api/geoparse"));
    }

    @Test
    void wrongTypeAndMissingTextAre400Problems() {
        given().contentType(ContentType.JSON).body("{\"text\": [\"a\"]}")
                .when().post("/api/geoparse")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("text"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/geoparse")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("text"));
    }

    @Test
    void textOverOneMegabyteIsA413Problem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "a".repeat((1 << 20) + 1)))
                .when().post("/api/geoparse")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413))
                .body("detail", containsString("1 MB"));
    }

    @Test
    void bodyOverTheHttpLimitIsA413ProblemToo() {
        given().contentType(ContentType.JSON).body("{\"text\": \"" + "a".repeat(3 << 20) + "\"}")
                .when().post("/api/geoparse")
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413))
                .body("title", equalTo("Content Too Large"))
                .body(not(containsString("Exception")));
    }
}
