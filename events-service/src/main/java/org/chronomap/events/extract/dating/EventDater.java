package org.chronomap.events.extract.dating;

import org.chronomap.events.extract.event.CandidateExtractor;
import org.chronomap.events.extract.event.EventCandidate;
import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.time.TimeExpression;
import org.chronomap.events.extract.time.TimexType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Dates each candidate: by the time expression its clause governs; else by the event of the sentence
 * right before it in the same paragraph (approximate, basis {@code paragraph}); else by the
 * publication date (approximate, basis {@code publication}, nothing written). The interval and the
 * precision of the expression are kept: "last week" stays a week, "in early July" a range.
 */
public final class EventDater {

    public EventDate date(EventCandidate candidate, List<EventCandidate> article, LocalDate publication) {
        if (candidate.time() != null) {
            TimeExpression time = candidate.time();
            if (isDurationOfHappening(time, wordBefore(candidate))) {
                // "its troops have been leading an offensive for 12 days": the duration runs up to the
                // reference, so what it tells of the happening is when it began; approximate, as counting
                // back from a reference day may be off by one ("12 days" to Sunday or to Monday)
                return new EventDate(time.anchoredStart(), time.anchoredStart(), "day", true, time.text(),
                        EventDate.TEXT);
            }
            return fromExpression(time, false, EventDate.TEXT);
        }
        TimeExpression inherited = inheritedTime(candidate, article);
        if (inherited != null) {
            return fromExpression(inherited, true, EventDate.PARAGRAPH);
        }
        return new EventDate(publication, publication, "day", true, "", EventDate.PUBLICATION);
    }

    /**
     * The time an undated clause inherits: that of the last event with a time, its own or inherited, of the
     * sentence right before it in its paragraph ("was arrested Saturday morning. Durr was charged a short time
     * later"), the sentences {@link CandidateExtractor} keeps undated clauses after. Nothing when the clause's
     * own sentence names a time of its own, or when the sentence before holds no such event: a date does not carry
     * across background ("introduced last month" dated every later sentence of a single-paragraph LGL article,
     * 44148905).
     */
    static TimeExpression inheritedTime(EventCandidate candidate, List<EventCandidate> article) {
        if (candidate.time() != null) {
            return candidate.time();
        }
        if (candidate.sentenceDated()) {
            return null;
        }
        TimeExpression inherited = null;
        for (EventCandidate other : article) {
            if (other == candidate) {
                break;
            }
            TimeExpression time = CandidateExtractor.continues(other.sentence(), candidate.sentence())
                    ? inheritedTime(other, article) : null;
            if (time != null) {
                inherited = time;
            }
        }
        return inherited;
    }

    static EventDate fromExpression(TimeExpression time, boolean inherited, String basis) {
        if (time.anchoredStart() != null && time.anchoredEnd() != null) {
            // "since December 2023", "for 12 days": the phrase with its signal word bounds the happening
            return new EventDate(time.anchoredStart(), time.anchoredEnd(),
                    time.anchoredStart().equals(time.anchoredEnd()) ? "day" : "range",
                    inherited || time.approximate(), time.text(), basis);
        }
        LocalDate start = time.intervalStart();
        LocalDate end = time.intervalEnd();
        return new EventDate(start, end, precision(time, start, end), inherited || time.approximate(), time.text(),
                basis);
    }

    /**
     * A bare length after "for"/"over" ("for 12 days", "over nearly two weeks") that the tagger anchored
     * to end at the reference: the ongoing happening's span. A window with a determiner ("over the past
     * three months") frames what is counted in it instead, and "N weeks after" already names the
     * happening's own time.
     */
    static boolean isDurationOfHappening(TimeExpression time, String wordBefore) {
        return time.type() == TimexType.DURATION && time.anchoredStart() != null && time.anchoredEnd() != null
                && ("for".equals(wordBefore) || "over".equals(wordBefore))
                && !time.text().toLowerCase(Locale.ROOT).startsWith("the ");
    }

    /** The lower-cased word right before the candidate's time expression in its sentence, or null. */
    static String wordBefore(EventCandidate candidate) {
        String word = null;
        for (AnalyzedText.Token token : candidate.sentence().tokens()) {
            if (token.end() > candidate.timeStart()) {
                break;
            }
            word = token.text().toLowerCase(Locale.ROOT);
        }
        return word;
    }

    /** The tagger's precision in the contract's words, falling back to the interval's length. */
    static String precision(TimeExpression time, LocalDate start, LocalDate end) {
        String given = time.precision() == null ? "" : String.valueOf(time.precision()).toLowerCase(Locale.ROOT);
        if (List.of("day", "week", "month", "year", "range").contains(given)) {
            return given;
        }
        return start.equals(end) ? "day" : "range";
    }
}
