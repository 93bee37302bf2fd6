package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Bad input gets a 4xx problem+json and stores nothing. */
@QuarkusTest
class BadInputTest {

    /** A word no other test uses: finding it afterwards would mean something was half-stored. */
    private static final String MARKER = "Zyxwvutsrq";

    private static void nothingStored() {
        given().queryParam("q", MARKER).when().get("/api/events")
                .then().statusCode(200).body("events.size()", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            empty text            | {"text": ""}                                                       | 400
            blank text            | {"text": "   \\n  "}                                               | 400
            number as text        | {"text": 42}                                                       | 400
            object as text        | {"text": {"a": 1}}                                                 | 400
            no text               | {"title": "Zyxwvutsrq"}                                            | 400
            impossible date       | {"text": "Zyxwvutsrq troops captured Pokrovsk on Monday.", "publishedAt": "2024-02-30"} | 400
            garbage date          | {"text": "Zyxwvutsrq troops captured Pokrovsk on Monday.", "publishedAt": "yesterday"}  | 400
            not JSON              | {"text": "Zyxwvutsrq                                               | 400
            """)
    void articleIsRejected(String name, String body, int status) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/articles")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("title", notNullValue()).body("detail", notNullValue());
        nothingStored();
    }

    @Test
    void textOverOneMebibyteIs413() {
        String text = MARKER + " troops captured Pokrovsk on Monday. " + "x".repeat(1 << 20);
        given().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        nothingStored();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bbox=1,2,3", "bbox=a,b,c,d", "bbox=0,60,10,50", "bbox=-200,0,10,10", "limit=-1",
            "limit=0", "limit=100000", "limit=ten", "cursor=forged", "cursor=djF8MjAyNC0wOC0xOXwnOyBkcm9w",
            "from=2024-02-30", "from=2024-08-20&to=2024-08-01", "category=war", "place=-5", "bbbox=1,2,3,4"})
    void eventQueryIsRejected(String query) {
        given().when().get("/api/events?" + query)
                .then().statusCode(400).contentType("application/problem+json").body("detail", notNullValue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/collections/events/items?foo=1", "/collections/events/items?datetime=yesterday",
            "/collections/events/items?datetime=2024-08-31/2024-08-01", "/collections/events/items?bbox=1,2",
            "/collections/events/items?limit=-3", "/collections/events/items?limit=1000000",
            "/collections/events/items?cursor=bm9wZQ", "/collections?x=1", "/?f=xml", "/conformance?lang=en"})
    void ogcQueryIsRejected(String path) {
        given().when().get(path).then().statusCode(400).contentType("application/problem+json");
    }
}
