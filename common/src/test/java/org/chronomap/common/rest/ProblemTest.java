package org.chronomap.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemTest {

    record Body(String text, int count) {
    }

    @ParameterizedTest
    @CsvSource({"400, Bad Request", "404, Not Found", "413, Content Too Large", "422, Unprocessable Content",
            "503, Service Unavailable", "599, HTTP 599"})
    void titlesAreTheRfc9110ReasonPhrases(int status, String title) {
        assertEquals(title, Problem.of(status, "x", "/p").title());
        assertEquals("about:blank", Problem.of(status, "x", "/p").type());
    }

    @ParameterizedTest
    @CsvSource({"1048576, 1 MiB", "65536, 64 KiB", "1000, 1000 bytes"})
    void limitsAreSaidInUnitsAReaderKnows(long bytes, String said) {
        assertEquals(said, TransportErrors.readable(bytes));
    }

    /** Jackson's own messages name Java types ("java.lang.String"): the details must not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {bad                          | not valid JSON
            {"text": ["a"], "count": 1}   | 'text'
            {"text": "a", "count": "x"}   | 'count'
            {"text": "a", "extra": 1}     | 'extra'
            []                            | expected JSON shape
            """)
    void jsonErrorsSayWhereWithoutClassNames(String body, String said) {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Body.class));
        String detail = ProblemMapper.jsonDetail(e);
        assertTrue(detail.contains(said), detail);
        assertFalse(detail.contains("java."), detail);
        assertFalse(detail.contains("org.chronomap"), detail);
    }

    @Test
    void emptyFieldsAreLeftOutOfTheBody() throws Exception {
        String body = new ObjectMapper().writeValueAsString(Problem.of(404, "No resource at /x.", null));
        assertFalse(body.contains("instance"), body);
    }
}
