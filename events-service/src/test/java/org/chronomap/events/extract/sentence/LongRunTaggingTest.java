package org.chronomap.events.extract.sentence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run of words longer than {@link TextAnalyzer#MAX_TAGGED_WORDS} with no sentence end ("May 1, 2, 3, ...") is
 * tagged in pieces, and every word still gets its part of speech.
 */
class LongRunTaggingTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void everyWordOfALongRunIsTagged() {
        String text = "May 1, 2, 3, 4, 5, 6, 7, 8, 9 and 10 and ".repeat(60) + "the board said.";
        List<AnalyzedText.Token> tokens = analyzer.analyzeVerbsOfSpan(text, 0, text.length());
        assertTrue(tokens.size() > 3 * TextAnalyzer.MAX_TAGGED_WORDS, "the run must span several pieces");
        tokens.forEach(t -> assertNotNull(t.tag(), t.text()));
        assertEquals("VERB", tokens.get(tokens.size() - 2).tag(), "the verb after the last piece boundary");
    }
}
