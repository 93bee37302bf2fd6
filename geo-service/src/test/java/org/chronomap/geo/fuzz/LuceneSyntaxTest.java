package org.chronomap.geo.fuzz;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.chronomap.geo.ReadyGazetteer;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Lucene query syntax in a name or a text is read as the characters it is, never as a query: no
 * match-all, no field access, no boolean operators, no error. Each payload is paired with the
 * plain name it literally contains (blank when it names no place), and must find exactly the
 * places that name finds.
 */
@QuarkusTest
class LuceneSyntaxTest {

    @Inject
    GazetteerService gazetteer;

    @BeforeEach
    void ready() {
        ReadyGazetteer.await(gazetteer);
    }

    @ParameterizedTest(name = "q={0} finds what ''{1}'' finds")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "*:*                | ",
            "kind:place         | ",
            "k0:kyiv            | ",
            "id:703448          | ",
            "name:x OR y~       | ",
            "`\"`               | ",
            "\\                 | ",
            "(                  | ",
            "AND NOT            | ",
            "[a TO z]           | ",
            "Kyiv OR London     | ",
            "+Kyiv -London      | ",
            "Kyiv AND NOT Kyiv  | ",
            "Kyiv^10            | ",
            "`\"Kyiv\"`         | Kyiv",
            "Kyiv*              | Kyiv",
            "Kyiv~              | Kyiv",
            "(Kyiv)             | Kyiv",
            "\\Kyiv\\           | Kyiv",
            "London*            | London",
            "`London\"`         | London"})
    void geocodeReadsSyntaxAsText(String payload, String plainName) {
        List<Integer> found = geocodeIds(payload);
        List<Integer> expected = plainName == null ? List.of() : geocodeIds(plainName);
        if (plainName != null) {
            assertFalse(expected.isEmpty(), "the fixture gazetteer knows " + plainName);
        }
        assertEquals(expected, found);
        assertEquals(expected, itemIds(payload), "OGC items with q=" + payload);
    }

    /**
     * A text with query syntax around its names finds the places the same text finds without it.
     * Tokens are what the tokenizer makes of them: "London*" is one token that still names London;
     * "Kursk~2" is one that names no place, so the plain text leaves it out too.
     */
    @ParameterizedTest(name = "geoparse of {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "*:* OR kind:place AND NOT (name:x OR y~) \" \\ [a TO z] k0:kyiv^10 | ",
            "Shelling hit \"Kyiv\" and (London*) overnight, then Kursk~2 at dawn. | Shelling hit Kyiv and London overnight, then at dawn.",
            "Drones flew from Kursk* to Kyiv\\ and back. | Drones flew from Kursk to Kyiv and back.",
            "Talks in Minsk OR Warsaw AND NOT Vienna ended. | Talks in Minsk, Warsaw, not Vienna ended."})
    void geoparseReadsSyntaxAsText(String text, String plainText) {
        List<Integer> expected = plainText == null ? List.of() : geoparseIds(plainText);
        if (plainText != null) {
            assertFalse(expected.isEmpty(), "the fixture gazetteer knows the places of: " + plainText);
        }
        assertEquals(expected, geoparseIds(text));
    }

    private static List<Integer> geoparseIds(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/geoparse")
                .then().statusCode(200)
                .extract().jsonPath().getList("toponyms.place.geonameId", Integer.class);
    }

    private static List<Integer> geocodeIds(String q) {
        return given().queryParam("q", q).queryParam("limit", 100)
                .when().get("/api/geocode")
                .then().statusCode(200)
                .extract().jsonPath().getList("features.properties.geonameId", Integer.class);
    }

    private static List<Integer> itemIds(String q) {
        return given().queryParam("q", q).queryParam("limit", 100)
                .when().get("/collections/places/items")
                .then().statusCode(200)
                .extract().jsonPath().getList("features.properties.geonameId", Integer.class);
    }
}
