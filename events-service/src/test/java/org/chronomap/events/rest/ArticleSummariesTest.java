package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** GET /api/articles?ids=…: the metadata of many articles in one answer, without their texts. */
@QuarkusTest
class ArticleSummariesTest {

    private static String post(String title, String text, String publishedAt) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "text", text, "publishedAt", publishedAt, "source", "Wire"))
                .when().post("/api/articles")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void knownArticlesComeWithTheirMetadataAndWithoutText() {
        String first = post("Depot fire", "A fuel depot burned in Proletarsk on Sunday, officials said.", "2044-02-08");
        String second = post("Bridge", "A bridge over the Seym was destroyed on Friday, officials said.", "2044-02-09");
        String unknown = "0".repeat(32);
        given().queryParam("ids", first + "," + unknown + " , " + second + "," + first)
                .when().get("/api/articles")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("articles", hasSize(2))
                .body("articles.id", hasItems(first, second))
                .body("articles.find { it.id == '" + first + "' }.title", equalTo("Depot fire"))
                .body("articles.find { it.id == '" + first + "' }.publishedAt", equalTo("2044-02-08"))
                .body("articles.find { it.id == '" + first + "' }.source", equalTo("Wire"))
                .body(not(containsString("Proletarsk")))
                .body(not(containsString("\"events\"")));
    }

    @ParameterizedTest(name = "ids={0}")
    @ValueSource(strings = {"", " ", "abc,<script>", "ABCDEF", "a,,b", "../etc/passwd", "ab12",
            "0123456789abcdef0123456789abcdef0", "0123456789ABCDEF0123456789ABCDEF"})
    void malformedIdsAreAProblem(String ids) {
        given().queryParam("ids", ids)
                .when().get("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void missingIdsAndUnknownParametersAreProblems() {
        given().when().get("/api/articles").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("ids", "0".repeat(32)).queryParam("fields", "text")
                .when().get("/api/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("fields"));
    }

    @Test
    void tooManyIdsAreAskedForInBatches() {
        String repeated = String.join(",", Collections.nCopies(ArticleResource.MAX_SUMMARY_IDS + 1, "a".repeat(32)));
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; i <= ArticleResource.MAX_SUMMARY_IDS; i++) {
            distinct.append(i == 0 ? "" : ",").append(String.format("%032x", i));
        }
        given().queryParam("ids", distinct.toString())
                .when().get("/api/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(String.valueOf(ArticleResource.MAX_SUMMARY_IDS)));
        // the most a request may name still fits the server's request line
        StringBuilder most = new StringBuilder();
        for (int i = 0; i < ArticleResource.MAX_SUMMARY_IDS; i++) {
            most.append(i == 0 ? "" : ",").append(String.format("%032x", i));
        }
        given().queryParam("ids", most.toString()).when().get("/api/articles").then().statusCode(200);
        // the same id named once too often is still one article
        given().queryParam("ids", repeated).when().get("/api/articles").then().statusCode(200);
    }
}
