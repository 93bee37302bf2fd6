package org.chronomap.events.extract.time;

import org.chronomap.events.extract.time.recognize.Lexicon;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a missing document creation date from the text: a dateline (a line that is essentially one full
 * date, such as "Sun, 11 Aug 2024 00:08 UTC", a full date before a place in capitals and a dash, or one after a
 * byline), else the latest fully specified date in the text (a day with its year) unless the text names a later
 * period or shows it to be an episode more than a week old.
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
        TimeExpression latest = null;
        Set<DayOfWeek> weekdaysNamed = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < undatedTags.size(); i++) {
            TimeExpression e = undatedTags.get(i);
            if (!FULL_DATE_RULES.contains(e.rule())) {
                // "made a plea Saturday", "at its meeting Monday, March 16", "10 p.m. Monday"; not "Sundays".
                Matcher weekday = Lexicon.WEEKDAY_WORD.matcher(e.text());
                if (e.type() != TimexType.SET && weekday.find()) {
                    weekdaysNamed.add(Lexicon.weekday(weekday.group()));
                }
                continue;
            }
            if (!e.isResolved()) {
                continue;
            }
            if (isDateline(text, e)) {
                return Optional.of(new Inferred(e.intervalStart(), "dateline"));
            }
            if (isDeadline(text, e) || i > 0 && isRangeEnd(text, undatedTags.get(i - 1), e)) {
                continue;
            }
            if (latest == null || e.intervalStart().isAfter(latest.intervalStart())) {
                latest = e;
            }
        }
        if (latest == null || mentionsLaterPeriod(text, undatedTags, latest.intervalStart())
                || isEpisodeBeforeTheWeek(latest, weekdaysNamed)) {
            return Optional.empty();
        }
        return Optional.of(new Inferred(latest.intervalStart(), "latest full date"));
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

    /**
     * News names a day by its weekday within a week of the writing day, and by month and day beyond it (AP style).
     * So a text that says "made a plea Saturday" was written more than a week after a full date it writes without
     * its weekday ("lynched ... July 25, 1946", "stabbing the officer on Dec. 11, 2007", LGL): that date is an
     * episode, not the writing day. A full date with its weekday ("died Thursday, March 5, 2009") may be, and so
     * may one whose weekday the text names ("reported on February 15, 2006 ... said Wednesday", GeoVirus 53: a
     * report of the same day).
     */
    private static boolean isEpisodeBeforeTheWeek(TimeExpression latest, Set<DayOfWeek> weekdaysNamed) {
        return !weekdaysNamed.isEmpty() && !Lexicon.WEEKDAY_WORD.matcher(latest.text()).find()
                && !weekdaysNamed.contains(latest.intervalStart().getDayOfWeek());
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
     * "in the nine months projected, from August to May 1, 2010" (LGL 42984553): the end of a range is an end point
     * too, read as the tagger reads ranges ({@link RangeSignals#closesRange}).
     */
    private static boolean isRangeEnd(String text, TimeExpression previous, TimeExpression e) {
        int previousStart = text.offsetByCodePoints(0, previous.start());
        int previousEnd = text.offsetByCodePoints(previousStart, previous.end() - previous.start());
        int start = text.offsetByCodePoints(previousEnd, e.start() - previous.end());
        return RangeSignals.closesRange(text, previousEnd, start, previousStart);
    }

    /**
     * A place in capitals and a dash after the date, as a wire or byline dateline runs on in flattened text:
     * "Advocate Reporter March 30, 2009 NEWARK -- The recent ..." (LGL).
     */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "^,?[ \\t]+\\p{Lu}[\\p{Lu} .'-]+(?:,[ \\t]*\\p{Lu}[\\p{L}.]*)?[ \\t]*(?:--|\u2014|\u2013)");

    /**
     * A byline before the date, as flattened web copy runs it into the text: "Kathryn Prater kprater@lsj.com
     * March 23, 2009 From LSJ.com", "By Bill Engle Staff Writer March 27, 2009" (LGL).
     */
    private static final Pattern BYLINE_BEFORE = Pattern.compile(
            "(?i)(?:@[\\w-]+(?:\\.[\\w-]+)+|(?<![\\p{L}])(?:writer|reporter|correspondent|associated[ \\t]+press|staff))[ \\t]*$");

    private static boolean isDateline(String text, TimeExpression e) {
        int startIndex = text.offsetByCodePoints(0, e.start());
        int endIndex = text.offsetByCodePoints(startIndex, e.end() - e.start());
        if (PLACE_DATELINE.matcher(text.substring(endIndex, Math.min(text.length(), endIndex + 60))).find()
                || BYLINE_BEFORE.matcher(text.substring(Math.max(0, startIndex - 40), startIndex)).find()) {
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
