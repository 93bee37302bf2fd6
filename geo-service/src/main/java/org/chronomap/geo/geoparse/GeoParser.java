package org.chronomap.geo.geoparse;

import org.chronomap.geo.geoparse.extractor.TextAnalyzer;
import org.chronomap.geo.geoparse.extractor.ToponymSpotter;
import org.chronomap.geo.geoparse.extractor.WordLists;
import org.chronomap.geo.geoparse.resolver.ResolvedToponym;
import org.chronomap.geo.geoparse.resolver.ToponymResolver;
import org.chronomap.geo.index.GazetteerIndex;

import java.util.List;

/** Text → resolved place-name mentions: extract the names, then resolve them against the whole text. */
public final class GeoParser {

    private final TextAnalyzer analyzer;
    private final ToponymSpotter spotter;
    private final ToponymResolver resolver;

    public GeoParser(TextAnalyzer analyzer, ToponymSpotter spotter, ToponymResolver resolver) {
        this.analyzer = analyzer;
        this.spotter = spotter;
        this.resolver = resolver;
    }

    public static GeoParser create(GazetteerIndex index) {
        return new GeoParser(new TextAnalyzer(), new ToponymSpotter(index, WordLists.load()), new ToponymResolver(index));
    }

    /** Offsets in the result are UTF-16 code units; the REST layer converts them to code points. */
    public List<ResolvedToponym> parse(String text) {
        ToponymSpotter.Result spotted = spotter.spot(text, analyzer.analyze(text));
        return resolver.resolve(spotted.mentions(), spotted.demonymCountries());
    }
}
