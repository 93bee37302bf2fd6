package org.chronomap.events.fuzz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.chronomap.events.event.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Classic SQL injection payloads in the filters of GET /api/events are read as the characters they
 * are: {@code q} finds exactly the events whose title holds the payload literally (LIKE wildcards
 * and quotes included), {@code place} and {@code category} reject what is not an id or a category,
 * and nothing is dropped or changed. The events live in 1901, a year no other test uses, so the
 * date filter isolates them from whatever else the shared test database holds.
 */
@QuarkusTest
class SqlInjectionTest {

    /** Id → title; every payload below occurs literally in exactly the titles its test names. */
    private static final String[][] EVENTS = {
            {"sqli-plain", "Shelling of a bridge"},
            {"sqli-quote", "Crowd chanted ' OR 1=1 -- outside the hall"},
            {"sqli-drop", "Hackers posted \"; DROP TABLE event; -- on the site"},
            {"sqli-percent", "Turnout rose 40%' -- officials said"},
            {"sqli-underscore", "File named a_b leaked"},
            {"sqli-backslash", "Path C:\\temp was shared"}};

    @BeforeEach
    void store() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String[] e : EVENTS) {
                Event event = new Event();
                event.id = e[0];
                event.title = e[1];
                event.category = "other";
                event.dateStart = LocalDate.of(1901, 6, 1);
                event.dateEnd = event.dateStart;
                event.precision = "day";
                event.createdAt = OffsetDateTime.now();
                event.persist();
            }
        });
    }

    @AfterEach
    void remove() {
        QuarkusTransaction.requiringNew().run(() -> Event.delete("id like ?1", "sqli-%"));
    }

    @ParameterizedTest(name = "q={0} finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "' OR 1=1 --          | sqli-quote",
            "' OR '1'='1          | ",
            "1=1                  | sqli-quote",
            "; DROP TABLE event   | sqli-drop",
            "`\"; DROP TABLE event; --` | sqli-drop",
            "%' --                | sqli-percent",
            "%                    | sqli-percent",
            "_                    | sqli-underscore",
            "a_b                  | sqli-underscore",
            "\\                   | sqli-backslash",
            "C:\\temp             | sqli-backslash",
            "--                   | sqli-quote,sqli-drop,sqli-percent",
            "' or 1=1 --          | sqli-quote",
            "') OR ('a'='a        | ",
            "*                    | "})
    void textFilterIsLiteral(String q, String expectedIds) {
        List<String> found = idsIn1901("q", q);
        List<String> expected = expectedIds == null ? List.of() : List.of(expectedIds.split(","));
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
        assertEquals(EVENTS.length, Event.count("id like ?1", "sqli-%"), "nothing was dropped");
    }

    @ParameterizedTest(name = "{0} is not a place id")
    @ValueSource(strings = {"' OR 1=1 --", "1 OR 1=1", "1; DROP TABLE event", "%' --", "1)--", "0x1"})
    void placeFilterRejectsNonIds(String place) {
        given().queryParam("place", place)
                .when().get("/api/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("place"));
    }

    @ParameterizedTest(name = "{0} is not a category")
    @ValueSource(strings = {"' OR 1=1 --", "other' OR '1'='1", "other); DROP TABLE event; --", "%' --", "other%",
            "oth_r"})
    void categoryFilterRejectsNonCategories(String category) {
        given().queryParam("category", category)
                .when().get("/api/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("category"));
        assertEquals(EVENTS.length, Event.count("id like ?1", "sqli-%"), "nothing was dropped");
    }

    @Test
    void aListOfRealCategoriesStillFiltersExactly() {
        assertEquals(EVENTS.length, idsIn1901("category", "other,attack").size());
    }

    private static List<String> idsIn1901(String parameter, String value) {
        return given().queryParam(parameter, value)
                .queryParam("from", "1901-01-01").queryParam("to", "1901-12-31").queryParam("limit", 500)
                .when().get("/api/events")
                .then().statusCode(200)
                .extract().jsonPath().getList("events.id", String.class);
    }
}
