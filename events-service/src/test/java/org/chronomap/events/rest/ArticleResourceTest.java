package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.chronomap.events.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ArticleResourceTest {

    private static String uniqueText() {
        return "Officials said on Monday that a bridge was struck near the border. " + UUID.randomUUID();
    }

    @Test
    void postingStoresAndRepostingFindsTheSameArticle() {
        String text = uniqueText();
        Map<String, Object> body = Map.of("title", "Bridge struck", "text", text, "publishedAt", "2024-08-19",
                "source", "Test Wire", "url", "https://example.org/a");
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", endsWith("/api/articles/" + given().contentType(ContentType.JSON)
                        .body(body).post("/api/articles").path("id")))
                .body("title", equalTo("Bridge struck"))
                .body("publishedAt", equalTo("2024-08-19"))
                .body("publishedAtInferred", equalTo(false))
                .extract().path("id");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("id", equalTo(id));
        assertEquals(1L, Article.count("text", text));

        given().when().get("/api/articles/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("source", equalTo("Test Wire"));
        given().when().get("/api/articles/" + id + "/events")
                .then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void dateTimeIsAcceptedAndItsDateKept() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", uniqueText(), "publishedAt", "2024-08-19T23:10:00+02:00"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("publishedAt", equalTo("2024-08-19"));
    }

    @Test
    void untitledArticleIsNamedByItsFirstLine() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Headline of the day\n" + uniqueText()))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Headline of the day"));
    }

    @ParameterizedTest(name = "publishedAt {0} is rejected")
    @CsvSource({"2024-02-30", "19/08/2024", "yesterday", "2024-13-01T00:00:00Z"})
    void impossibleDatesAre400AndStoreNothing(String date) {
        String text = uniqueText();
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", date))
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("publishedAt"));
        assertEquals(0L, Article.count("text", text));
    }

    @Test
    void nulCharactersAre400AndStoreNothing() {
        String text = uniqueText() + "\u0000";
        given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("NUL"));
        assertEquals(0L, Article.count("text", text));
    }

    @Test
    void blankTextIs400() {
        given().contentType(ContentType.JSON).body(Map.of("text", "   "))
                .when().post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("text"));
    }
}
