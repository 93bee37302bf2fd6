package org.chronomap.events.extract.time;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.CodePointIndex;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.recognize.Mention;
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
    private final TimexRecognizer recognizer = new TimexRecognizer();

    /** @param analyzer used by {@link #tag(String, LocalDate)} only; may be null if callers pass analysed text */
    public TimeTagger(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
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
        LocalDate sentenceDay = null;
        int currentSentence = Integer.MIN_VALUE;
        String lastQuarter = null;
        for (Mention mention : mentions) {
            int sentence = clauses.sentenceOf(mention);
            if (sentence != currentSentence) {
                sentenceDay = null;
                currentSentence = sentence;
            }
            var context = new NormalizationContext(dct, () -> clauses.tense(mention),
                    () -> clauses.perfectOrProgressive(mention), previousDay, sentenceDay, lastQuarter);
            Resolution r = mention.normalizer().apply(context);
            if (r == null) {
                continue;
            }
            r = withSignal(text, mention, r, dct);
            found.add(toExpression(text, codePoints, mention, r));
            if (r.isResolved() && r.precision() == Precision.DAY && r.mod() == null) {
                previousDay = r.start();
                sentenceDay = r.start();
            }
            // A quarter derived from another ("a year ago" → 1988-Q3) must not become the new reference.
            if (r.value().matches("\\d{4}-Q[1-4]") && !DERIVED_QUARTER_RULES.contains(mention.rule())) {
                lastQuarter = r.value();
            }
        }
        return found;
    }

    /**
     * "since December 2023", "starting in 2022": from then up to the DCT. Not "from", which in news is
     * mostly a comparison ("up 19% from a year ago") unless a "to" follows, making a closed range.
     */
    private static final Pattern OPEN_RANGE_SIGNAL = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:since|starting(?:[ \\t]+in)?)[ \\t]+$");
    private static final Pattern RANGE_END = Pattern.compile("(?i)^[ \\t]*(?:to|until|till|through|-|–)[ \\t]");

    private static Resolution withSignal(String text, Mention mention, Resolution r, LocalDate dct) {
        if (dct == null || !r.isResolved() || r.anchoredStart() != null || r.start().isAfter(dct)) {
            return r;
        }
        String before = text.substring(Math.max(0, mention.start() - 16), mention.start());
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 8));
        if (OPEN_RANGE_SIGNAL.matcher(before).find() && !RANGE_END.matcher(after).find()) {
            return r.anchored(r.start(), dct);
        }
        return r;
    }

    private static final java.util.Set<String> DERIVED_QUARTER_RULES = java.util.Set.of("year-earlier",
            "year-ago-adjective", "ago");

    private static TimeExpression toExpression(String text, CodePointIndex codePoints, Mention m, Resolution r) {
        int start = codePoints.toCodePoint(m.start());
        int end = codePoints.toCodePoint(m.end());
        return new TimeExpression(start, end, text.substring(m.start(), m.end()), r.type(), r.value(), r.mod(),
                r.start(), r.end(), r.precision(), r.approximate(), m.rule(), r.anchoredStart(), r.anchoredEnd());
    }
}
