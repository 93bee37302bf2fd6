package org.chronomap.events.bench;

import org.chronomap.events.extract.event.CandidateExtractor;
import org.chronomap.events.extract.event.EventCandidate;
import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeExpression;
import org.chronomap.events.extract.time.TimeTagger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Prints each sentence's time expressions, tokens and candidates: a debugging aid for dating rules. */
public final class CandidateDebug {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        TextAnalyzer analyzer = new TextAnalyzer();
        AnalyzedText analyzed = analyzer.analyze(text);
        List<TimeExpression> times = new TimeTagger(analyzer).tag(analyzed, LocalDate.parse(args[1]));
        String filter = args.length > 2 ? args[2] : "";
        for (TimeExpression t : times) {
            System.out.println("T " + t);
        }
        for (EventCandidate c : new CandidateExtractor().extract(analyzed, times)) {
            String s = c.sentence().text(text);
            if (!s.contains(filter)) continue;
            System.out.println("C " + c.category() + " pred=" + c.predicateToken().text() + " rep=" + c.reporting()
                    + " time=" + (c.time() == null ? null : c.time().text()) + " | " + s);
        }
        for (AnalyzedText.Sentence s : analyzed.sentences()) {
            if (!filter.isEmpty() && s.text(text).contains(filter)) {
                StringBuilder b = new StringBuilder();
                for (AnalyzedText.Token t : s.tokens()) b.append(t.text()).append('/').append(t.tag()).append('/').append(t.lemma()).append(' ');
                System.out.println("S " + b);
            }
        }
    }
}
