package org.chronomap.events.extract.time.normalize;

import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What normalising one mention may look at. The clause tense and aspect are computed on first use:
 * reading them means tagging the clause, which most mentions (full dates, durations) never need.
 */
public final class NormalizationContext {

    private final LocalDate dct;
    private final Supplier<Tense> tenseSource;
    private final BooleanSupplier perfectSource;
    private final LocalDate previousDay;
    private final Resolution previousDate;
    private final LocalDate sentenceDay;
    private final String undatedSentenceDay;
    private final String lastQuarter;
    private Tense tense;
    private Boolean perfect;

    /**
     * @param dct         document creation date; null when neither given nor inferable (relative values stay X-filled)
     * @param tense       tense of the clause around the mention
     * @param perfect     whether the clause is perfect or progressive ("have been leading ... for 12 days"),
     *                    so a duration in it runs up to the reference point
     * @param previousDay the last day-precision date resolved earlier in the text, the anchor of anaphoric
     *                    expressions ("the day before"); null when there is none
     * @param previousDate the last date of any precision resolved earlier (a month, a year), the anchor of
     *                    "that year", "the following month"; null when there is none
     * @param sentenceDay a day-precision date resolved earlier in the same sentence ("said on Sunday that ...
     *                    for 12 days"), the reference point of durations in it; null when there is none
     * @param undatedSentenceDay the value of a day named earlier in the same sentence that no DCT places
     *                    ({@code XXXX-03-17}, {@code XXXX-WXX-2}), the day of a clock time after it; null when none
     * @param lastQuarter the last fiscal quarter named earlier in the text as {@code YYYY-Qn}, the anchor of
     *                    "a year ago" in earnings copy; null when there is none
     */
    public NormalizationContext(LocalDate dct, Supplier<Tense> tense, BooleanSupplier perfect, LocalDate previousDay,
                                Resolution previousDate, LocalDate sentenceDay, String undatedSentenceDay,
                                String lastQuarter) {
        this.dct = dct;
        this.tenseSource = tense;
        this.perfectSource = perfect;
        this.previousDay = previousDay;
        this.previousDate = previousDate;
        this.sentenceDay = sentenceDay;
        this.undatedSentenceDay = undatedSentenceDay;
        this.lastQuarter = lastQuarter;
    }

    /** A context with a known tense and no preceding dates, for tests and single expressions. */
    public static NormalizationContext of(LocalDate dct, Tense tense) {
        return new NormalizationContext(dct, () -> tense, () -> false, null, null, null, null, null);
    }

    public LocalDate dct() {
        return dct;
    }

    public Tense tense() {
        if (tense == null) {
            tense = tenseSource.get();
        }
        return tense;
    }

    /**
     * The clause's tense with a present read as ahead: what a present clause places at an hour of a named day
     * ("Performances are at 7 p.m. Saturday") is a timetable, not a report.
     */
    public Tense tenseWithPresentAhead() {
        Tense t = tense();
        return t == Tense.PRESENT ? Tense.FUTURE : t;
    }

    public boolean perfect() {
        if (perfect == null) {
            perfect = perfectSource.getAsBoolean();
        }
        return perfect;
    }

    public LocalDate previousDay() {
        return previousDay;
    }

    /** The start of the last date named, of any precision; null when there is none. */
    public LocalDate previousDate() {
        return previousDate == null ? null : previousDate.start();
    }

    /** The last date named, of any precision ("last October"); null when there is none. */
    public Resolution previousDateNamed() {
        return previousDate;
    }

    public LocalDate sentenceDay() {
        return sentenceDay;
    }

    public String undatedSentenceDay() {
        return undatedSentenceDay;
    }

    public String lastQuarter() {
        return lastQuarter;
    }

    public boolean hasDct() {
        return dct != null;
    }

    /** The anchor of an anaphoric expression: the last date mentioned, else the document date. */
    public LocalDate anaphoricAnchor() {
        return previousDay != null ? previousDay : dct;
    }

    /** The anchor of "that year", "the following month": the last date of any precision named, else the DCT. */
    public LocalDate anaphoricPeriodAnchor() {
        return previousDate != null ? previousDate.start() : dct;
    }

    /** The point a duration in this sentence runs up to: a date named earlier in it, else the DCT. */
    public LocalDate durationReference() {
        return sentenceDay != null ? sentenceDay : dct;
    }
}
