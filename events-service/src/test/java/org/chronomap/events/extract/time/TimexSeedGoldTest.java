package org.chronomap.events.extract.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every dated event of the gold seed annotation: the temporal expression as written, in its evidence
 * sentence and against the article's date, resolves to the gold interval (the expression's own interval,
 * or the anchored one for "since ...", "for 12 days", "almost two weeks after"). The rows are copied from
 * shared/gold/seed-events.json into {@code time/seed-dated-events.jsonl}; six events that need world
 * knowledge or event semantics are left out there, with the reason, in {@code time/seed-excluded.json}.
 */
class TimexSeedGoldTest {

    static Stream<Arguments> datedEvents() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Arguments> rows = new ArrayList<>();
        try (var in = TimexSeedGoldTest.class.getResourceAsStream("/time/seed-dated-events.jsonl");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                rows.add(Arguments.of(row.get("id").asText(), row.get("asWritten").asText(), row.get("dct").asText(),
                        row.get("start").asText(), row.get("end").asText(), row.get("evidence").asText()));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {3}/{4}")
    @MethodSource("datedEvents")
    void resolvesToTheGoldInterval(String id, String asWritten, String dct, String start, String end, String evidence) {
        TimeExpression e = TimexTestSupport.expressionAt(evidence, dct, asWritten);
        assertNotNull(e, id + ": no time expression in \"" + asWritten + "\"");
        LocalDate goldStart = LocalDate.parse(start);
        LocalDate goldEnd = LocalDate.parse(end);
        boolean own = goldStart.equals(e.intervalStart()) && goldEnd.equals(e.intervalEnd());
        boolean anchored = goldStart.equals(e.anchoredStart()) && goldEnd.equals(e.anchoredEnd());
        assertTrue(own || anchored, id + ": " + e);
    }
}
