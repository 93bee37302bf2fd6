package org.chronomap.geo.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chronomap.geo.ReadyGazetteer;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class HealthAndOpenApiTest {

    @Inject
    GazetteerService gazetteer;

    @Test
    void readinessIsUpOnceTheGazetteerIsLoaded() {
        ReadyGazetteer.await(gazetteer);
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("gazetteer"));
    }

    @Test
    void openApiDescribesTheEndpoints() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/geocode"))
                .body(containsString("/api/geoparse"))
                .body(containsString("/collections/{collectionId}/items"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
