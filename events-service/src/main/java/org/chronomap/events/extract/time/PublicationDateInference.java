package org.chronomap.events.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Infers a missing document creation date from the text: a dateline (a line that is essentially one full
 * date, such as "Sun, 11 Aug 2024 00:08 UTC"), else the latest fully specified date in the text (a day
 * with its year). Expressions without a year cannot anchor anything and are ignored.
 */
public final class PublicationDateInference {

    /** Rules whose dates carry day, month and year as written, so they need no DCT. */
    private static final Set<String> FULL_DATE_RULES = Set.of("iso-date", "day-month-year", "month-day-year",
            "numeric-date");
    /** A dateline's line holds the date and little else: at most this many other characters (a source tag). */
    private static final int DATELINE_SLACK = 24;

    /** The inferred date and what it rests on ("dateline" or "latest full date"). */
    public record Inferred(LocalDate date, String basis) {
    }

    private PublicationDateInference() {
    }

    /**
     * @param text        the article text
     * @param undatedTags the tagger's output for the text without a DCT (full dates are resolved anyway)
     */
    public static Optional<Inferred> infer(String text, List<TimeExpression> undatedTags) {
        LocalDate latest = null;
        for (TimeExpression e : undatedTags) {
            if (!FULL_DATE_RULES.contains(e.rule()) || !e.isResolved()) {
                continue;
            }
            if (isDateline(text, e)) {
                return Optional.of(new Inferred(e.intervalStart(), "dateline"));
            }
            if (latest == null || e.intervalStart().isAfter(latest)) {
                latest = e.intervalStart();
            }
        }
        return Optional.ofNullable(latest).map(d -> new Inferred(d, "latest full date"));
    }

    private static boolean isDateline(String text, TimeExpression e) {
        int startIndex = text.offsetByCodePoints(0, e.start());
        int endIndex = text.offsetByCodePoints(startIndex, e.end() - e.start());
        int lineStart = text.lastIndexOf('\n', startIndex - 1) + 1;
        int lineEnd = text.indexOf('\n', endIndex);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String rest = (text.substring(lineStart, startIndex) + text.substring(endIndex, lineEnd)).strip();
        return rest.length() <= DATELINE_SLACK;
    }
}
