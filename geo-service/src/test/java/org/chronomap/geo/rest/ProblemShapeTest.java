package org.chronomap.geo.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Pins the one error shape for 404 and 500 (400 and 413 are pinned by the endpoint tests). */
@QuarkusTest
class ProblemShapeTest {

    @Test
    void unknownPathIsA404ProblemNamingThePath() {
        given().when().get("/api/nowhere")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", containsString("/api/nowhere"))
                .body("instance", equalTo("/api/nowhere"));
    }

    @Test
    void unexpectedFailureIsA500WithoutInternals() {
        given().when().get("/test/fail")
                .then().statusCode(500)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Internal Server Error"))
                .body("status", equalTo(500))
                .body("detail", not(containsString("secret")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")));
    }
}
