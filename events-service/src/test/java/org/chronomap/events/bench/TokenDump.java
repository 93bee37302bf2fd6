package org.chronomap.events.bench;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.TextAnalyzer;

/** Prints tokens, tags and lemmas of a text: a debugging aid for writing frames and rules. */
public final class TokenDump {
    public static void main(String[] args) {
        AnalyzedText text = new TextAnalyzer().analyze(String.join(" ", args));
        for (AnalyzedText.Sentence s : text.sentences()) {
            StringBuilder out = new StringBuilder();
            for (AnalyzedText.Token t : s.tokens()) {
                out.append(t.text()).append('/').append(t.tag()).append('/').append(t.lemma()).append(' ');
            }
            System.out.println(out);
        }
    }
}
