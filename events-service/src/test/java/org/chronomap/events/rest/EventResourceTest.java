package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class EventResourceTest {

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
            "bbbox, '30,45,40,53'"})
    void badParametersAre400(String name, String value) {
        given().queryParam(name, value)
                .when().get("/api/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(name));
    }

    @Test
    void unknownEventIs404() {
        given().when().get("/api/events/does-not-exist")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
