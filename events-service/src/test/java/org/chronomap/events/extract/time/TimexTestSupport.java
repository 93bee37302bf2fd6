package org.chronomap.events.extract.time;

import org.chronomap.events.extract.sentence.TextAnalyzer;

import java.time.LocalDate;
import java.util.List;

/** One tagger for all time tests: loading the OpenNLP models is the slow part. */
final class TimexTestSupport {

    static final TimeTagger TAGGER = new TimeTagger(new TextAnalyzer());

    private TimexTestSupport() {
    }

    /** The expression whose extent starts where {@code written} first occurs in the sentence, or null. */
    static TimeExpression expressionAt(String sentence, String dct, String written) {
        List<TimeExpression> found = TAGGER.tag(sentence, dct == null || dct.isEmpty() ? null : LocalDate.parse(dct));
        int utf16 = sentence.indexOf(written);
        if (utf16 < 0) {
            throw new IllegalArgumentException("'" + written + "' is not in the sentence");
        }
        int from = sentence.codePointCount(0, utf16);
        int to = from + written.codePointCount(0, written.length());
        return found.stream().filter(e -> e.start() < to && from < e.end()).findFirst().orElse(null);
    }
}
