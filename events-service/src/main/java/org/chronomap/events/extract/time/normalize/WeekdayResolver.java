package org.chronomap.events.extract.time.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Supplier;

/**
 * Resolves a bare weekday ("on Sunday", "Friday") against the DCT by the tense of its clause:
 * past → the latest such day on or before the DCT (a Monday article's "the Kremlin said on Monday" is
 * that Monday, the same-day rule of the gold notes); future → the earliest on or after it; without a
 * tense the past one (news reports the past; on TBAQ this beats "the nearest").
 */
public final class WeekdayResolver {

    private WeekdayResolver() {
    }

    public static LocalDate resolve(LocalDate dct, DayOfWeek day, Supplier<Tense> tenseOfClause) {
        LocalDate past = dct.with(TemporalAdjusters.previousOrSame(day));
        LocalDate future = dct.with(TemporalAdjusters.nextOrSame(day));
        if (past.equals(future)) {
            return past;
        }
        return switch (tenseOfClause.get()) {
            case PAST -> past;
            case FUTURE -> future;
            default -> past;
        };
    }

    /** "last Friday" = the Friday before the DCT; "next Friday" = the one after; "this Friday" by tense. */
    public static LocalDate resolve(LocalDate dct, DayOfWeek day, int offset, Supplier<Tense> tense) {
        if (offset < 0) {
            return dct.with(TemporalAdjusters.previous(day));
        }
        if (offset > 0) {
            return dct.with(TemporalAdjusters.next(day));
        }
        return resolve(dct, day, tense);
    }

    /**
     * The weekend (its Saturday) the clause refers to: the coming one in a future clause, else the last one
     * ("attacks over the weekend" in a Monday piece = the Saturday and Sunday before).
     */
    public static LocalDate weekend(LocalDate dct, int offset, Supplier<Tense> tense) {
        LocalDate lastSaturday = dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate nextSaturday = dct.getDayOfWeek() == DayOfWeek.SUNDAY
                ? dct.minusDays(1) : dct.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        if (offset < 0) {
            return lastSaturday.equals(nextSaturday) ? lastSaturday.minusWeeks(1) : lastSaturday;
        }
        if (offset > 0) {
            // "next weekend" said on a weekend is the following one; said on a weekday, the coming one.
            return dct.getDayOfWeek().getValue() >= 6 ? nextSaturday.plusWeeks(1) : nextSaturday;
        }
        return nextSaturday.equals(lastSaturday) || tense.get() != Tense.FUTURE ? lastSaturday : nextSaturday;
    }
}
