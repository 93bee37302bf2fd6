package org.chronomap.events.extract.time.normalize;

import java.time.LocalDate;

/**
 * What normalising one mention may look at.
 *
 * @param dct         document creation date; null when neither given nor inferable (relative values stay X-filled)
 * @param tense       tense of the clause around the mention
 * @param previousDay the last day-precision date resolved earlier in the text, the anchor of anaphoric
 *                    expressions ("the day before", "the following day"); null when there is none
 * @param sentenceDay a day-precision date resolved earlier in the same sentence ("said on Sunday that ...
 *                    for 12 days"), the reference point of durations in it; null when there is none
 * @param lastQuarter the last fiscal quarter named earlier in the text as {@code YYYY-Qn}, the anchor of
 *                    "a year ago" in earnings copy; null when there is none
 * @param perfect     the clause is in a perfect or progressive aspect ("have been leading ... for 12 days"),
 *                    so a duration in it runs up to the reference point
 */
public record NormalizationContext(LocalDate dct, Tense tense, LocalDate previousDay, LocalDate sentenceDay,
                                   String lastQuarter, boolean perfect) {

    public boolean hasDct() {
        return dct != null;
    }

    /** The anchor of an anaphoric expression: the last date mentioned, else the document date. */
    public LocalDate anaphoricAnchor() {
        return previousDay != null ? previousDay : dct;
    }

    /** The point a duration in this sentence runs up to: a date named earlier in it, else the DCT. */
    public LocalDate durationReference() {
        return sentenceDay != null ? sentenceDay : dct;
    }
}
