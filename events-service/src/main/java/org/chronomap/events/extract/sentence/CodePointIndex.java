package org.chronomap.events.extract.sentence;

/**
 * Converts Java string indices (UTF-16 code units) to the API's unit, Unicode code points.
 * Most news text has no supplementary characters; then the two coincide and no table is built.
 */
public final class CodePointIndex {

    /** Code point offset of each UTF-16 index (length + 1 entries), or null when they are identical. */
    private final int[] codePointAt;

    public CodePointIndex(String text) {
        boolean identical = text.codePoints().count() == text.length();
        if (identical) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = codePoint;
            if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint++;
            }
        }
        codePointAt[text.length()] = codePoint;
    }

    public int toCodePoint(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }

    /** The inverse: the UTF-16 index where the given code point offset starts. */
    public int toUtf16(int codePointOffset) {
        if (codePointAt == null) {
            return codePointOffset;
        }
        int index = java.util.Arrays.binarySearch(codePointAt, codePointOffset);
        if (index < 0) {
            return -index - 1;
        }
        // Both halves of a surrogate pair map to one code point; the first half starts it.
        while (index > 0 && codePointAt[index - 1] == codePointOffset) {
            index--;
        }
        return index;
    }
}
