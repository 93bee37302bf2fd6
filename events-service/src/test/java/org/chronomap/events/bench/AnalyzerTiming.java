package org.chronomap.events.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public final class AnalyzerTiming {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("/work/shared/dev-data/geo/LGL/lgl.jsonl"));
        ObjectMapper json = new ObjectMapper();
        POSTaggerME pos = new POSTaggerME(new POSModel(AnalyzerTiming.class.getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        LemmatizerME lem = new LemmatizerME(new LemmatizerModel(AnalyzerTiming.class.getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        for (int round = 0; round < 2; round++) {
            long tPos = 0, tLem = 0; int tokens = 0;
            for (String line : lines.subList(0, 200)) {
                String[] words = SimpleTokenizer.INSTANCE.tokenize(json.readTree(line).get("text").asText());
                tokens += words.length;
                long a = System.nanoTime();
                String[] tags = pos.tag(words);
                long b = System.nanoTime();
                lem.lemmatize(words, tags);
                long c = System.nanoTime();
                tPos += b - a; tLem += c - b;
            }
            System.out.printf("tokens %d pos %.0f ms lemma %.0f ms%n", tokens, tPos / 1e6, tLem / 1e6);
        }
    }
}
