package org.chronomap.events.extract.sentence;

import java.util.List;

/**
 * An article split into paragraphs, sentences and tagged tokens. Every {@code start}/{@code end}
 * here is a UTF-16 index into the original text (as Java strings count), end exclusive; use
 * {@link #codePoints()} to report offsets in the API's unit.
 */
public record AnalyzedText(String text, List<Sentence> sentences, CodePointIndex codePoints) {

    /** A sentence; {@code paragraph} numbers the blank-line or line-break separated block it sits in. */
    public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {
        public String text(String source) {
            return source.substring(start, end);
        }
    }

    /**
     * A token with its part of speech (Universal Dependencies UPOS: VERB, AUX, NOUN, PROPN, ...) and
     * its lemma ("said" → "say").
     */
    public record Token(int start, int end, String text, String tag, String lemma) {
        public boolean isVerb() {
            return tag.equals("VERB") || tag.equals("AUX");
        }

        /**
         * The lemma of the word a contraction starts with: the English UD model tags "won't" as one token, AUX+PART
         * with the lemma "will+not", so this is "will" for "will" and for "won't".
         */
        public String headLemma() {
            int plus = lemma.indexOf('+');
            return plus < 0 ? lemma : lemma.substring(0, plus);
        }

        /** "not", "never", "n't", or a contraction with "not" ("didn't": do+not). */
        public boolean isNegation() {
            return lemma.equals("not") || lemma.equals("never") || lemma.equals("n't") || lemma.endsWith("+not");
        }
    }
}
