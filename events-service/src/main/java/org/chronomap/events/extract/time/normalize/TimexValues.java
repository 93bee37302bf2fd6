package org.chronomap.events.extract.time.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** TIMEX3 value spelling (ISO 8601 with TimeML's extensions) for calendar units. */
public final class TimexValues {

    private TimexValues() {
    }

    public static String day(LocalDate day) {
        return day.toString();
    }

    /** ISO week of the day, with the week-based year: 2024-12-30 is in {@code 2025-W01}. */
    public static String week(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static String weekend(LocalDate saturday) {
        return week(saturday) + "-WE";
    }

    /**
     * A year in four digits; a year before 1 AD ("two thousand years ago") as TimeML writes it, "BC" and the
     * year BC: the proleptic year 0 is 1 BC.
     */
    public static String year(int year) {
        return year > 0 ? String.format("%04d", year) : String.format("BC%04d", 1 - year);
    }

    public static String quarter(int year, int quarter) {
        return year(year) + "-Q" + quarter;
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    public static LocalDate quarterStart(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The year of a quarter value ({@code 1988-Q3} → 1988). */
    public static int quarterValueYear(String quarterValue) {
        return Integer.parseInt(quarterValue.substring(0, 4));
    }

    /** The quarter of a quarter value ({@code 1988-Q3} → 3). */
    public static int quarterValueNumber(String quarterValue) {
        return quarterValue.charAt(quarterValue.length() - 1) - '0';
    }

    public static Resolution quarterResolution(int year, int quarter) {
        LocalDate start = quarterStart(year, quarter);
        return Resolution.range(quarter(year, quarter), start, start.plusMonths(3).minusDays(1));
    }

    /** Meteorological seasons of the northern hemisphere (spring = March–May), as the gold notes use. */
    public static Resolution seasonResolution(int year, Season season) {
        LocalDate start = LocalDate.of(year, season.firstMonth, 1);
        // Winter YYYY starts in December YYYY and runs into the next year.
        return Resolution.range(year(year) + "-" + season.code, start, start.plusMonths(3).minusDays(1));
    }

    public enum Season {
        SPRING("SP", 3), SUMMER("SU", 6), FALL("FA", 9), WINTER("WI", 12);

        public final String code;
        public final int firstMonth;

        Season(String code, int firstMonth) {
            this.code = code;
            this.firstMonth = firstMonth;
        }
    }
}
