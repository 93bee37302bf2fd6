package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.RelativeDateResolver;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.WeekdayResolver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.chronomap.events.extract.time.recognize.AbsoluteDateRules.CLOCK;
import static org.chronomap.events.extract.time.recognize.AbsoluteDateRules.MERIDIEM;
import static org.chronomap.events.extract.time.recognize.AbsoluteDateRules.ZONE;
import static org.chronomap.events.extract.time.recognize.Lexicon.OSP;
import static org.chronomap.events.extract.time.recognize.Lexicon.SP;
import static org.chronomap.events.extract.time.recognize.Lexicon.WEEKDAY;

/**
 * Clock times ("10:35 a.m.", "00:08 UTC", "noon Thursday", "10 p.m. Wednesday", "4 in the morning") and the
 * parts of a day that TIMEX3 writes as times ("midday", "mid-afternoon yesterday"). The day is the weekday
 * written with it, else the last day named earlier in the sentence, else the DCT. The zone is part of
 * the extent; the value keeps local clock time as TimeBank does.
 */
final class ClockTimeRules {

    private ClockTimeRules() {
    }

    private static final String HEDGE = "(?:(?<hedge>about|around|approximately|shortly" + SP + "(?:before|after)|just"
            + SP + "(?:before|after)|after|before|until|by)" + SP + ")?";

    /**
     * The day of a clock time restated in parentheses, read ahead without taking it into the extent: "at about
     * 10:35 a.m. (0735 GMT) Friday" (APW19980808.0022), "at 4 in the morning (4 a.m. EDT Thursday)"
     * (APW20000405.0276). The weekday stays an expression of its own.
     */
    private static final String RESTATED_DAY = "(?=" + SP + "\\((?:[^()]{1,25}\\)" + SP + "(?:on" + SP + ")?|[^()]{0,25}?)(?<wdRestated>"
            + WEEKDAY + "))?";

    private static final String RANGE_LINK = OSP + "(?:-|\u2013|to|and|until|till|through)" + OSP;

    /**
     * The day written after a clock time, as listings give it: "Saturday", "May 1", "Saturday, March 14",
     * "on Wednesday, Feb. 20, 2008". {@code tag} names the groups apart, for the end of a range.
     */
    private static String daySuffix(String tag) {
        return "(?:,?" + SP + "(?:on" + SP + ")?(?:(?:(?<wddate" + tag + ">" + WEEKDAY + "),?" + SP + ")?(?<m" + tag + ">"
                + Lexicon.MONTH + ")" + SP + "(?<d" + tag + ">" + Lexicon.DAY_NUMBER + ")(?:," + OSP + "(?<y" + tag + ">"
                + Lexicon.YEAR + "))?|(?<wd" + tag + ">" + WEEKDAY + ")|(?<deictic" + tag + ">yesterday|today|tomorrow)(?![\\p{L}])))?";
    }

    /**
     * The other end of a range of clock times, read ahead without taking it into the extent: in "6:30 to 8:30
     * p.m. May 1" and "4:30-7:30 p.m. Thursday, April 2" (LGL) the first time takes the second one's half of
     * the day and its date. The second time is an expression of its own.
     */
    private static final String RANGE_END = "(?=" + RANGE_LINK + "(?:(?<h2>1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?" + OSP
            + "(?<ampm2>" + MERIDIEM + ")|(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:]))(?:" + SP + ZONE + ")?" + daySuffix("2") + ")";

