package org.chronomap.events.rest;

import jakarta.ws.rs.BadRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CSV quoting and formula neutralisation; the OGC datetime grammar. */
class ExportFormatsTest {

    @org.junit.jupiter.api.Test
    void rfc4180Quoting() {
        assertEquals("plain", EventCsv.quote("plain"));
        assertEquals("\"a,b\"", EventCsv.quote("a,b"));
        assertEquals("\"say \"\"no\"\"\"", EventCsv.quote("say \"no\""));
        assertEquals("\"line1\nline2\"", EventCsv.quote("line1\nline2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            =HYPERLINK("http://x")  | '=HYPERLINK("http://x")
            +1+2                    | '+1+2
            -2+3                    | '-2+3
            @SUM(A1)                | '@SUM(A1)
            Kyiv destroys bridge    | Kyiv destroys bridge
            """)
    void formulasAreNeutralised(String text, String expected) {
        assertEquals(expected, EventCsv.text(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-08-19                                  | 2024-08-19 | 2024-08-19
            2024-08-19T23:30:00-02:00                   | 2024-08-20 | 2024-08-20
            2024-08-01/2024-08-31                       | 2024-08-01 | 2024-08-31
            2024-08-01/..                               | 2024-08-01 |
            ../2024-08-31                               |            | 2024-08-31
            /2024-08-31                                 |            | 2024-08-31
            2024-08-01T00:00:00Z/2024-08-02T00:00:00Z   | 2024-08-01 | 2024-08-02
            """)
    void datetime(String value, LocalDate from, LocalDate to) {
        OgcDatetime parsed = OgcDatetime.parse(value);
        assertEquals(from, parsed.from());
        assertEquals(to, parsed.to());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-02-30", "yesterday", "2024-08-31/2024-08-01", "2024-08-01/2024-08-02/2024-08-03",
            "2024-13-01/..", "20240819"})
    void malformedDatetimeIsRejected(String value) {
        assertThrows(BadRequestException.class, () -> OgcDatetime.parse(value));
    }
}
