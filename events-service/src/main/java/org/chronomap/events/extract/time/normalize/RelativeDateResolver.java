package org.chronomap.events.extract.time.normalize;

import org.chronomap.events.extract.time.Precision;
import org.chronomap.events.extract.time.TimexType;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Turns expressions relative to the document creation date (DCT) into calendar intervals:
 * "last week", "two years ago", "in 3 days", "early July", and picks the year of a date written
 * without one from the tense of its clause.
 */
public final class RelativeDateResolver {

    private RelativeDateResolver() {
    }

    /** Which part of a period "early", "mid" and "late" denote; the TIMEX3 mod is the enum name. */
    public enum Part { START, MID, END }

    /** The calendar unit containing {@code day}: the week of, the month of, the year of... */
    public static Resolution unitContaining(LocalDate day, CalendarUnit unit) {
        return switch (unit) {
            case WEEK -> Resolution.week(day);
            case MONTH -> Resolution.month(YearMonth.from(day));
            case QUARTER -> TimexValues.quarterResolution(day.getYear(), TimexValues.quarterOf(day));
            case YEAR -> Resolution.year(day.getYear());
            case DECADE -> decade(day.getYear() / 10 * 10);
            case CENTURY -> century(day.getYear() / 100 + 1);
            default -> Resolution.day(day);
        };
    }

    /** "last week" = offset −1, "this month" = 0, "next year" = +1. */
    public static Resolution relativeUnit(LocalDate dct, CalendarUnit unit, int offset) {
        return unitContaining(unit.shift(dct, offset), unit);
    }

