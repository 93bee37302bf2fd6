package org.chronomap.events.extract.time.recognize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The combined word scan gives every trigger the windows its own scan gives (TBAQ sentences). */
class TriggerTest {

    private static final List<Trigger> TRIGGERS = List.of(
            Trigger.words(List.of("second", "day", "week", "month", "quarter", "year", "centur"), List.of("q")),
            Trigger.words(List.of("quarter"), List.of("period")),
            Trigger.words(List.of(), List.of("ago", "now", "hence")),
            Trigger.words(List.of(), List.of("march", "mar", "dec", "december", "sept")),
            Trigger.words(List.of("day", "week"), List.of("year")));

    @ParameterizedTest
    @ValueSource(strings = {
            // wsj_0292: earnings copy, where "market" and "decline" must not open a month window.
            "the quarter-to-quarter comparison was also enhanced by charges taken in the year-earlier period, "
                    + "while the market decline of last december weighed on profit a year ago.",
            // APW19980219.0476
            "a mine-removal expert kidnapped and presumed killed by khmer rouge guerrillas almost two years ago.",
            "",
            "no time expression at all here, only words and 1,384,119 shares."})
    void combinedScanEqualsEachTriggersOwn(String lower) {
        List<int[]> words = Trigger.words(lower);
        Map<Trigger, List<int[]>> combined = new HashMap<>();
        new Trigger.WordScan(TRIGGERS).windows(lower, words, combined);
        for (Trigger t : TRIGGERS) {
            List<int[]> own = t.windows(lower, words);
            List<int[]> got = combined.getOrDefault(t, new ArrayList<>());
            assertEquals(own.size(), got.size(), "window count");
            for (int i = 0; i < own.size(); i++) {
                assertArrayEquals(own.get(i), got.get(i));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void monthWordsAreWholeWords() {
        String lower = "the market decline deepened.";
        Trigger months = TRIGGERS.get(3);
        assertTrue(months.windows(lower, Trigger.words(lower)).isEmpty());
    }
}
