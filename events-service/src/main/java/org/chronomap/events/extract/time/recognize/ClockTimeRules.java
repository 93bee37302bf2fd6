package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.RelativeDateResolver;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.WeekdayResolver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.chronomap.events.extract.time.recognize.AbsoluteDateRules.CLOCK;
import static org.chronomap.events.extract.time.recognize.AbsoluteDateRules.ZONE;
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

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("clock-time", "(?<x>" + HEDGE.replace("|after|before|until|by", "") + "(?:(?<wdBefore>" + WEEKDAY
                        + ")" + SP + "(?:at" + SP + ")?)?(?:" + CLOCK + "|(?<word>noon|midnight))(?:" + SP + "(?<zone>"
                        + ZONE + "))?(?:,?" + SP + "(?:on" + SP + ")?(?:(?<wd>" + WEEKDAY + ")|(?<m>" + Lexicon.MONTH + ")" + SP
                        + "(?<d>" + Lexicon.DAY_NUMBER + ")))?)" + RESTATED_DAY, ClockTimeRules::clock),
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
        int offset = deictic == null ? 0 : switch (deictic.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
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
        if (word != null) {
            hour = word.equalsIgnoreCase("noon") ? 12 : 24;
            minute = "00";
            // A bare "noon" or "midnight" is a time only with a day ("noon Thursday"); alone it is often idiom.
            if (m.group("wd") == null && m.group("wdBefore") == null) {
                return null;
            }
        } else if (m.group("hw") != null) {
            hour = Integer.parseInt(m.group("hw")) % 12
                    + (m.group("podw").toLowerCase(Locale.ROOT).equals("morning") ? 0 : 12);
            minute = m.group("mw") != null ? m.group("mw") : "00";
        } else {
            String h = m.group("h") != null ? m.group("h") : m.group("h24");
            minute = m.group("mi") != null ? m.group("mi") : m.group("mi24") != null ? m.group("mi24") : "00";
            hour = Integer.parseInt(h);
            String ampm = m.group("ampm");
            if (ampm != null) {
                hour = hour % 12 + (ampm.toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
            }
        }
        String weekdayWord = m.group("wd") != null ? m.group("wd")
                : m.group("wdBefore") != null ? m.group("wdBefore") : m.group("wdRestated");
        DayOfWeek weekday = weekdayWord == null ? null : Lexicon.weekday(weekdayWord);
        String clock = String.format("T%02d:%s", hour, minute);
        int month = m.group("m") == null ? 0 : Lexicon.month(m.group("m"));
        java.time.MonthDay monthDay = month == 0 ? null : java.time.MonthDay.of(month, Math.min(Lexicon.day(m.group("d")),
                java.time.Month.of(month).maxLength()));
        String hedge = m.group("hedge");
        return ctx -> {
            LocalDate day;
            if (!ctx.hasDct() && ctx.sentenceDay() == null) {
                return Resolution.unanchored(TimexType.TIME, "XXXX-XX-XX" + clock);
            } else if (monthDay != null && ctx.hasDct()) {
                day = RelativeDateResolver.dayWithoutYear(ctx.dct(), monthDay, ctx::tense);
            } else if (weekday != null && ctx.hasDct()) {
                day = WeekdayResolver.resolve(ctx.dct(), weekday, ctx::tense);
            } else {
                day = ctx.sentenceDay() != null ? ctx.sentenceDay() : ctx.dct();
            }
            Resolution r = Resolution.day(day).withType(TimexType.TIME).withValue(day + clock);
            return hedge == null ? r : r.withMod("APPROX");
        };
    }
}
