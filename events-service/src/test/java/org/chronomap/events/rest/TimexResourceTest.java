package org.chronomap.events.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TimexResourceTest {

    private static final String SEED_SENTENCE = "kyiv said on Sunday that it had destroyed a second important bridge "
            + "for Moscow’s forces in the Russian region of Kursk, where its troops have been leading an offensive for 12 days.";

    @Test
    void tagsAndNormalisesAgainstTheGivenDate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", SEED_SENTENCE, "dct", "2024-08-19"))
                .when().post("/api/timex")
                .then().statusCode(200)
                .body("dct", equalTo("2024-08-19"))
                .body("dctInferred", equalTo(false))
                .body("timex", hasSize(2))
                .body("timex[0].start", equalTo(13))
                .body("timex[0].end", equalTo(19))
                .body("timex[0].text", equalTo("Sunday"))
                .body("timex[0].type", equalTo("DATE"))
                .body("timex[0].value", equalTo("2024-08-18"))
                .body("timex[0].mod", nullValue())
                .body("timex[0].precision", equalTo("day"))
                .body("timex[0].rule", equalTo("weekday"))
                .body("timex[1].value", equalTo("P12D"))
                .body("timex[1].anchoredStart", equalTo("2024-08-06"));
    }

    @Test
    void acceptsADateTimeAndUsesItsDate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The Kremlin said on Monday it would not talk.", "dct", "2024-08-19T10:00:00Z"))
                .when().post("/api/timex")
                .then().statusCode(200)
                .body("timex[0].value", equalTo("2024-08-19"));
    }

    @Test
    void infersAMissingDateFromTheDateline() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "RT\nSun, 11 Aug 2024 00:08 UTC\nOn Sunday, the ministry announced new deployments."))
                .when().post("/api/timex")
                .then().statusCode(200)
                .body("dct", equalTo("2024-08-11"))
                .body("dctInferred", equalTo(true))
                .body("timex[1].text", equalTo("Sunday"))
                .body("timex[1].value", equalTo("2024-08-11"));
    }

    @Test
    void leavesRelativeDatesUnresolvedWhenNothingAnchorsThem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The talks resumed yesterday."))
                .when().post("/api/timex")
                .then().statusCode(200)
                .body("dct", nullValue())
                .body("dctInferred", equalTo(false))
                .body("timex[0].value", equalTo("XXXX-XX-XX"))
                .body("timex[0].intervalStart", nullValue());
    }

    @Test
    void emptyTextGivesAnEmptyList() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "", "dct", "2024-08-19"))
                .when().post("/api/timex")
                .then().statusCode(200)
                .body("timex", empty());
    }

    @Test
    void malformedDctIsABadRequestWithAMessage() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "On Sunday.", "dct", "19/08/2024"))
                .when().post("/api/timex")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("'dct'"));
    }

    @Test
    void textOverOneMebibyteIsTooLarge() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "a".repeat((1 << 20) + 1), "dct", "2024-08-19"))
                .when().post("/api/timex")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void nonJsonIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("text=On Sunday")
                .when().post("/api/timex")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
