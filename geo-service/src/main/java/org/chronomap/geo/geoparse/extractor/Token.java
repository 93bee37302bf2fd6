package org.chronomap.geo.geoparse.extractor;

/**
 * A word of the text.
 *
 * @param start    offset of the first char, in UTF-16 code units (Java string index)
 * @param end      exclusive end, UTF-16 code units
 * @param pos      Universal Dependencies part of speech (PROPN, NOUN, ADJ, ...)
 * @param sentence index of the sentence holding the token
 * @param sentenceStart true for the first word of its sentence
 */
public record Token(String text, int start, int end, String pos, int sentence, boolean sentenceStart) {

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    public boolean isWord() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
