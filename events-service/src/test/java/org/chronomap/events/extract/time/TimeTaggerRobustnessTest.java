package org.chronomap.events.extract.time;

import org.chronomap.events.extract.time.recognize.RuleFailure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every count and unit the rules know, in the frames that combine them, tags without an exception, dated and
 * undated. "It ran a week a fortnight" once threw: the compound-duration rule had no unit for a fortnight.
 * A rule that throws no longer fails the call ({@link RuleFailure}), so the test counts the failures reported.
 */
class TimeTaggerRobustnessTest {

    private static final List<String> UNITS = List.of("second", "minute", "hour", "day", "night", "week", "fortnight",
            "month", "quarter", "year", "decade", "century", "weekend", "season", "summer");
    private static final List<String> AMOUNTS = List.of("a", "an", "two", "3", "2,000", "two thousand", "a few",
            "several", "1.5", "1 1/2", "one and a half", "half a", "a couple of", "dozens of");
    private static final List<String> ONE_SLOT = List.of("It lasted %s.", "It happened %s ago.", "For %s he waited.",
            "The past %s was hard.", "It took %s-long talks.", "It rained %s before the vote.", "It rained %s later.",
            "Every %s it rains.", "The %s-old truce held.", "In %s time.");
    private static final List<String> TWO_SLOTS = List.of("It was %s, and %s.", "It ran %s %s.",
            "Between %s and %s it rained.", "It rains %s a %s.", "Within %s of %s.");
    private static final LocalDate DCT = LocalDate.of(2009, 3, 15);

    @Test
    void everyCountAndUnitTagsWithoutAnException() {
        List<String> phrases = new ArrayList<>();
        for (String amount : AMOUNTS) {
            for (String unit : UNITS) {
                phrases.add(amount + " " + unit);
                phrases.add(amount + " " + unit + "s");
                phrases.add(amount + "-" + unit);
            }
        }
        List<String> counted = UNITS.stream().flatMap(u -> List.of("two " + u, "a " + u + "s").stream()).toList();
        List<String> sentences = new ArrayList<>();
        ONE_SLOT.forEach(frame -> phrases.forEach(p -> sentences.add(frame.formatted(p))));
        TWO_SLOTS.forEach(frame -> counted.forEach(a -> counted.forEach(b -> sentences.add(frame.formatted(a, b)))));

        // A rule that throws is isolated (RuleFailure: its expression is skipped), so failures are counted.
        List<String> failures = new ArrayList<>();
        for (String sentence : sentences) {
            for (LocalDate dct : new LocalDate[] {DCT, null}) {
                long before = RuleFailure.count();
                TimexTestSupport.TAGGER.tag(sentence, dct);
                if (RuleFailure.count() != before) {
                    failures.add(sentence + " (DCT " + dct + ")");
                }
            }
        }
        assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " sentences failed");
    }
}
