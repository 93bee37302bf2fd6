package org.chronomap.events.extract.time;

import org.chronomap.events.extract.time.normalize.CalendarUnit;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.Tense;
import org.chronomap.events.extract.time.recognize.Mention;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signal words around an expression that make the phrase a range, recorded as the anchored interval:
 * "since December 2023" and "from February 2022" run up to the DCT; in "between 5 and 8 August" or
 * "5-8 August" the bare first day is an expression of its own and both delimit the range.
 */
final class RangeSignals {

    private RangeSignals() {
    }

    /** Rules whose dates are written out, so "from" before them opens a range rather than a comparison. */
    private static final Set<String> CALENDAR_RULES = Set.of("iso-date", "day-month-year", "month-day-year",
            "numeric-date", "month-day", "day-month", "month-year", "month", "year", "season");
    /** "since"/"starting (in)" before any date; "from" before a written-out one ("up 19% from a year ago" is not). */
    private static final Pattern SINCE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:since|starting(?:[ \\t]+in)?)[ \\t]+$");
    private static final Pattern FROM = Pattern.compile("(?i)(?:^|[^\\p{L}])from[ \\t]+$");
    private static final Pattern RANGE_END = Pattern.compile("(?i)^[ \\t]*(?:to|until|till|through|-|–)[ \\t]");
    /** The bare first day before a day-month date: "between 5 and 8 August", "from 5 to 8 August", "5-8 August". */
    private static final Pattern LEADING_DAY = Pattern.compile(
            "(?i)(?<![\\d,.])(\\d{1,2})(?:st|nd|rd|th)?[ \\t]*(?:and|to|until|till|-|–)[ \\t]*$");
    private static final Set<String> DAY_MONTH_RULES = Set.of("day-month", "day-month-year");

    /** The resolution with an anchored interval up to the DCT when "since"/"from" opens a range before it. */
    static Resolution openRange(String text, Mention mention, Resolution r, LocalDate dct) {
        if (dct == null || !r.isResolved() || r.anchoredStart() != null || r.start().isAfter(dct)) {
            return r;
        }
        String before = text.substring(Math.max(0, mention.start() - 16), mention.start());
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 8));
        boolean opens = SINCE.matcher(before).find()
                || FROM.matcher(before).find() && CALENDAR_RULES.contains(mention.rule());
        return opens && !RANGE_END.matcher(after).find() ? r.anchored(r.start(), dct) : r;
    }

    private static final Pattern BEFORE_OR_AFTER = Pattern.compile("(?i)^[ \\t]+(before|after)[ \\t]+(?:the[ \\t]+)?$");
    private static final Pattern CALENDAR_LENGTH = Pattern.compile("P(\\d{1,4})([DWMY])");
    private static final Pattern NOT_CALENDAR_DAYS = Pattern.compile("(?i)\\b(?:trading|business|working)\\b");

    /**
     * "birds began dying a week before Christmas" (GeoVirus), "two days after March 5": a calendar length right
     * before "before"/"after" and a resolved date counts from that date; the interval it gives, or null. Not
     * "Eight trading days after Oct. 12" (wsj_0585): which days count the text does not say.
     */
    static LocalDate[] countedFromDate(String text, Mention length, Resolution lengthValue, Mention date,
                                       Resolution dateValue) {
        if (lengthValue.type() != TimexType.DURATION || lengthValue.anchoredStart() != null
                || lengthValue.mod() != null || !dateValue.isResolved() || dateValue.type() != TimexType.DATE
                || date.start() < length.end()
                || NOT_CALENDAR_DAYS.matcher(text.substring(length.start(), length.end())).find()) {
            return null;
        }
        Matcher gap = BEFORE_OR_AFTER.matcher(text.substring(length.end(), date.start()));
        Matcher count = CALENDAR_LENGTH.matcher(lengthValue.value());
        if (!gap.matches() || !count.matches()) {
            return null;
        }
        int n = Integer.parseInt(count.group(1)) * (gap.group(1).equalsIgnoreCase("before") ? -1 : 1);
        CalendarUnit unit = CalendarUnit.ofDateLetter(count.group(2));
        return new LocalDate[] {unit.shift(dateValue.start(), n), unit.shift(dateValue.end(), n)};
    }

    /** "since February 11": the mention opens a range that runs on from it. */
    static boolean followsSince(String text, Mention mention) {
        return SINCE.matcher(text.substring(Math.max(0, mention.start() - 16), mention.start())).find();
    }

    private static final Pattern RANGE_OPENER = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:from|between)[ \\t]+$");
    private static final Pattern RANGE_JOINER = Pattern.compile("(?i)^[ \\t]*(?:to|until|till|through|and|-|–)[ \\t]*$");

    /**
     * True when the previous expression (ending at {@code previousEnd}, starting at {@code previousStart}) and
     * the current one (starting at {@code start}) form "from X to Y" / "between X and Y".
     */
    private static final Pattern COORDINATION = Pattern.compile("(?i)^[ \\t]*(?:,[ \\t]*(?:(?:and|or)[ \\t]+)?|(?:and|or|&)[ \\t]+)(?:(?:at|on)[ \\t]+)?$");

    /** "7 p.m. Saturday and 2 p.m. Sunday", "Monday, Tuesday": dates listed side by side, in one clause. */
    static boolean isCoordinated(String text, int previousEnd, int start) {
        return start - previousEnd <= 12 && COORDINATION.matcher(text.substring(previousEnd, start)).matches();
    }

    static boolean closesRange(String text, int previousEnd, int start, int previousStart) {
        if (start < previousEnd || start - previousEnd > 12) {
            return false;
        }
        String before = text.substring(Math.max(0, previousStart - 10), previousStart);
        return RANGE_JOINER.matcher(text.substring(previousEnd, start)).find() && RANGE_OPENER.matcher(before).find();
    }

    private static final Pattern YEAR_JOINER =
            Pattern.compile("(?i)^[ \\t]*,?[ \\t]*(to|till|until|through|and|or|-|–)[ \\t]*$");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d\\d(?!\\d)");
    private static final Pattern STARTS_WITH_YEAR = Pattern.compile("^\\d{4}(?:-.*)?$");
    /** Rules whose year, when the text gives none, comes from the DCT and the tense. */
    private static final Set<String> YEARLESS_RULES = Set.of("month-day", "day-month", "month", "season", "day-range");

    /**
     * The two ends of "from March 3 to March 5, 2023", "between January and May 2008", "June 3-5, 2009" with the
     * year written once read for both: a first end without a year takes the latest such date not after the
     * second; a second end without a year after a first with one ("from December 2008 to February") the first
     * such date not before the first. With no year written, a range still ends after it starts ("The pool is
     * open June through August"): a past clause keeps the end (the range is history), any other the start.
     * Null when the pair is no such range or needs no change.
     */
    static Resolution[] shareYear(String text, Mention first, Resolution a, Mention second, Resolution b,
                                  Supplier<Tense> tense) {
        if (second.start() < first.end() || second.start() - first.end() > 12 || !a.isResolved() || !b.isResolved()
                || !STARTS_WITH_YEAR.matcher(a.value()).matches() || !STARTS_WITH_YEAR.matcher(b.value()).matches()) {
            return null;
        }
        Matcher joiner = YEAR_JOINER.matcher(text.substring(first.end(), second.start()));
        if (!joiner.find()) {
            return null;
        }
        boolean firstWritten = WRITTEN_YEAR.matcher(text.substring(first.start(), first.end())).find();
        boolean secondWritten = WRITTEN_YEAR.matcher(text.substring(second.start(), second.end())).find();
        if (!firstWritten && secondWritten && YEARLESS_RULES.contains(first.rule())) {
            return startNotAfter(a, b);
        }
        String word = joiner.group(1).toLowerCase(Locale.ROOT);
        boolean range = !word.equals("or") && (!word.equals("and")
                || RANGE_OPENER.matcher(text.substring(Math.max(0, first.start() - 10), first.start())).find());
        if (firstWritten && !secondWritten && range && YEARLESS_RULES.contains(second.rule())) {
            return endNotBefore(a, b);
        }
        if (!firstWritten && !secondWritten && range && YEARLESS_RULES.contains(first.rule())
                && YEARLESS_RULES.contains(second.rule()) && b.end().isBefore(a.start())) {
            return tense.get() == Tense.PAST ? startNotAfter(a, b) : endNotBefore(a, b);
        }
        return null;
    }

    /** The first end moved to the latest year that does not put it after the second. */
    private static Resolution[] startNotAfter(Resolution a, Resolution b) {
        Resolution moved = a.inYear(b.start().getYear());
        return new Resolution[]{moved.start().isAfter(b.start()) ? a.inYear(b.start().getYear() - 1) : moved, b};
    }

    /** The second end moved to the earliest year that does not put it before the first. */
    private static Resolution[] endNotBefore(Resolution a, Resolution b) {
        Resolution moved = b.inYear(a.start().getYear());
        return new Resolution[]{a, moved.end().isBefore(a.start()) ? b.inYear(a.start().getYear() + 1) : moved};
    }

    /** The first day of "5-8 August" (UTF-16 start and end of the digits, and its date), or null. */
    record LeadingDay(int start, int end, LocalDate date) {
    }

    static LeadingDay leadingDay(String text, Mention mention, Resolution r, int previousEnd) {
        if (!DAY_MONTH_RULES.contains(mention.rule()) || !r.isResolved()) {
            return null;
        }
        int from = Math.max(previousEnd, mention.start() - 16);
        if (from >= mention.start()) {
            return null;
        }
        Matcher m = LEADING_DAY.matcher(text.substring(from, mention.start()));
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate first = r.start().withDayOfMonth(Integer.parseInt(m.group(1)));
            return first.isBefore(r.start()) ? new LeadingDay(from + m.start(1), from + m.end(1), first) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
