package org.chronomap.events.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Splits extraction time between the stages: a profiling aid. */
public final class AnalyzerTiming {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            texts.add(json.readTree(line).get("text").asText());
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        TimeTagger tagger = new TimeTagger(analyzer);
        for (int round = 0; round < 3; round++) {
            long tA = 0, tT = 0;
            for (String text : texts) {
                long a = System.nanoTime();
                AnalyzedText analyzed = analyzer.analyze(text);
                long b = System.nanoTime();
                tagger.tag(analyzed, LocalDate.of(2020, 1, 1));
                long c = System.nanoTime();
                tA += b - a;
                tT += c - b;
            }
            System.out.printf("round %d: %d texts, analyze %.0f ms, tag %.0f ms%n", round, texts.size(), tA / 1e6, tT / 1e6);
        }
    }
}
