package org.chronomap.events.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers a missing document creation date from the text: a dateline (a line that is essentially one full
 * date, such as "Sun, 11 Aug 2024 00:08 UTC", or a full date before a place in capitals and a dash), else
 * the latest fully specified date in the text (a day with its year) unless the text names a later period.
 * Expressions without a year cannot anchor anything and are ignored.
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
            if (isDeadline(text, e)) {
                continue;
            }
            if (latest == null || e.intervalStart().isAfter(latest)) {
                latest = e.intervalStart();
            }
        }
        if (latest == null || mentionsLaterPeriod(text, undatedTags, latest)) {
            return Optional.empty();
        }
        return Optional.of(new Inferred(latest, "latest full date"));
    }

    /**
     * True when a year, month or season written out begins after the latest full date: then that date is an
     * episode the article looks back on, not the day it was written ("born June 22, 1917 ... retired in 1982",
     * "the stabbing on Sept. 9, 1997 ... the court ruled in 2008"). In LGL, where most articles are of 2009, half
     * the dates inferred without this check were such episodes (obituaries gave 1884, 1923, 1934).
     */
    private static boolean mentionsLaterPeriod(String text, List<TimeExpression> undatedTags, LocalDate latest) {
        for (TimeExpression e : undatedTags) {
            if (e.isResolved() && e.type() == TimexType.DATE && e.intervalStart().isAfter(latest)
                    && !isDeadline(text, e)) {
                return true;
            }
        }
        return false;
    }

    /** A word that makes the date after it an end point, which may lie after the writing day. */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(?:until|till|through|thru|by|before|expir\\p{L}*|due|deadline|effective)[ \\t]+(?:on[ \\t]+)?$");

    /**
     * "terms on the commission, expiring March 31, 2013", "through Jan. 2, 2010" (LGL): an end point, often
     * ahead of the writing day, so neither the writing day nor a sign that the text looks back from a later one.
     */
    private static boolean isDeadline(String text, TimeExpression e) {
        int startIndex = text.offsetByCodePoints(0, e.start());
        return DEADLINE_BEFORE.matcher(text.substring(Math.max(0, startIndex - 24), startIndex)).find();
    }

    /**
     * A place in capitals and a dash after the date, as a wire or byline dateline runs on in flattened text:
     * "Advocate Reporter March 30, 2009 NEWARK -- The recent ..." (LGL).
     */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "^,?[ \\t]+\\p{Lu}[\\p{Lu} .'-]+(?:,[ \\t]*\\p{Lu}[\\p{L}.]*)?[ \\t]*(?:--|\u2014|\u2013)");

    private static boolean isDateline(String text, TimeExpression e) {
        int startIndex = text.offsetByCodePoints(0, e.start());
        int endIndex = text.offsetByCodePoints(startIndex, e.end() - e.start());
        if (PLACE_DATELINE.matcher(text.substring(endIndex, Math.min(text.length(), endIndex + 60))).find()) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', startIndex - 1) + 1;
        int lineEnd = text.indexOf('\n', endIndex);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String rest = (text.substring(lineStart, startIndex) + text.substring(endIndex, lineEnd)).strip();
        return rest.length() <= DATELINE_SLACK;
    }
}
