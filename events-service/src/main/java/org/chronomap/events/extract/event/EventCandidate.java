package org.chronomap.events.extract.event;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.time.TimeExpression;

/**
 * One happening reported by one clause of an article.
 *
 * @param predicate index (in the sentence's tokens) of the predicate that names the happening
 *                  ("destroyed" in "kyiv said on Sunday that it had destroyed a bridge")
 * @param reporting index of the reporting predicate collapsed into it ("said"), or -1
 * @param time      the time expression the clause itself governs, or null (dating then inherits)
 * @param timeStart UTF-16 start of that expression in the article text (-1 without one)
 * @param timeEnd   UTF-16 end, exclusive
 * @param sentenceDated whether the sentence holds a dated time expression of its own, given to this clause or
 *                  not: such a sentence says when its happenings were, and none inherits another sentence's date
 */
public record EventCandidate(AnalyzedText.Sentence sentence, int predicate, int reporting, Category category,
                             TimeExpression time, int timeStart, int timeEnd, boolean sentenceDated) {

    public AnalyzedText.Token predicateToken() {
        return sentence.tokens().get(predicate);
    }

    public boolean isStatement() {
        return reporting >= 0 && reporting == predicate;
    }
}
