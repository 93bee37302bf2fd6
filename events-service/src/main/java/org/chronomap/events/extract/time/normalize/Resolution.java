package org.chronomap.events.extract.time.normalize;

import org.chronomap.events.extract.time.Precision;
import org.chronomap.events.extract.time.TimexType;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The normalised meaning of one mention: TIMEX3 type, value and mod, and the calendar interval
 * (days, both ends inclusive) it denotes. Immutable; the {@code with...} methods return copies.
 */
public record Resolution(TimexType type, String value, String mod, LocalDate start, LocalDate end,
                         Precision precision, boolean approximate, LocalDate anchoredStart, LocalDate anchoredEnd) {

    public static Resolution day(LocalDate day) {
        return new Resolution(TimexType.DATE, TimexValues.day(day), null, day, day, Precision.DAY, false, null, null);
    }

    public static Resolution week(LocalDate anyDay) {
        LocalDate monday = TimexValues.mondayOf(anyDay);
        return new Resolution(TimexType.DATE, TimexValues.week(anyDay), null, monday, monday.plusDays(6),
                Precision.WEEK, false, null, null);
    }

    public static Resolution month(YearMonth month) {
        return new Resolution(TimexType.DATE, month.toString(), null, month.atDay(1), month.atEndOfMonth(),
                Precision.MONTH, false, null, null);
    }

    public static Resolution year(int year) {
        return new Resolution(TimexType.DATE, TimexValues.year(year), null, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), Precision.YEAR, false, null, null);
    }

    public static Resolution range(String value, LocalDate start, LocalDate end) {
        return new Resolution(TimexType.DATE, value, null, start, end, Precision.RANGE, false, null, null);
    }

    /** A value with no calendar interval: durations, PRESENT_REF, or an X-filled value nothing anchors. */
    public static Resolution unanchored(TimexType type, String value) {
        return new Resolution(type, value, null, null, null, null, false, null, null);
    }

    public Resolution withType(TimexType newType) {
        return new Resolution(newType, value, mod, start, end, precision, approximate, anchoredStart, anchoredEnd);
    }

    public Resolution withValue(String newValue) {
        return new Resolution(type, newValue, mod, start, end, precision, approximate, anchoredStart, anchoredEnd);
    }

    /** Sets the mod; APPROX, START, MID, END and the comparatives also make the interval approximate. */
    public Resolution withMod(String newMod) {
        boolean approx = approximate || newMod != null;
        return new Resolution(type, value, newMod, start, end, precision, approx, anchoredStart, anchoredEnd);
    }

    /** Narrows the interval (e.g. "early July" → 1–10 July); the precision becomes a range. */
    public Resolution narrowedTo(LocalDate newStart, LocalDate newEnd) {
        return new Resolution(type, value, mod, newStart, newEnd, Precision.RANGE, approximate, anchoredStart, anchoredEnd);
    }

    public Resolution withInterval(LocalDate newStart, LocalDate newEnd, Precision newPrecision) {
        return new Resolution(type, value, mod, newStart, newEnd, newPrecision, approximate, anchoredStart, anchoredEnd);
    }

    public Resolution approximate(boolean isApproximate) {
        return new Resolution(type, value, mod, start, end, precision, isApproximate, anchoredStart, anchoredEnd);
    }

    public Resolution anchored(LocalDate from, LocalDate to) {
        return new Resolution(type, value, mod, start, end, precision, approximate, from, to);
    }

    /**
     * The same calendar expression in another year: "March 3" read with the year of "March 5, 2023". Only for
     * values that start with their year ("2024-03-03", "2024-03", "2024-SU").
     */
    public Resolution inYear(int year) {
        int shift = year - start.getYear();
        String newValue = TimexValues.year(Integer.parseInt(value.substring(0, 4)) + shift) + value.substring(4);
        return new Resolution(type, newValue, mod, start.plusYears(shift), end.plusYears(shift), precision, approximate,
                anchoredStart == null ? null : anchoredStart.plusYears(shift),
                anchoredEnd == null ? null : anchoredEnd.plusYears(shift));
    }

    public boolean isResolved() {
        return start != null;
    }
}
