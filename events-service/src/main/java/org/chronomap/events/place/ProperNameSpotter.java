package org.chronomap.events.place;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.AnalyzedText.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in toponyms while the geo-service is unreachable: every run of proper nouns, unresolved.
 * They keep an event's possible places (surface and code point offsets) until the retry geoparses the
 * article and replaces them with the real, resolved ones.
 */
public final class ProperNameSpotter {

    private ProperNameSpotter() {
    }

    private static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** A capitalised proper or common noun (taggers often call rare place names nouns), not a calendar word. */
    private static boolean isName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean capitalised = !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
        boolean noun = t.tag().equals("PROPN") || t.tag().equals("NOUN") && i > 0;
        return capitalised && noun && !CALENDAR.contains(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    public static List<Toponym> spot(AnalyzedText text) {
        List<Toponym> out = new ArrayList<>();
        for (AnalyzedText.Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                if (!isName(tokens, i)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && isName(tokens, j + 1)) {
                    j++;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(j).end();
                out.add(new Toponym(text.codePoints().toCodePoint(start), text.codePoints().toCodePoint(end),
                        text.text().substring(start, end), null, null));
                i = j + 1;
            }
        }
        return out;
    }
}
