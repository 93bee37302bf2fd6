package org.chronomap.events.extract.time;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.normalize.ClauseTense;
import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.Resolution;
import org.chronomap.events.extract.time.normalize.Tense;
import org.chronomap.events.extract.time.recognize.Mention;
import org.chronomap.events.extract.time.recognize.TimexRecognizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** Analyses the text, then tags it. */
    public List<TimeExpression> tag(String text, LocalDate dct) {
        if (text.isEmpty()) {
            return List.of();
        }
        return tag(analyzer.analyze(text), dct);
    }

    /**
     * @param dct document creation date; null leaves relative expressions X-filled (see
     *            {@link PublicationDateInference} to infer one first)
     * @return time expressions in text order, offsets in code points
     */
    public List<TimeExpression> tag(AnalyzedText text, LocalDate dct) {
        List<Mention> mentions = recognizer.recognize(text.text());
        List<TimeExpression> found = new ArrayList<>(mentions.size());
        LocalDate previousDay = null;
        LocalDate sentenceDay = null;
        int currentSentence = -1;
        String lastQuarter = null;
        for (Mention mention : mentions) {
            AnalyzedText.Sentence sentence = sentenceOf(text, mention.start());
            int sentenceIndex = sentence == null ? -1 : sentence.index();
            if (sentenceIndex != currentSentence) {
                sentenceDay = null;
                currentSentence = sentenceIndex;
            }
            Tense tense = Tense.UNKNOWN;
            boolean perfect = false;
            if (sentence != null) {
                int[] tokens = tokenRange(sentence, mention);
                if (tokens != null) {
                    tense = ClauseTense.of(sentence.tokens(), tokens[0], tokens[1]);
                    perfect = ClauseTense.isPerfectOrProgressive(sentence.tokens(), tokens[0], tokens[1]);
                }
            }
            var context = new NormalizationContext(dct, tense, previousDay, sentenceDay, lastQuarter, perfect);
            Resolution r = mention.normalizer().apply(context);
            if (r == null) {
                continue;
            }
            found.add(toExpression(text, mention, r));
            if (r.isResolved() && r.precision() == Precision.DAY && r.mod() == null) {
                previousDay = r.start();
                sentenceDay = r.start();
            }
            if (r.value().matches("\\d{4}-Q[1-4]")) {
                lastQuarter = r.value();
            }
        }
        return found;
    }

    private static TimeExpression toExpression(AnalyzedText text, Mention m, Resolution r) {
        int start = text.codePoints().toCodePoint(m.start());
        int end = text.codePoints().toCodePoint(m.end());
        return new TimeExpression(start, end, text.text().substring(m.start(), m.end()), r.type(), r.value(), r.mod(),
                r.start(), r.end(), r.precision(), r.approximate(), m.rule(), r.anchoredStart(), r.anchoredEnd());
    }

    private static AnalyzedText.Sentence sentenceOf(AnalyzedText text, int position) {
        List<AnalyzedText.Sentence> sentences = text.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            AnalyzedText.Sentence s = sentences.get(mid);
            if (position < s.start()) {
                hi = mid - 1;
            } else if (position >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** Indices of the first and last token the mention covers, or null when it covers none. */
    private static int[] tokenRange(AnalyzedText.Sentence sentence, Mention m) {
        int first = -1;
        int last = -1;
        List<AnalyzedText.Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            AnalyzedText.Token t = tokens.get(i);
            if (t.end() > m.start() && t.start() < m.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[]{first, last};
    }
}
