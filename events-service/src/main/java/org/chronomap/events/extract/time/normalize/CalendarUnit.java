package org.chronomap.events.extract.time.normalize;

import java.time.LocalDate;
import java.util.Locale;

/** Calendar units that durations and relative expressions count in, with their TIMEX3 duration letters. */
public enum CalendarUnit {
    SECOND("S", true), MINUTE("M", true), HOUR("H", true),
    DAY("D", false), WEEK("W", false), MONTH("M", false), QUARTER("Q", false), YEAR("Y", false),
    DECADE("DE", false), CENTURY("CE", false);

    private final String letter;
    /** Time units take the {@code T} designator in a duration: {@code PT2H} but {@code P2M} for months. */
    private final boolean timeOfDay;

    CalendarUnit(String letter, boolean timeOfDay) {
        this.letter = letter;
        this.timeOfDay = timeOfDay;
    }

    /** Parses "day", "days", "weeks", "month", ... as written (any case); null when not a unit word. */
    public static CalendarUnit parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && !w.equals("s")) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "second", "sec" -> SECOND;
            case "minute", "min" -> MINUTE;
            case "hour", "hr" -> HOUR;
            case "day" -> DAY;
            case "week", "wk" -> WEEK;
            case "month", "mo" -> MONTH;
            case "quarter" -> QUARTER;
            case "year", "yr" -> YEAR;
            case "decade" -> DECADE;
            case "century", "centurie" -> CENTURY;
            default -> null;
        };
    }

    /**
     * TIMEX3 duration value: {@code P12D}, {@code PT2H}, {@code P2Y6M} for 2.5 years, {@code PXY} when the
     * amount is unknown ("years", "several weeks"). Decades and centuries are written in years, as TimeBank does,
     * except an unknown number of centuries, which TimeBank writes with its century letter: "for centuries" is PXC
     * (PRI19980121.2000.2591), not some number of years.
     */
    public String duration(Double amount) {
        String prefix = timeOfDay ? "PT" : "P";
        if (amount == null) {
            // "decades-long" is an unknown number of years, as "two decades" is twenty (APW20000115.0031).
            return this == DECADE ? YEAR.duration(null) : this == CENTURY ? "PXC" : prefix + "X" + letter;
        }
        if (this == HOUR && amount == 24) {
            // "the last twenty-four hours" is a day in TimeBank (P1D); other counts of hours stay as written
            // ("at least 72 hours" = PT72H, NYT20000414.0296).
            return DAY.duration(1.0);
        }
        if (this == DECADE) {
            return YEAR.duration(amount * 10);
        }
        if (this == CENTURY) {
            return YEAR.duration(amount * 100);
        }
        if (amount == Math.rint(amount)) {
            return prefix + (long) (double) amount + letter;
        }
        // Halves are the only fractions news writes: "2 1/2 years" = P2Y6M, "an hour and a half" = PT1H30M.
        long whole = (long) Math.floor(amount);
        return switch (this) {
            case YEAR -> "P" + (whole > 0 ? whole + "Y" : "") + Math.round((amount - whole) * 12) + "M";
            case DAY -> "P" + (whole > 0 ? whole + "D" : "") + "T" + Math.round((amount - whole) * 24) + "H";
            case HOUR -> "PT" + (whole > 0 ? whole + "H" : "") + Math.round((amount - whole) * 60) + "M";
            case MINUTE -> "PT" + (whole > 0 ? whole + "M" : "") + Math.round((amount - whole) * 60) + "S";
            default -> prefix + amount + letter;
        };
    }

    /** The calendar unit of a date duration's letter ("D", "W", "M", "Y": the M of months, not of minutes), or null. */
    public static CalendarUnit ofDateLetter(String letter) {
        for (CalendarUnit unit : values()) {
            if (!unit.timeOfDay && unit.letter.equals(letter)) {
                return unit;
            }
        }
        return null;
    }

    /** Moves a day by a whole number of this unit; time units below a day do not move it. */
    public LocalDate shift(LocalDate day, long amount) {
        return switch (this) {
            case DAY -> day.plusDays(amount);
            case WEEK -> day.plusWeeks(amount);
            case MONTH -> day.plusMonths(amount);
            case QUARTER -> day.plusMonths(3 * amount);
            case YEAR -> day.plusYears(amount);
            case DECADE -> day.plusYears(10 * amount);
            case CENTURY -> day.plusYears(100 * amount);
            default -> day;
        };
    }

    public boolean isCalendar() {
        return !timeOfDay;
    }
}
