package org.chronomap.events.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronomap.events.extract.ArticlePipeline;
import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;
import org.chronomap.events.place.Toponym;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every event extracted from LGL and GeoVirus, one per line, for hand checks: corpus id, the date the benchmark
 * gives the article, category and title, date interval, the words it was dated by (empty when none), the sentence.
 * The corpus's gold toponyms stand in for geoparsing, as in {@link EventBenchmark}. A seeded sample of the events
 * with a written date is {@code awk -F'\t' '$5 != ""' | shuf --random-source=<(yes SEED) -n 40}.
 * <pre>./mvnw -o -q -Pbench-events -pl events-service test-compile exec:java
 *     -Dbench.main=org.chronomap.events.bench.EventDump > target/events.tsv</pre>
 */
public final class EventDump {

    private EventDump() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = EventBenchmark.sharedDir(args);
        if (shared == null) {
            System.err.println("../shared not found: give its path as the first argument");
            return;
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        Map<String, List<Toponym>> toponyms = new HashMap<>();
        ArticlePipeline pipeline = EventBenchmark.goldToponymPipeline(analyzer, new TimeTagger(analyzer), toponyms);
        for (String corpus : EventBenchmark.CORPORA) {
            for (JsonNode doc : EventBenchmark.corpusDocs(shared, corpus)) {
                String text = doc.get("text").asText();
                toponyms.put(text, EventBenchmark.goldToponyms(doc));
                for (ExtractedEvent e : pipeline.run(text, EventBenchmark.date(doc)).events()) {
                    System.out.println(String.join("\t", doc.path("id").asText(), String.valueOf(EventBenchmark.date(doc)),
                            e.category().code() + ": " + e.title().replace('\t', ' '),
                            e.date().start() + ".." + e.date().end(), e.date().asWritten(),
                            e.sourceText().replaceAll("\\s+", " ")));
                }
            }
        }
    }
}