    /**
     * A clock time on a day counted from an event: "spotted Kopp's car near Slepian's house at 6 a.m. ten days
     * before the shooting" (NYT19990419.0515). The day is not the one named before nor the DCT, so it is left
     * unresolved rather than guessed.
     */
    private static final String SHIFTED_DAY = "(?=(?<shifted>" + SP + "(?:" + Lexicon.AMOUNT + ")" + SP
            + "(?:day|week|fortnight|month|year)s?" + SP + "(?:before|after|earlier|later)(?![\\p{L}])))?";

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("clock-time", "(?<x>" + HEDGE.replace("|after|before|until|by", "") + "(?:(?<wdBefore>" + WEEKDAY
                        + ")" + SP + "(?:at" + SP + ")?)?(?:" + CLOCK + "|(?<word>noon|midnight)|(?<hr>1[0-2]|0?[1-9])(?="
                        + RANGE_LINK + "(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?" + OSP + "(?:" + MERIDIEM + ")))(?:" + SP
                        + "(?<zone>" + ZONE + "))?" + daySuffix("") + ")" + RESTATED_DAY + "(?:" + RANGE_END + ")?"
                        + SHIFTED_DAY,
                        ClockTimeRules::clock),
                // "at 4 in the morning" is 04:00, "at 9 in the evening" 21:00 (APW20000405.0276, VOA broadcasts).
                TimexRule.of("clock-time", "(?<x>(?<hw>1[0-2]|0?[1-9])(?:[:.](?<mw>[0-5]\\d))?" + SP + "in" + SP
                        + "the" + SP + "(?<podw>morning|afternoon|evening|night))(?![\\p{L}])" + RESTATED_DAY, ClockTimeRules::clock),
                // "midday", "mid-afternoon yesterday": TIMEX3 writes the middle of the day as noon and the other
                // parts of the day as TMO/TAF/TEV; the day is the one written after it, else as for clock times
                // (wsj_0169, PRI19980306.2000.1675, APW19991008.0151).
                TimexRule.of("part-of-day", "(?<x>(?:midday|mid-?day|mid(?:-|" + SP + ")?(?<pod>morning|afternoon|evening))"
                        + "(?:" + SP + "(?<deictic>yesterday|today|tomorrow)|,?" + SP + "(?:on" + SP + ")?(?<wd>" + WEEKDAY
                        + "))?)(?![\\p{L}-])", ClockTimeRules::partOfDay));
    }

    private static Function<NormalizationContext, Resolution> partOfDay(Match m) {
        String pod = m.group("pod");
        String suffix = pod == null ? "T12:00" : RelativeDateRules.partOfDay(pod);
        String deictic = m.group("deictic");
        int offset = deictic == null ? 0 : Lexicon.deicticOffset(deictic);
        String weekdayWord = m.group("wd");
        if (weekdayWord != null && !Lexicon.isCapitalised(weekdayWord)) {
            return null;
        }
        DayOfWeek weekday = weekdayWord == null ? null : Lexicon.weekday(weekdayWord);
        return ctx -> {
            if (!ctx.hasDct()) {
                return Resolution.unanchored(TimexType.TIME, "XXXX-XX-XX" + suffix);
            }
            LocalDate day = deictic != null ? ctx.dct().plusDays(offset)
                    : weekday != null ? WeekdayResolver.resolve(ctx.dct(), weekday, ctx::tense)
                    : ctx.sentenceDay() != null ? ctx.sentenceDay() : ctx.dct();
            return Resolution.day(day).withType(TimexType.TIME).withValue(day + suffix);
        };
    }

    private static Function<NormalizationContext, Resolution> clock(Match m) {
        String word = m.group("word");
        int hour;
        String minute;
        boolean meridiemWritten = true;
        if (word != null) {
            hour = word.equalsIgnoreCase("noon") ? 12 : 24;
            minute = "00";
            // A bare "noon" or "midnight" is a time only with a day ("noon Thursday"); alone it is often idiom.
            if (m.group("wd") == null && m.group("wdBefore") == null && m.group("m") == null && m.group("deictic") == null) {
                return null;
            }
        } else if (m.group("hw") != null) {
            hour = Integer.parseInt(m.group("hw")) % 12
                    + (m.group("podw").toLowerCase(Locale.ROOT).equals("morning") ? 0 : 12);
            minute = m.group("mw") != null ? m.group("mw") : "00";
        } else {
            String h = m.group("h") != null ? m.group("h") : m.group("h24") != null ? m.group("h24") : m.group("hr");
            minute = m.group("mi") != null ? m.group("mi") : m.group("mi24") != null ? m.group("mi24") : "00";
            hour = Integer.parseInt(h);
            String ampm = m.group("ampm");
            if (ampm != null) {
                hour = hour % 12 + (isPm(ampm) ? 12 : 0);
            } else {
                meridiemWritten = hour > 12;
            }
        }
        if (!meridiemWritten && m.group("ampm2") != null) {
            hour = firstOfRange(hour, Integer.parseInt(m.group("h2")), isPm(m.group("ampm2")));
        }
        String clock = String.format("T%02d:%s", hour, minute);
        String weekdayWord = m.group("wd") != null ? m.group("wd")
                : m.group("wdBefore") != null ? m.group("wdBefore") : m.group("wdRestated");
        boolean ownDay = weekdayWord != null || m.group("m") != null || m.group("deictic") != null;
        // The day is the one written with the time (tag ""), else the one written with the end of its range ("2").
        String dayTag = ownDay ? "" : m.group("m2") != null || m.group("wd2") != null || m.group("deictic2") != null
                ? "2" : null;
        String dayWeekday = ownDay ? weekdayWord : m.group("wd2");
        Function<NormalizationContext, LocalDate> writtenDay = dayTag == null ? null : writtenDay(m, dayTag, dayWeekday);
        String hedge = m.group("hedge");
        boolean shifted = !ownDay && m.group("shifted") != null;
        // Undated, "6 p.m. Monday" and "6 p.m. Monday, Feb. 18" keep the day as written (LGL 38552679, 38551527).
        String unresolvedDay = shifted || dayTag == null ? "XXXX-XX-XX" : unresolvedDay(m, dayTag, dayWeekday);
        return ctx -> {
            LocalDate day = writtenDay == null ? null : writtenDay.apply(ctx);
            if (day == null && (shifted || !ctx.hasDct() && ctx.sentenceDay() == null)) {
                // Undated, "Tuesday, March 17 from 10 a.m. to 4 p.m." is still on that day.
                String undated = !shifted && writtenDay == null && ctx.undatedSentenceDay() != null
                        ? ctx.undatedSentenceDay() : unresolvedDay;
                return Resolution.unanchored(TimexType.TIME, undated + clock);
            }
            if (day == null) {
                day = ctx.sentenceDay() != null ? ctx.sentenceDay() : ctx.dct();
            }
            Resolution r = Resolution.day(day).withType(TimexType.TIME).withValue(day + clock);
            return hedge == null ? r : r.withMod("APPROX");
        };
    }

    private static boolean isPm(String meridiem) {
        return meridiem.toLowerCase(Locale.ROOT).startsWith("p");
    }

    /**
     * The hour of a range's first time written without a.m. or p.m.: the half of the day of the second time,
     * unless that would put the first after the second ("11 to 1 p.m." starts at 11 a.m., "11-2 a.m." at 11 p.m.).
     */
    static int firstOfRange(int firstHour, int secondHour, boolean secondPm) {
        int half = secondPm ? 12 : 0;
        int first = firstHour % 12 + half;
        int second = secondHour % 12 + half;
        if (first > second) {
            first += secondPm ? -12 : 12;
        }
        return first;
    }

    /** The TIMEX3 value of the day written with a clock time when no DCT places it: XXXX-02-18, XXXX-WXX-1. */
    private static String unresolvedDay(Match m, String tag, String weekdayWord) {
        MonthDay monthDay = writtenMonthDay(m, tag);
        if (monthDay != null) {
            String year = m.group("y" + tag);
            return String.format("%s-%02d-%02d", year != null ? year : "XXXX", monthDay.getMonthValue(),
                    monthDay.getDayOfMonth());
        }
        return weekdayWord == null ? "XXXX-XX-XX" : "XXXX-WXX-" + Lexicon.weekday(weekdayWord).getValue();
    }

    /** The month and day written with a clock time, or null when none is written or it names no day. */
    private static MonthDay writtenMonthDay(Match m, String tag) {
        String monthWord = m.group("m" + tag);
        if (monthWord == null) {
            return null;
        }
        int month = Lexicon.month(monthWord);
        int dayOfMonth = Lexicon.day(m.group("d" + tag));
        if (month == 0 || !Lexicon.isCapitalised(monthWord) || dayOfMonth < 1 || dayOfMonth > Month.of(month).maxLength()) {
            return null;
        }
        return MonthDay.of(month, dayOfMonth);
    }

    /**
     * The day written with a clock time ({@code tag} "") or with the end of its range ("2"): a full date, a month
     * and day (its year settled by the weekday written with it, else by the DCT and tense), or a weekday.
     * Null from the function when nothing anchors it.
     */
    private static Function<NormalizationContext, LocalDate> writtenDay(Match m, String tag, String weekdayWord) {
        String deictic = m.group("deictic" + tag);
        if (deictic != null) {
            // "At 1 p.m. yesterday", "at noon today" (LGL 43228123, 41880860): that day from the DCT.
            int offset = Lexicon.deicticOffset(deictic);
            return ctx -> ctx.hasDct() ? ctx.dct().plusDays(offset) : null;
        }
        String dateWeekday = m.group("wddate" + tag);
        DayOfWeek weekday = weekdayWord == null ? null : Lexicon.weekday(weekdayWord);
        if (m.group("m" + tag) != null) {
            MonthDay monthDay = writtenMonthDay(m, tag);
            if (monthDay == null) {
                return ctx -> null;
            }
            String year = m.group("y" + tag);
            DayOfWeek stated = dateWeekday == null ? null : Lexicon.weekday(dateWeekday);
            return ctx -> {
                if (year != null) {
                    return monthDay.isValidYear(Integer.parseInt(year)) ? monthDay.atYear(Integer.parseInt(year)) : null;
                }
                if (!ctx.hasDct()) {
                    return null;
                }
                return stated != null ? AbsoluteDateRules.yearByWeekday(ctx.dct(), monthDay, stated, ctx::tense)
                        : RelativeDateResolver.dayWithoutYear(ctx.dct(), monthDay, ctx::tense);
            };
        }
        // "The bake sale runs from 9 a.m. to 2 p.m. Saturday" (LGL): an hour on a weekday in the present is a timetable.
        return weekday == null ? ctx -> null
                : ctx -> ctx.hasDct() ? WeekdayResolver.resolve(ctx.dct(), weekday, ctx::tenseWithPresentAhead) : null;
    }
}
