package org.chronomap.frontend;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.chronomap.frontend.support.StubbedEventsService;
import org.junit.jupiter.api.RepeatedTest;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * The article-summary cache is bounded: with room for one summary, the two articles of the fixture still both
 * name their sources, on the first read (fetched) and on the next ones (one cached, one fetched again).
 */
@QuarkusTest
@TestProfile(ArticleCacheBoundTest.OneSummary.class)
@QuarkusTestResource(value = StubbedEventsService.class, restrictToAnnotatedClass = true)
class ArticleCacheBoundTest {

    public static class OneSummary implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chronomap.article-cache-size", "1");
        }
    }

    @RepeatedTest(3)
    void everySourceKeepsItsArticleWhenTheCacheIsFull() {
        given().when().get("/data/events")
                .then().statusCode(200)
                .body("articles.keySet()", containsInAnyOrder("article-kursk", "article-xss"))
                .body("articles.'article-kursk'.title", equalTo("Ukraine destroys second bridge in Kursk region"));
    }
}
