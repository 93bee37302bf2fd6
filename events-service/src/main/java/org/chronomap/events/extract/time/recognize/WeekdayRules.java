package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.RelativeDateResolver;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.Tense;
import org.chronomap.events.extract.time.normalize.TimexValues;
import org.chronomap.events.extract.time.normalize.WeekdayResolver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static org.chronomap.events.extract.time.recognize.Lexicon.SP;
import static org.chronomap.events.extract.time.recognize.Lexicon.WEEKDAY;
import static org.chronomap.events.extract.time.recognize.Normalizers.relative;

/** Weekdays and weekends, resolved past or future by the tense of their clause ({@link WeekdayResolver}). */
final class WeekdayRules {

    private WeekdayRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                // "The day before last Tuesday's hearing": one day next to the weekday (NYT20000224.0173).
                TimexRule.of("weekday", "(?:(?:the" + SP + ")?day" + SP + "(?<shift>before|after)" + SP + ")?"
                        // "down 4.5% from the previous Friday": the one before the day last named (wsj_0586).
                        + "(?:(?:the" + SP + "(?<ana>previous|preceding|following)|(?<rel>last|next|this" + SP
                        + "past|this" + SP + "coming|this|coming|past))" + SP + ")?(?:(?<part>early|earlier|late|later)" + SP + ")?(?<wd>" + WEEKDAY + ")(?:" + SP
                        + "(?<pod>morning|afternoon|evening|night))?(?!s\\b)(?=(?<poss>['’]s)?)"
                        // "on Monday and Tuesday nights": both are recurrences (SetRules)
                        + "(?!" + SP + "(?:and|or)" + SP + WEEKDAY + SP + "(?:mornings|afternoons|evenings|nights)\\b)"
                        + "(?=" + SP + "(?<next>\\p{L}+)(?:" + SP + "(?<next2>\\p{L}+))?)?", WeekdayRules::weekday),
                // "the city holds elections on the first Tuesday in September" (LGL 40245837): one day of that
                // month, its year as for a month written without one, or the year written after it.
                TimexRule.of("nth-weekday-of-month", "(?:the" + SP + ")?(?<n>first|second|third|fourth|last)" + SP
                        + "(?<wd>" + WEEKDAY + ")" + SP + "(?:in|of)" + SP + "(?<m>" + Lexicon.MONTH + ")(?:,?" + SP
                        + "(?<y>" + Lexicon.YEAR + "))?(?![\\p{L}])", WeekdayRules::nthWeekdayOfMonth),
                // "he buried 14 people on the weekend of 17 September" (GeoVirus): the weekend of that day.
                TimexRule.of("weekend", "(?<x>(?<det>the|this|last|next|this" + SP + "past|this" + SP + "coming|that|a)"
                        + SP + "weekend(?:" + SP + "of" + SP + "(?:(?<d>" + Lexicon.DAY_NUMBER + ")" + SP + "(?<m>"
                        + Lexicon.MONTH + ")|(?<m2>" + Lexicon.MONTH + ")" + SP + "(?<d2>" + Lexicon.DAY_NUMBER + ")))?)"
                        + "(?![\\p{L}])", WeekdayRules::weekend));
    }

    private static final Set<String> TIME_OF_DAY = Set.of("Morning", "Afternoon", "Evening", "Night");

    private static Function<NormalizationContext, Resolution> weekday(Match m) {
        String word = m.group("wd");
        if (!Lexicon.isCapitalised(word)) {
            return null;
        }
        // "the Sunday Times of India", "the Sunday Telegraph": a paper's name (GeoVirus); "The Ben Strother Sunday
        // School Class": a name amid capitalised words (LGL 40996799), not "told Lamar County Commissioners Monday
        // TxDOT has" (LGL 41723446).
        String next = m.group("next");
        String before = m.wordBefore();
        String afterNext = m.group("next2");
        boolean nameBefore = "the".equalsIgnoreCase(before)
                || before != null && Lexicon.isCapitalised(before) && !Lexicon.BEFORE_A_DATE.contains(before.toLowerCase(Locale.ROOT))
                && afterNext != null && Lexicon.isCapitalised(afterNext);
        if (nameBefore && m.group("pod") == null && m.group("rel") == null && m.group("ana") == null && next != null
                && Lexicon.isCapitalised(next) && Lexicon.month(next) == 0 && !TIME_OF_DAY.contains(next)
                && !Lexicon.BEFORE_A_DATE.contains(next.toLowerCase(Locale.ROOT))) {
            return null;
        }
        DayOfWeek day = Lexicon.weekday(word);
        String rel = m.group("rel");
        int offset = rel == null || rel.equalsIgnoreCase("this") ? 0 : Lexicon.offset(rel);
        String pod = m.group("pod");
        String part = m.group("part");
        // Undated, "Monday evening" is still an evening (LGL 41650539).
        String unresolved = "XXXX-WXX-" + day.getValue() + partOfDaySuffix(pod);
        boolean possessive = m.group("poss") != null;
        String shift = m.group("shift");
        int days = shift == null ? 0 : shift.equalsIgnoreCase("before") ? -1 : 1;
        if (days != 0 && pod != null) {
            return null;
        }
        String ana = m.group("ana");
        if (ana != null) {
            // Counted from the last day named, not the DCT; with neither, left unresolved.
            return days != 0 ? null : ctx -> {
                LocalDate anchor = ctx.anaphoricAnchor();
                return anchor == null ? Resolution.unanchored(type(unresolved), unresolved) : dayWithParts(anchor.with(
                        ana.equalsIgnoreCase("following") ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day)),
                        pod, part);
            };
        }
        // "The deadline to register for the April 26 election is Thursday" (LGL 42573074): a weekday said to be
        // what a present copula's subject is names a day ahead.
        boolean scheduled = before != null && before.matches("(?i)is|are") && rel == null;
        // "The annual book sale is being held through Saturday" (LGL 41542417), "The exhibit runs through Friday": a
        // state that lasts through a day ends on a day ahead unless the clause is past ("until" is ahead whatever the
        // clause, ClauseTense).
        boolean lasts = rel == null && before != null && before.matches("(?i)through|thru");
        return relative(type(unresolved), days == 0 ? unresolved : "XXXX-XX-XX", ctx -> dayWithParts(
                // "Wednesday's ruling", "Thursday's close": an event with a name has happened.
                WeekdayResolver.resolve(ctx.dct(), day, offset, possessive ? () -> Tense.PAST
                        : scheduled ? () -> Tense.FUTURE
                        : lasts ? () -> ctx.tense() == Tense.PAST ? Tense.PAST : Tense.FUTURE : ctx::tense)
                        .plusDays(days), pod, part));
    }

    private static Function<NormalizationContext, Resolution> nthWeekdayOfMonth(Match m) {
        if (!Lexicon.isCapitalised(m.group("wd")) || !Lexicon.isCapitalised(m.group("m"))) {
            return null;
        }
        DayOfWeek day = Lexicon.weekday(m.group("wd"));
        int month = Lexicon.month(m.group("m"));
        String n = m.group("n").toLowerCase(Locale.ROOT);
        var adjuster = n.equals("last") ? TemporalAdjusters.lastInMonth(day)
                : TemporalAdjusters.dayOfWeekInMonth(Lexicon.day(n), day);
        if (m.group("y") != null) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group("y")), month, 1);
            return Normalizers.constant(Resolution.day(first.with(adjuster)));
        }
        return relative(TimexType.DATE, "XXXX-" + String.format("%02d", month) + "-XX", ctx -> Resolution.day(
                RelativeDateResolver.monthWithoutYear(ctx.dct(), month, ctx::tense).atDay(1).with(adjuster)));
    }

    /** A value with a part of the day (XXXX-WXX-1TEV) is a TIME. */
    private static TimexType type(String value) {
        return value.contains("T") ? TimexType.TIME : TimexType.DATE;
    }

    /**
     * "Thursday evening" is TIME 1998-02-12TEV in TimeBank; "Friday morning" and "Friday night" are annotated as
     * the plain date about as often as with TMO/TNI, so they keep the date: "" for them and for no part of day.
     */
    private static String partOfDaySuffix(String pod) {
        return pod == null || pod.equalsIgnoreCase("morning") || pod.equalsIgnoreCase("night") ? ""
                : RelativeDateRules.partOfDay(pod);
    }

    private static Resolution dayWithParts(LocalDate date, String pod, String part) {
        Resolution r = Resolution.day(date);
        String suffix = partOfDaySuffix(pod);
        if (!suffix.isEmpty()) {
            r = r.withType(TimexType.TIME).withValue(r.value() + suffix);
        }
        return part == null ? r : r.withMod(Normalizers.part(part).name());
    }

    private static Function<NormalizationContext, Resolution> weekend(Match m) {
        String monthWord = m.group("m") != null ? m.group("m") : m.group("m2");
        if (monthWord != null) {
            int month = Lexicon.month(monthWord);
            int day = Lexicon.day(m.group("d") != null ? m.group("d") : m.group("d2"));
            if (!Lexicon.isCapitalised(monthWord) || day > Month.of(month).maxLength()) {
                return null;
            }
            MonthDay monthDay = MonthDay.of(month, day);
            return relative(TimexType.DATE, "XXXX-WXX-WE", ctx -> {
                LocalDate date = RelativeDateResolver.dayWithoutYear(ctx.dct(), monthDay, ctx::tense);
                LocalDate saturday = TimexValues.mondayOf(date).plusDays(5);
                return Resolution.range(TimexValues.weekend(saturday), saturday, saturday.plusDays(1));
            });
        }
        String det = m.group("det").toLowerCase(java.util.Locale.ROOT);
        if (det.equals("a")) {
            return Normalizers.constant(Resolution.unanchored(TimexType.DURATION, "P1WE"));
        }
        int offset = det.equals("the") || det.equals("this") || det.equals("that") ? 0 : Lexicon.offset(det);
        return relative(TimexType.DATE, "XXXX-WXX-WE", ctx -> {
            LocalDate saturday = WeekdayResolver.weekend(ctx.dct(), offset, ctx::tense);
            return Resolution.range(TimexValues.weekend(saturday), saturday, saturday.plusDays(1));
        });
    }
}
