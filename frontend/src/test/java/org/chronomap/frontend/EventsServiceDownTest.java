package org.chronomap.frontend;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With no events-service (the test profile points at a closed port) the reader still gets a page. */
@QuarkusTest
class EventsServiceDownTest {

    @Test
    void pageRendersWithANoticeInsteadOfFailing() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("The events service is not answering right now"))
                .body(containsString("role=\"alert\""));
    }

    @Test
    void dataEndpointSaysServiceUnavailable() {
        given().when().get("/data/events")
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", containsString("events service is not answering"));
    }

    @Test
    void notReadyWithoutTheEventsService() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"));
    }
}
