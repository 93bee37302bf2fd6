package org.chronomap.events.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronomap.events.extract.ArticlePipeline;
import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;
import org.chronomap.events.place.Toponym;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prints each extracted event of one seed with its places: a debugging aid for place rules. */
public final class PlaceDebug {
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        String file = args[1];
        ObjectMapper json = new ObjectMapper();
        List<Toponym> toponyms = new ArrayList<>();
        for (JsonNode a : json.readTree(shared.resolve("gold/seed-toponyms.json").toFile()).get("articles")) {
            if (a.get("file").asText().equals(file)) {
                for (JsonNode t : a.get("toponyms")) {
                    toponyms.add(new Toponym(t.get("offset").asInt(), t.get("end").asInt(), t.get("surface").asText(),
                            new Toponym.Place(null, t.get("canonical").asText(), t.get("country").asText(), "P", null,
                                    t.get("lat").asDouble(), t.get("lon").asDouble()), 1.0));
                }
            }
        }
        String text = Files.readString(shared.resolve("seeds").resolve(file));
        TextAnalyzer ANALYZER = new TextAnalyzer();
        var pipeline = new ArticlePipeline(ANALYZER, new TimeTagger(ANALYZER), (t, d) -> toponyms, id -> Optional.empty());
        for (ExtractedEvent e : pipeline.run(text, LocalDate.parse(args[2])).events()) {
            System.out.println(e.category() + " " + e.date().start() + " " + e.title() + " | " + e.places() + " | "
                    + e.start() + "-" + e.end() + " " + e.signature());
        }
    }
}
