package org.chronomap.events.extract.time;

import java.time.LocalDate;

/**
 * One TIMEX3 found in a text and normalised against the document creation date.
 *
 * @param start          first code point of the extent (0-based Unicode code points, as the API counts)
 * @param end            code point after the extent (exclusive)
 * @param text           the extent as written; TimeML conventions: the preposition is outside ("Sunday" in
 *                       "on Sunday"), determiners and modifiers are inside ("the weekend", "nearly two weeks ago")
 * @param type           TIMEX3 type
 * @param value          TIMEX3 value ({@code 2024-08-18}, {@code 2024-W34}, {@code P12D}, {@code PRESENT_REF},
 *                       {@code XXXX-XX-XX} when nothing anchors a relative expression)
 * @param mod            TIMEX3 mod ({@code APPROX}, {@code START}, {@code LESS_THAN}, ...) or null
 * @param intervalStart  first day the expression denotes, or null when it cannot be resolved (durations, refs)
 * @param intervalEnd    last day (inclusive), or null
 * @param precision      granularity of the interval, or null when unresolved
 * @param approximate    true when the text hedges ("nearly", "about", "early July")
 * @param rule           name of the recognition rule that produced it, so an event can say "why this date"
 * @param anchoredStart  first day of what the phrase with its signal word denotes when the text ties it down:
 *                       "for 12 days" in a present-perfect clause → 12 days before the reference;
 *                       "since December 2023" → 2023-12-01; "between 5 and 8 August" → 5 Aug. Null otherwise.
 * @param anchoredEnd    last day of that anchored interval (inclusive), or null
 */
public record TimeExpression(int start, int end, String text, TimexType type, String value, String mod,
                             LocalDate intervalStart, LocalDate intervalEnd, Precision precision,
                             boolean approximate, String rule, LocalDate anchoredStart, LocalDate anchoredEnd) {

    /** True when the expression could be placed on the calendar (has an interval). */
    public boolean isResolved() {
        return intervalStart != null && intervalEnd != null;
    }
}
