package org.chronomap.events.extract;

import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;
import org.chronomap.events.place.Toponym;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Location rules that need the article's toponyms, each with the sentences that motivated it. */
class PlaceRulesTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final TimeTagger TAGGER = new TimeTagger(ANALYZER);

    /** Each "name:country:featureCode" becomes a toponym at every occurrence of the name in the text. */
    private static List<Toponym> toponyms(String text, String places) {
        List<Toponym> out = new ArrayList<>();
        int id = 1;
        for (String spec : places.split(" ")) {
            String[] p = spec.split(":");
            String name = p[0].replace('_', ' ');
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int start = text.codePointCount(0, at);
                out.add(new Toponym(start, start + name.codePointCount(0, name.length()), name,
                        new Toponym.Place((long) id, name, p[1], p[2].startsWith("PCL") ? "A" : "P", p[2], 50.0 + id,
                                30.0 + id), 1.0));
            }
            id++;
        }
        out.sort(java.util.Comparator.comparingInt(Toponym::start));
        return out;
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a happening placed only in a country takes the one finer place its paragraph names in that country
            On August 6, Ukrainian forces crossed the border into Russia. Ukraine reports daily gains and has advanced several kilometers into Russia’s Kursk region. | Russia:RU:PCLI Kursk:RU:ADM1 Ukraine:UA:PCLI | Kursk
            # two finer places: the paragraph does not say which, the country stays
            On August 6, Ukrainian forces crossed the border into Russia. They advanced into Kursk and shelled villages near Belgorod. | Russia:RU:PCLI Kursk:RU:ADM1 Belgorod:RU:ADM1 | Russia
            # a finer place of another country does not refine
            On August 6, Ukrainian forces crossed the border into Russia. The government in Kyiv reported daily gains. | Russia:RU:PCLI Kyiv:UA:PPLC | Russia
            # the agent of a passive is who did it, not where it happened
            Russia wants Ukraine to accept it, while Zelensky believes that peace is possible only if the Russian army withdraws completely, including from the Crimean peninsula, annexed by Moscow in 2014. | Crimean_peninsula:UA:ADM1 Moscow:RU:PPLC | Crimean peninsula
            # a possessor after a locative cue is the place of an unnamed site it owns
            On August 17, Zakharova accused Ukraine of planning an attack on Kursk’s nuclear power plant, as reported by TASS. | Ukraine:UA:PCLI Kursk:RU:ADM1 | Kursk
            # but only the possessor of a place when the possessed phrase is a place
            On August 6, Ukrainian forces advanced several kilometers into Russia’s Kursk region.   | Russia:RU:PCLI Kursk:RU:ADM1 | Kursk
            """)
    void location(String text, String places, String expected) {
        List<Toponym> toponyms = toponyms(text, places);
        var pipeline = new ArticlePipeline(ANALYZER, TAGGER, (t, d) -> toponyms, id -> Optional.empty());
        ExtractedEvent event = pipeline.run(text, LocalDate.of(2024, 8, 20)).events().get(0);
        assertEquals(expected, event.location() == null ? "-" : event.location().name());
    }

    @ParameterizedTest(name = "{2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # a meeting whose clause names no place is at the seat of the office-holder met, from the office the article gives him
            Russian President Vladimir Putin’s adviser spoke on Monday. On the diplomatic front, Indian Prime Minister Narendra Modi is expected in Ukraine on Friday, where he is expected to meet with Volodymyr Zelensky, after meeting Vladimir Putin in early July. | Ukraine:UA:PCLI | 2024-07-01 | Moscow
            # a clause opened by "where" is placed by the name it refers back to
            Russian President Vladimir Putin’s adviser spoke on Monday. On the diplomatic front, Indian Prime Minister Narendra Modi is expected in Ukraine on Friday, where he is expected to meet with Volodymyr Zelensky, after meeting Vladimir Putin in early July. | Ukraine:UA:PCLI | 2024-08-23 | Ukraine
            # without an office in the article the person has no seat: the sentence's place stays
            Indian Prime Minister Narendra Modi will soon visit Ukraine, Indian diplomacy announced on Monday, after meeting Vladimir Putin in early July. | Ukraine:UA:PCLI | 2024-07-01 | Ukraine
            # a speaker before an appositive speaks, not the name inside the appositive
            Despite its intention to reduce its budgetary expenditures in favour of kyiv in 2025, Germany, the second largest contributor after the United States, assured on Monday that it remained “fully committed” to its military support for Ukraine. | Germany:DE:PCLI United_States:US:PCLI Ukraine:UA:PCLI | 2024-08-19 | Berlin
            # one annexes another's territory: the taker's own country is not the place when the other party is named
            Moscow had previously outlined its conditions for resolving the conflict, which include the complete withdrawal of Ukrainian forces from four regions that Russia had invaded and annexed in 2022, now considered as Russian Federation territory. Ukraine refused. | Moscow:RU:PPLC Russia:RU:PCLI Russian_Federation:RU:PCLI Ukraine:UA:PCLI | 2022-01-01 | Ukraine
            # a named territory stays the place
            Russia had invaded and annexed Crimea in 2022, the Ukrainian government said. | Russia:RU:PCLI Crimea:UA:ADM1 | 2022-01-01 | Crimea
            """)
    void locationOfTheEventStarting(String text, String places, String start, String expected) {
        List<Toponym> toponyms = toponyms(text, places);
        var pipeline = new ArticlePipeline(ANALYZER, TAGGER, (t, d) -> toponyms, id -> Optional.empty());
        ExtractedEvent event = pipeline.run(text, LocalDate.of(2024, 8, 20)).events().stream()
                .filter(e -> e.date().start().toString().equals(start))
                .findFirst().orElseThrow(() -> new AssertionError("no event starting on " + start));
        assertEquals(expected, event.location() == null ? "-" : event.location().name());
    }
}
