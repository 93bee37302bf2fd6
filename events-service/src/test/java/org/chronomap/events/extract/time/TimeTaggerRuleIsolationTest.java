package org.chronomap.events.extract.time;

import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.recognize.RuleFailure;
import org.chronomap.events.extract.time.recognize.TimexRecognizer;
import org.chronomap.events.extract.time.recognize.TimexRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A faulty rule costs the text only the expression it was reading, and the failure is counted. */
class TimeTaggerRuleIsolationTest {

    private static final String TEXT = "kyiv said on Sunday that it had destroyed a second bridge over the Seym, "
            + "days after the offensive began on 6 August 2024.";
    private static final LocalDate DCT = LocalDate.of(2024, 8, 19);
    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    @Test
    void aRuleThatThrowsWhileMatchingLeavesTheOtherExpressions() {
        TimexRule faulty = TimexRule.of("faulty-match", "(?<x>sunday)", m -> {
            throw new IllegalStateException("a bug in a rule");
        });
        assertTagged(faulty, List.of("Sunday 2024-08-18", "6 August 2024 2024-08-06"));
    }

    @Test
    void aRuleThatThrowsWhileNormalisingLosesOnlyItsOwnExpression() {
        // Longer than the weekday rule's match, so it wins the overlap and then fails.
        TimexRule faulty = TimexRule.of("faulty-value", "(?<x>on sunday)", m -> context -> {
            throw new IllegalStateException("a bug in a rule");
        });
        assertTagged(faulty, List.of("6 August 2024 2024-08-06"));
    }

    private static void assertTagged(TimexRule faulty, List<String> expected) {
        TimeTagger tagger = new TimeTagger(ANALYZER, new TimexRecognizer(List.of(faulty)));
        long before = RuleFailure.count();
        List<String> found = tagger.tag(TEXT, DCT).stream().map(e -> e.text() + " " + e.value()).toList();
        List<String> fromAnalysed = tagger.tag(ANALYZER.analyze(TEXT), DCT).stream()
                .map(e -> e.text() + " " + e.value()).toList();
        assertEquals(expected, found);
        assertEquals(expected, fromAnalysed);
        assertEquals(2, RuleFailure.count() - before, "one failure per tag call");
    }
}
