package org.chronomap.events.extract;

import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;
import org.chronomap.events.place.Toponym;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A geo-service answer that does not fit the article (offsets off the text, a place off the globe, a null entry)
 * costs the article only that toponym: its events are still made, and no invalid GeoJSON is written.
 */
class GeoAnswerCheckTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final TimeTagger TAGGER = new TimeTagger(ANALYZER);
    private static final String TEXT = "On August 6, Ukrainian forces crossed the border into Russia near Kursk. "
            + "On Sunday, a bridge was destroyed.";
    private static final int KURSK = TEXT.indexOf("Kursk");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a good answer places both events, also after a null entry
            good          | 66  | 71  | 51.7 | 36.2  | Kursk:[36.2,51.7]
            null entry    | 66  | 71  | 51.7 | 36.2  | Kursk:[36.2,51.7]
            # offsets past the end of the text, before its start, or reversed: the name is not used
            past the end  | 500 | 505 | 51.7 | 36.2  | -:null
            before start  | -3  | 2   | 51.7 | 36.2  | -:null
            reversed      | 71  | 66  | 51.7 | 36.2  | -:null
            # a latitude or longitude off the globe: the name stays, unresolved, and no point is drawn
            off the globe | 66  | 71  | 51.7 | 900.0 | Kursk:null
            not a number  | 66  | 71  | NaN  | 36.2  | Kursk:null
            # no coordinates at all is a place known by name: kept
            no point      | 66  | 71  | null | null  | Kursk:null
            """)
    void eventsSurviveAnAnswerThatDoesNotFit(String what, int start, int end, Double lat, Double lon, String expected) {
        assertEquals(KURSK, 66);
        var place = new Toponym.Place(1L, "Kursk", "RU", "P", "PPLA", lat, lon);
        Toponym toponym = new Toponym(start, end, "Kursk", place, 1.0);
        List<Toponym> answer = what.equals("null entry") ? Arrays.asList(null, toponym) : List.of(toponym);
        var pipeline = new ArticlePipeline(ANALYZER, TAGGER, (t, d) -> answer, id -> Optional.empty());

        List<ExtractedEvent> events = pipeline.run(TEXT, LocalDate.of(2024, 8, 19)).events();

        assertEquals(2, events.size());
        for (ExtractedEvent e : events) {
            String geometry = e.geometry() == null ? "null" : e.geometry().replaceAll(".*\\[(.*)].*", "[$1]");
            assertEquals(expected, (e.location() == null ? "-" : e.location().name()) + ":" + geometry);
        }
    }
}
