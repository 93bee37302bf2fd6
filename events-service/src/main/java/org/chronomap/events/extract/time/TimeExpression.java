package org.chronomap.events.extract.time;

import java.time.LocalDate;

/**
 * TEMPORARY stand-in for the record of the time-expression branch ({@code time}); replaced by that
 * branch's version on merge. {@code start}/{@code end} are code point offsets, end exclusive;
 * {@code intervalStart}/{@code intervalEnd} are null when the expression could not be resolved.
 */
public record TimeExpression(int start, int end, String text, String type, String value, String mod,
                             LocalDate intervalStart, LocalDate intervalEnd, String precision,
                             boolean approximate, String rule) {
}
