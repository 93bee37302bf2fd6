package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.Resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition rule: a pattern over the raw text and an interpretation of a match. The extent is the
 * named group {@code x} when the pattern has one (so a pattern can look at "since" or "on" without putting
 * it in the extent, as TimeML wants), else the whole match. The interpretation returns null to reject a
 * match (a lower-case "may", a number that is not a year) or the normaliser to apply later.
 */
public record TimexRule(String name, Pattern pattern, List<String> groupNames, Interpretation interpretation) {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-z][a-z0-9]*)>");

    @FunctionalInterface
    public interface Interpretation {
        Function<NormalizationContext, Resolution> interpret(Match match);
    }

    /**
     * Patterns are case-insensitive (ASCII: calendar words are ASCII, and Unicode case folding would slow
     * every rule down); rules that need capitals check them in the interpretation.
     */
    public static TimexRule of(String name, String regex, Interpretation interpretation) {
        // Rules match the ASCII-lower-cased text with lower-cased patterns: much faster than
        // CASE_INSENSITIVE. Group names are lower-cased with them; Match looks them up the same way.
        String lowered = lowerAscii(regex).replace("\\p{l}", "\\p{L}");
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(lowered);
        while (m.find()) {
            names.add(m.group(1));
        }
        // Every expression starts a word: failing fast inside words makes the rules several times faster.
        return new TimexRule(name, Pattern.compile("(?<![a-z0-9])" + lowered),
                List.copyOf(names), interpretation);
    }

    /** Lower-cases A–Z only, so that offsets never move (String.toLowerCase may lengthen some letters). */
    public static String lowerAscii(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    public boolean hasExtentGroup() {
        return groupNames.contains("x");
    }
}
