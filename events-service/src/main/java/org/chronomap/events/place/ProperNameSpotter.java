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

    public static List<Toponym> spot(AnalyzedText text) {
        List<Toponym> out = new ArrayList<>();
        for (AnalyzedText.Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                if (!tokens.get(i).tag().equals("PROPN")) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j + 1).tag().equals("PROPN")) {
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
