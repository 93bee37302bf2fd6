package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.TimexType;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.Tense;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import static org.chronomap.events.extract.time.recognize.Lexicon.ANY_YEAR;
import static org.chronomap.events.extract.time.recognize.Lexicon.SP;

/**
 * Named days of the (mostly US) news calendar: "Elian was found Thanksgiving Day", "from now to Election Day".
 * TimeML tags them as DATEs with the day's value. The year comes from the text ("Christmas 1998"), from
 * last/next/this, or from the clause's tense like a day written without a year.
 *
 * <p>Hand-written because no holiday library is among our dependencies, and the handful of days that news
 * names needs only the fixed dates, "the n-th weekday of a month" and the Easter computus.
 */
final class HolidayRules {

    private HolidayRules() {
    }

    /** Each holiday's date in a given year, keyed by its name as matched (lower case, single spaces). */
    private static final Map<String, IntFunction<LocalDate>> DATES = Map.ofEntries(
            Map.entry("thanksgiving", y -> nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)),
            Map.entry("christmas", y -> LocalDate.of(y, 12, 25)),
            Map.entry("christmas eve", y -> LocalDate.of(y, 12, 24)),
            Map.entry("new year's day", y -> LocalDate.of(y, 1, 1)),
            Map.entry("new year's eve", y -> LocalDate.of(y, 12, 31)),
            Map.entry("independence day", y -> LocalDate.of(y, 7, 4)),
            Map.entry("valentine's day", y -> LocalDate.of(y, 2, 14)),
            Map.entry("halloween", y -> LocalDate.of(y, 10, 31)),
            Map.entry("veterans day", y -> LocalDate.of(y, 11, 11)),
            Map.entry("memorial day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            Map.entry("labor day", y -> nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)),
            // US federal elections: the Tuesday after the first Monday in November.
            Map.entry("election day", y -> nth(y, Month.NOVEMBER, DayOfWeek.MONDAY, 1).plusDays(1)),
            Map.entry("easter", HolidayRules::easterSunday),
            Map.entry("good friday", y -> easterSunday(y).minusDays(2)));

    static List<TimexRule> rules() {
        return List.of(TimexRule.of("holiday", "(?<![\\p{L}])(?:(?<rel>last|next|this)" + SP + ")?(?<h>thanksgiving"
                + "|christmas" + SP + "eve|christmas|new" + SP + "year['’]s" + SP + "(?:day|eve)|independence" + SP
                + "day|valentine['’]s" + SP + "day|halloween|veterans['’]?" + SP + "day|memorial" + SP + "day|labor"
                + SP + "day|election" + SP + "day|easter|good" + SP + "friday)(?:" + SP + "(?:day|sunday))?(?<week>" + SP
                + "week)?(?:,?"
                + SP + "(?<y>" + ANY_YEAR + "))?(?![\\p{L}])", HolidayRules::holiday));
    }

    private static Function<NormalizationContext, Resolution> holiday(Match m) {
        // Capitalised as a name: "the labor day" of a strike or "an election day" is no holiday.
        if (!Character.isUpperCase(m.group("h").charAt(0))) {
            return null;
        }
        String name = m.group("h").toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ")
                .replace("veterans' day", "veterans day");
        IntFunction<LocalDate> day = DATES.get(name);
        if (day == null) {
            return null;
        }
        // "Easter week": the ISO week of the day, which has begun once its Monday has.
        boolean week = m.group("week") != null;
        IntFunction<LocalDate> date = week ? y -> day.apply(y).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day;
        Function<LocalDate, Resolution> of = week ? Resolution::week : Resolution::day;
        if (m.group("y") != null) {
            return Normalizers.constant(of.apply(date.apply(Lexicon.year(m.group("y")))));
        }
        int offset = m.group("rel") == null ? 0 : Lexicon.offset(m.group("rel"));
        boolean thisOne = m.group("rel") != null && offset == 0;
        return Normalizers.relative(TimexType.DATE, "XXXX-XX-XX", ctx -> {
            LocalDate dct = ctx.dct();
            LocalDate sameYear = date.apply(dct.getYear());
            LocalDate past = sameYear.isAfter(dct) ? date.apply(dct.getYear() - 1) : sameYear;
            LocalDate future = sameYear.isBefore(dct) ? date.apply(dct.getYear() + 1) : sameYear;
            if (offset < 0 || past.equals(future)) {
                return of.apply(past);
            }
            if (offset > 0) {
                return of.apply(future);
            }
            if (thisOne) {
                return of.apply(sameYear);
            }
            Tense tense = ctx.tense();
            if (tense == Tense.PAST) {
                return of.apply(past);
            }
            if (tense == Tense.FUTURE) {
                return of.apply(future);
            }
            // Without a tense the nearer one, ties to the past that news mostly reports.
            return of.apply(past.until(dct).toTotalMonths() <= dct.until(future).toTotalMonths() ? past : future);
        });
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
