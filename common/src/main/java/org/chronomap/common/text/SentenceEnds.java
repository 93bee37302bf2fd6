package org.chronomap.common.text;

import java.util.regex.Pattern;

/**
 * Whether a sentence that OpenNLP's English sentence model ended really ends there. The pre-trained model
 * (its abbreviation list is fixed when it is trained) takes every full stop as a possible end and moves the
 * cut to the end of the token holding it, so it ends sentences after titles and initials ("Gov." + "Bill
 * Haslam", "Kijuan D." + "McDonald"), after month abbreviations ("on Jan." + "5") and inside tokens ("in
 * the first 7.5" + "months of 2024"). Both services' analysers join such a sentence to the next one.
 * Hand-written because no library offers it for a model we cannot retrain here.
 */
public final class SentenceEnds {

    /** Characters a real sentence ends on. */
    private static final String CLOSING = ".!?…\"'”’»)]";
    /** A title, "vs." ("the Roe vs. Wade decision") or an AP-style month abbreviation right before the full stop. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|\\W)(?:St|Ste|Mt|Ft|Pt|Gen|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt|Prof|Rev|vs"
                    + "|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.$");
    /** "Kijuan D.": a capitalised word and an initial. */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?:^|\\W)\\p{Lu}\\p{Ll}+ \\p{Lu}\\.$");
    /** Enough of a sentence's end for either pattern. */
    private static final int TAIL = 24;

    private SentenceEnds() {
    }

    /** True when {@code sentence}, as the model cut it before the end of its line, does not really end. */
    public static boolean isFalseEnd(String sentence) {
        return isFalseEnd(sentence, 0, sentence.length());
    }

    /**
     * The same test for the sentence {@code text[from, to)}, reading only its last characters: a splitter
     * that has the whole text need not copy each sentence out of it.
     */
    public static boolean isFalseEnd(CharSequence text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == from) {
            return false;
        }
        if (CLOSING.indexOf(text.charAt(end - 1)) < 0) {
            return true;
        }
        CharSequence tail = text.subSequence(Math.max(from, end - TAIL), end);
        return ABBREVIATION.matcher(tail).find() || MIDDLE_INITIAL.matcher(tail).find();
    }
}
