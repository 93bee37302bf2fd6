package org.chronomap.events.extract.time;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.CodePointIndex;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.TimexValues;
import org.chronomap.events.extract.time.recognize.Mention;
import org.chronomap.events.extract.time.recognize.RuleFailure;
import org.chronomap.events.extract.time.recognize.TimexRecognizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The time-expression stage of the pipeline: recognition ({@link TimexRecognizer}, patterns over the
 * text) then normalisation of each mention against the document creation date, the tense of its
 * clause ({@link ClauseTense}) and the dates named before it. Thread-safe; plain Java.
 */
public final class TimeTagger {

    private final TextAnalyzer analyzer;
    private final TimexRecognizer recognizer;

    /** @param analyzer used by {@link #tag(String, LocalDate)} only; may be null if callers pass analysed text */
    public TimeTagger(TextAnalyzer analyzer) {
        this(analyzer, new TimexRecognizer());
    }

    TimeTagger(TextAnalyzer analyzer, TimexRecognizer recognizer) {
        this.analyzer = analyzer;
        this.recognizer = recognizer;
    }

    /**
     * Tags raw text. Only the sentences whose tense matters (a weekday, a month without a year) are
     * run through the part-of-speech tagger, so this is much cheaper than analysing the whole text.
     */
    public List<TimeExpression> tag(String text, LocalDate dct) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = recognizer.recognize(text);
        return normalize(text, new CodePointIndex(text), mentions, ClauseReader.onDemand(analyzer, text, mentions), dct);
    }

    /**
     * @param dct document creation date; null leaves relative expressions X-filled (see
     *            {@link PublicationDateInference} to infer one first)
     * @return time expressions in text order, offsets in code points
     */
    public List<TimeExpression> tag(AnalyzedText text, LocalDate dct) {
        return normalize(text.text(), text.codePoints(), recognizer.recognize(text.text()), ClauseReader.of(text), dct);
    }

    private static List<TimeExpression> normalize(String text, CodePointIndex codePoints, List<Mention> mentions,
                                                  ClauseReader clauses, LocalDate dct) {
        List<TimeExpression> found = new ArrayList<>(mentions.size());
        LocalDate previousDay = null;
        Resolution previousDate = null;
        LocalDate sentenceDay = null;
        String undatedSentenceDay = null;
        int currentSentence = Integer.MIN_VALUE;
        String lastQuarter = null;
        boolean quarterNamed = false;
        int lastQuarterAt = Integer.MIN_VALUE / 2;
        int lastEnd = 0;
        Mention lastResolved = null;
        Resolution lastResolution = null;
        Mention previous = null;
        Integer apposedYear = null;
        Mention previousTenseHolder = null;
        for (Mention mention : mentions) {
            int sentence = clauses.sentenceOf(mention);
            if (sentence != currentSentence) {
                sentenceDay = null;
                undatedSentenceDay = null;
                currentSentence = sentence;
            }
            // "Performances are at 7 p.m. Saturday and 2 p.m. Sunday" (LGL 42442260): a date joined to the one
            // before it shares its clause, whose verb lies before the first.
            Mention tenseHolder = previous != null && RangeSignals.isCoordinated(text, previous.end(), mention.start())
                    ? previousTenseHolder : mention;
            var context = new NormalizationContext(dct, () -> clauses.tense(tenseHolder),
                    () -> clauses.perfectOrProgressive(mention), previousDay, previousDate, sentenceDay,
                    undatedSentenceDay, mention.start() - lastQuarterAt <= QUARTER_REACH ? lastQuarter : null);
            Resolution r = resolve(text, mention, context, dct);
            if (r == null) {
                continue;
            }
            // "In the comparable year-ago quarter, the second quarter ended Oct. 31" (wsj_0709): an ordinal quarter in
            // apposition to a year-ago quarter names it, in the year-ago's year, and the day it ended is of that year.
            boolean apposed = false;
            if (lastResolution != null && lastResolution.isResolved() && YEAR_AGO_RULES.contains(previous.rule())
                    && mention.rule().equals("quarter") && r.value().matches("\\d{4}-Q[1-4]")
                    && APPOSITION.matcher(text.substring(previous.end(), mention.start())).matches()) {
                apposedYear = lastResolution.start().getYear();
                r = TimexValues.quarterResolution(apposedYear, r.value().charAt(6) - '0');
                found.set(found.size() - 1, toExpression(text, codePoints, previous, r));
                apposed = true;
            } else if (apposedYear != null && r.isResolved() && r.precision() == Precision.DAY
                    && ENDED.matcher(text.substring(previous.end(), mention.start())).matches()) {
                r = Resolution.day(r.start().withYear(apposedYear));
            }
            if (!apposed) {
                apposedYear = null;
            }
            // "a week before Christmas": the length before the date is counted from it.
            LocalDate[] counted = lastResolution == null ? null
                    : RangeSignals.countedFromDate(text, previous, lastResolution, mention, r);
            if (counted != null) {
                int index = found.size() - 1;
                found.set(index, anchor(found.get(index), counted[0], counted[1]));
            }
            RangeSignals.LeadingDay firstDay = RangeSignals.leadingDay(text, mention, r, lastEnd);
            if (firstDay != null) {
                // "between 5 and 8 August": the bare "5" is a date of its own; both delimit the range.
                r = r.anchored(firstDay.date(), r.end());
                Resolution first = Resolution.day(firstDay.date()).anchored(firstDay.date(), r.end());
                found.add(toExpression(text, codePoints,
                        new Mention(firstDay.start(), firstDay.end(), "day-range", mention.normalizer()), first));
            }
            Resolution[] sharedYear = lastResolved == null ? null
                    : RangeSignals.shareYear(text, lastResolved, lastResolution, mention, r, context::tense);
            if (sharedYear != null) {
                if (sharedYear[0] != lastResolution) {
                    lastResolution = sharedYear[0];
                    found.set(found.size() - 1, toExpression(text, codePoints, lastResolved, lastResolution));
                }
                r = sharedYear[1];
            }
            if (lastResolved != null && RangeSignals.closesRange(text, lastResolved.end(), mention.start(),
                    lastResolved.start()) && r.isResolved() && !r.end().isBefore(lastResolution.start())) {
                // "from Aug. 26 to Oct. 20": both ends carry the whole range.
                r = r.anchored(lastResolution.start(), r.end());
                int index = found.size() - 1;
                found.set(index, anchor(found.get(index), lastResolution.start(), r.end()));
            }
            found.add(toExpression(text, codePoints, mention, r));
            // "in effect since February 11, was lifted as of 9:45 a.m.", "from April 4 through Jan. 2, from 9 a.m.
            // to 1 p.m." (LGL 39624584, 43921285): the bounds of a range are no day of what follows in the sentence.
            boolean rangeEnd = previous != null
                    && RangeSignals.closesRange(text, previous.end(), mention.start(), previous.start());
            previous = mention;
            previousTenseHolder = tenseHolder;
            lastEnd = mention.end();
            lastResolved = r.isResolved() ? mention : null;
            lastResolution = r;
            if (r.isResolved() && r.type() == TimexType.DATE) {
                previousDate = r;
            }
            boolean day = r.mod() == null && (r.isResolved() ? r.precision() == Precision.DAY
                    : UNDATED_DAY.matcher(r.value()).matches());
            if (day && (rangeEnd || RangeSignals.followsSince(text, mention))) {
                sentenceDay = null;
                undatedSentenceDay = null;
            } else if (day) {
                sentenceDay = r.isResolved() ? r.start() : null;
                undatedSentenceDay = r.isResolved() ? null : r.value();
            }
            if (day && r.isResolved()) {
                previousDay = r.start();
            }
            // A quarter derived from another ("a year ago" → 1988-Q3) never becomes the reference. Earnings copy
            // reports the quarter its lead names (a fiscal one may not have ended by the DCT) and compares the
            // rest with it, so a later quarter that has not ended ("a fourth-quarter charge" forecast on
            // 2 November) or an earlier one ("after a flat second quarter") only keeps the reference in reach.
            if (r.value().matches("\\d{4}-Q[1-4]") && !DERIVED_QUARTER_RULES.contains(mention.rule()) && !apposed) {
                boolean inReach = lastQuarter != null && mention.start() - lastQuarterAt <= QUARTER_REACH;
                boolean ended = dct == null || r.end().isBefore(dct);
                if (!quarterNamed || ended && (!inReach || r.value().compareTo(lastQuarter) >= 0)) {
                    lastQuarter = r.value();
                }
                quarterNamed = true;
                lastQuarterAt = mention.end();
            }
            // "In the first nine months, net was ... The year-ago results": a longer reporting period named after
            // the quarter makes "year-ago" and "a year earlier" the year before, not the year-ago quarter.
            if (r.type() == TimexType.DURATION && r.value().matches("P([6-9]|1[0-2])M")) {
                lastQuarter = null;
            }
        }
        return found;
    }

    /** The mention's own reading, or null: rejected by its rule, or its rule failed ({@link RuleFailure}). */
    private static Resolution resolve(String text, Mention mention, NormalizationContext context, LocalDate dct) {
        try {
            Resolution r = mention.normalizer().apply(context);
            if (r == null) {
                return null;
            }
            r = Schedules.recurring(text, mention, r);
            return RangeSignals.openRange(text, mention, r, dct);
        } catch (RuntimeException e) {
            RuleFailure.report(mention.rule(), mention.start(), e);
            return null;
        }
    }

    /**
     * How far (UTF-16 units) a named quarter stays the reference of "a year ago" in earnings copy: in TBAQ
     * the year-ago quarter is meant 32 times in 35 within 300 characters of the quarter, about half the time
     * up to 800, and rarely beyond.
     */
    private static final int QUARTER_REACH = 800;

    /** A day written without a year that no DCT places: "Tuesday, March 17" (XXXX-03-17), "Monday" (XXXX-WXX-1). */
    private static final Pattern UNDATED_DAY = Pattern.compile("XXXX-(?:\\d\\d-\\d\\d|WXX-[1-7])");

    private static final java.util.Set<String> YEAR_AGO_RULES = java.util.Set.of("year-ago-adjective", "year-ago-quarter");
    private static final Pattern APPOSITION = Pattern.compile(",[ \\t]+");
    private static final Pattern ENDED = Pattern.compile("[ \\t]+(?:ended|ending)[ \\t]+");

    private static final java.util.Set<String> DERIVED_QUARTER_RULES = java.util.Set.of("year-earlier",
            "year-ago-adjective", "year-ago-quarter", "ago");

    private static TimeExpression anchor(TimeExpression e, LocalDate from, LocalDate to) {
        return new TimeExpression(e.start(), e.end(), e.text(), e.type(), e.value(), e.mod(), e.intervalStart(),
                e.intervalEnd(), e.precision(), e.approximate(), e.rule(), from, to);
    }

    private static TimeExpression toExpression(String text, CodePointIndex codePoints, Mention m, Resolution r) {
        int start = codePoints.toCodePoint(m.start());
        int end = codePoints.toCodePoint(m.end());
        return new TimeExpression(start, end, text.substring(m.start(), m.end()), r.type(), r.value(), r.mod(),
                r.start(), r.end(), r.precision(), r.approximate(), m.rule(), r.anchoredStart(), r.anchoredEnd());
    }
}