    /** A decade from its first year: 1990 → value {@code 199}, 1990-01-01..1999-12-31; 800 → {@code 080}. */
    public static Resolution decade(int firstYear) {
        return Resolution.range(String.format("%03d", firstYear / 10), LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 9, 12, 31));
    }

    /** The n-th century: 20 → value {@code 19}, 1901..2000 as counted, 1900..1999 as TimeBank writes it. */
    public static Resolution century(int ordinal) {
        int firstYear = (ordinal - 1) * 100;
        return Resolution.range(String.format("%02d", ordinal - 1), LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 99, 12, 31));
    }

    /**
     * "two weeks ago", "nearly two weeks ago", "more than two years ago". The value has the granularity
     * TimeBank gives it: a day for days and weeks, a month for months, a year for years (and centuries). A hedge
     * widens the interval by a quarter of the amount: "nearly" means less than the amount, so the interval lies after
     * the exact point (19 Aug − nearly 2 weeks = 5–8 Aug); "about" spans both sides; "more than" lies before.
     */
    public static Resolution ago(LocalDate dct, double amount, CalendarUnit unit, String hedge, int direction) {
        LocalDate point = shiftFractional(dct, amount * direction, unit);
        Resolution exact = switch (unit) {
            case DAY, WEEK -> Resolution.day(point);
            case MONTH -> Resolution.month(YearMonth.from(point));
            case QUARTER -> TimexValues.quarterResolution(point.getYear(), TimexValues.quarterOf(point));
            // "two centuries ago" is a year, as "200 years ago" is: no century names the point it counts back to.
            case YEAR, CENTURY -> Resolution.year(point.getYear());
            case DECADE -> decade(point.getYear() / 10 * 10);
            default -> Resolution.day(point);
        };
        if (hedge == null) {
            return exact;
        }
        long slack = Math.max(1, ChronoUnit.DAYS.between(point, dct) * direction * -1 / 4);
        slack = Math.abs(slack);
        LocalDate pointAfter = direction < 0 ? point.plusDays(slack) : point.minusDays(slack);
        return switch (hedge) {
            case "LESS_THAN" -> exact.withMod("APPROX").narrowedTo(min(point, pointAfter), max(point, pointAfter));
            case "MORE_THAN" -> exact.withMod("MORE_THAN").narrowedTo(
                    min(point, direction < 0 ? point.minusDays(slack) : point.plusDays(slack)),
                    max(point, direction < 0 ? point.minusDays(slack) : point.plusDays(slack)));
            default -> exact.withMod("APPROX").narrowedTo(point.minusDays(slack), point.plusDays(slack));
        };
    }

    /** Shifts by a possibly fractional amount: 7.5 months = 7 months and half of the next month's days. */
    public static LocalDate shiftFractional(LocalDate day, double amount, CalendarUnit unit) {
        long whole = (long) amount;
        LocalDate shifted = unit.shift(day, whole);
        double fraction = amount - whole;
        if (fraction == 0) {
            return shifted;
        }
        long unitDays = ChronoUnit.DAYS.between(shifted, unit.shift(shifted, fraction > 0 ? 1 : -1));
        return shifted.plusDays((long) Math.floor(Math.abs(unitDays * fraction)) * (fraction > 0 ? 1 : -1));
    }

    /**
     * "early July" = 1–10, "mid-July" = 11–20, "late July" = 21–end; "early 1990" = January–April,
     * "mid-" May–August, "late" September–December; decades 0–3, 4–6, 7–9; other periods are cut in thirds.
     */
    public static Resolution part(Resolution whole, Part part) {
        if (!whole.isResolved()) {
            return whole.withMod(part.name());
        }
        LocalDate start = whole.start();
        LocalDate end = whole.end();
        LocalDate from;
        LocalDate to;
        if (whole.precision() == Precision.MONTH) {
            from = switch (part) { case START -> start; case MID -> start.withDayOfMonth(11); case END -> start.withDayOfMonth(21); };
            to = switch (part) { case START -> start.withDayOfMonth(10); case MID -> start.withDayOfMonth(20); case END -> end; };
        } else if (whole.value().matches("\\d{3}")) {
            // A decade: early = years 0–3, mid = 4–6, late = 7–9 ("the late 1970s" = 1977–1979).
            int first = start.getYear() + switch (part) { case START -> 0; case MID -> 4; case END -> 7; };
            int last = start.getYear() + switch (part) { case START -> 3; case MID -> 6; case END -> 9; };
            from = LocalDate.of(first, 1, 1);
            to = LocalDate.of(last, 12, 31);
        } else if (whole.precision() == Precision.YEAR) {
            int firstMonth = switch (part) { case START -> 1; case MID -> 5; case END -> 9; };
            from = start.withMonth(firstMonth);
            to = from.plusMonths(4).minusDays(1);
        } else {
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            long third = Math.max(1, days / 3);
            from = switch (part) { case START -> start; case MID -> start.plusDays(third); case END -> end.minusDays(third - 1); };
            to = switch (part) { case START -> start.plusDays(third - 1); case MID -> end.minusDays(third); case END -> end; };
        }
        return whole.withMod(part.name()).narrowedTo(from, to);
    }

    /**
     * The year of a month written without one ("in June", "by November"): in a past-tense clause the
     * latest such month not after the DCT, in a future one the earliest not before it, otherwise the
     * nearest (ties go to the past, which news reports more).
     */
    public static YearMonth monthWithoutYear(LocalDate dct, int month, Supplier<Tense> tenseOfClause) {
        YearMonth current = YearMonth.from(dct);
        YearMonth sameYear = YearMonth.of(dct.getYear(), month);
        YearMonth past = sameYear.isAfter(current) ? sameYear.minusYears(1) : sameYear;
        YearMonth future = sameYear.isBefore(current) ? sameYear.plusYears(1) : sameYear;
        if (past.equals(future)) {
            return past;
        }
        long back = monthsBetween(past, current);
        long ahead = monthsBetween(current, future);
        // The tense decides within ten months, as for days (300), so "changed ... in December" said in
        // October is last December (wsj_0709); beyond that ("had been set to expire in November", said in
        // October) the nearer month wins. Without a tense the past is preferred (news reports it).
        boolean pastIfPast = back <= 10 || ahead > 10;
        boolean pastIfFuture = !(ahead <= 10 || back > 10);
        boolean pastOtherwise = back <= 2 * ahead;
        return pastByTense(pastIfPast, pastIfFuture, pastOtherwise, tenseOfClause) ? past : future;
    }

    /**
     * The choice under the clause's tense, which is read (part-of-speech tagging, the costly step) only when
     * the tenses disagree: "Sept. 30" said on 2 November is last September whatever the verb.
     */
    private static boolean pastByTense(boolean ifPast, boolean ifFuture, boolean otherwise, Supplier<Tense> tense) {
        if (ifPast == ifFuture && ifFuture == otherwise) {
            return ifPast;
        }
        return switch (tense.get()) {
            case PAST -> ifPast;
            case FUTURE -> ifFuture;
            default -> otherwise;
        };
    }

    /** Same choice for a day and month written without a year ("On August 17", "Sept. 30"). */
    public static LocalDate dayWithoutYear(LocalDate dct, MonthDay monthDay, Supplier<Tense> tenseOfClause) {
        LocalDate sameYear = atYear(monthDay, dct.getYear());
        LocalDate past = sameYear.isAfter(dct) ? atYear(monthDay, dct.getYear() - 1) : sameYear;
        LocalDate future = sameYear.isBefore(dct) ? atYear(monthDay, dct.getYear() + 1) : sameYear;
        if (past.equals(future)) {
            return past;
        }
        long back = ChronoUnit.DAYS.between(past, dct);
        long ahead = ChronoUnit.DAYS.between(dct, future);
        // As for months: the tense decides within 300 days ("was extended to Nov. 20" said on 2 Nov is
        // this November, not last year's); without a tense the past is preferred unless clearly farther.
        boolean pastIfPast = back <= 300 || ahead > 300;
        boolean pastIfFuture = !(ahead <= 300 || back > 300);
        boolean pastOtherwise = back <= 2 * ahead;
        return pastByTense(pastIfPast, pastIfFuture, pastOtherwise, tenseOfClause) ? past : future;
    }

    /** A fiscal quarter without a year: the latest one not after the DCT's quarter, unless the clause is future. */
    public static Resolution quarterWithoutYear(LocalDate dct, int quarter, Supplier<Tense> tense) {
        int current = TimexValues.quarterOf(dct);
        int year = dct.getYear();
        if (quarter > current && tense.get() != Tense.FUTURE) {
            year--;
        }
        return TimexValues.quarterResolution(year, quarter);
    }

    /** The season named without a year: the current or latest one in the past tense, the next in the future. */
    public static Resolution seasonWithoutYear(LocalDate dct, TimexValues.Season season, int offset,
                                               Supplier<Tense> tense) {
        int year = dct.getYear();
        // Winter belongs to the year it starts in; January–February are still last year's winter.
        if (season == TimexValues.Season.WINTER && dct.getMonthValue() < 3) {
            year--;
        }
        Resolution same = TimexValues.seasonResolution(year, season);
        if (offset != 0) {
            // "last summer" is the latest summer that has ended or is under way before the DCT... minus one
            // when we are in it; "next summer" the first to start after the DCT.
            if (offset < 0) {
                return same.start().isAfter(dct) || !same.end().isBefore(dct)
                        ? TimexValues.seasonResolution(year - 1, season) : same;
            }
            return same.start().isAfter(dct) ? same : TimexValues.seasonResolution(year + 1, season);
        }
        // The clause's tense (a part-of-speech tagging) is read only when it can move the season.
        if (same.start().isAfter(dct) && tense.get() == Tense.PAST) {
            return TimexValues.seasonResolution(year - 1, season);
        }
        if (same.end().isBefore(dct) && tense.get() == Tense.FUTURE) {
            return TimexValues.seasonResolution(year + 1, season);
        }
        return same;
    }

    /** A duration as TIMEX3 (the interval stays null: a duration is a length, not a place on the calendar). */
    public static Resolution duration(Double amount, CalendarUnit unit) {
        return Resolution.unanchored(TimexType.DURATION, unit.duration(amount));
    }

    private static LocalDate atYear(MonthDay monthDay, int year) {
        // 29 February in a common year becomes the 28th rather than failing.
        return monthDay.atYear(year);
    }

    private static long monthsBetween(YearMonth a, YearMonth b) {
        return ChronoUnit.MONTHS.between(a, b);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
