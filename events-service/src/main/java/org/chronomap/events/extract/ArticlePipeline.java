package org.chronomap.events.extract;

import org.chronomap.events.extract.attribution.Attribution;
import org.chronomap.events.extract.attribution.AttributionFinder;
import org.chronomap.events.extract.dating.EventDate;
import org.chronomap.events.extract.dating.EventDater;
import org.chronomap.events.extract.event.CandidateExtractor;
import org.chronomap.events.extract.event.EventCandidate;
import org.chronomap.events.extract.event.TitleBuilder;
import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.PublicationDateInference;
import org.chronomap.events.extract.time.TimeExpression;
import org.chronomap.events.extract.time.TimeTagger;
import org.chronomap.events.place.GeoClient;
import org.chronomap.events.place.PlaceAssigner;
import org.chronomap.events.place.PlaceDraft;
import org.chronomap.events.place.ProperNameSpotter;
import org.chronomap.events.place.Toponym;
import org.chronomap.events.place.ToponymCheck;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Article → events, stage by stage: sentences (OpenNLP) → time expressions → event candidates →
 * places (one geoparse of the whole article) → dating → attribution → title. Merging and storage
 * follow in {@code merge} and {@code event}. Free of CDI so that benchmarks can run it directly.
 */
public class ArticlePipeline {

    private static final Logger LOG = Logger.getLogger(ArticlePipeline.class);

    /** The geo-service's geoparse; throws when it cannot be reached. */
    @FunctionalInterface
    public interface Geoparser {
        List<Toponym> geoparse(String text, LocalDate publishedAt);
    }

    /** A place's GeoJSON geometry where the gazetteer has a real shape. */
    @FunctionalInterface
    public interface Shapes {
        Optional<String> geometry(long geonameId);
    }

    /** {@code placesPending}: the geo-service was unreachable and the places are stand-ins. */
    public record Result(List<ExtractedEvent> events, boolean placesPending) {
    }

    /** Feature classes whose shape is worth drawing instead of a point: regions (A) and waters (H). */
    private static final Set<String> SHAPED = Set.of("A", "H");

    private final TextAnalyzer analyzer;
    private final TimeTagger tagger;
    private final Geoparser geoparser;
    private final Shapes shapes;
    private final CandidateExtractor candidates = new CandidateExtractor();
    private final PlaceAssigner places = new PlaceAssigner();
    private final EventDater dater = new EventDater();
    private final AttributionFinder attributions = new AttributionFinder();
    private final TitleBuilder titles = new TitleBuilder();

    public ArticlePipeline(TextAnalyzer analyzer, TimeTagger tagger, Geoparser geoparser, Shapes shapes) {
        this.analyzer = analyzer;
        this.tagger = tagger;
        this.geoparser = geoparser;
        this.shapes = shapes;
    }

    public Result run(String text, LocalDate publication) {
        AnalyzedText analyzed = analyzer.analyze(text);
        List<TimeExpression> times = tagger.tag(analyzed, publication);
        List<EventCandidate> found = candidates.extract(analyzed, times);
        if (found.isEmpty()) {
            return new Result(List.of(), false);
        }
        boolean pending = false;
        List<Toponym> toponyms;
        try {
            toponyms = geoparser.geoparse(text, publication);
        } catch (GeoClient.GeoRejected e) {
            // asking again cannot help: the names stay as found, unresolved, and nothing is retried
            LOG.warnf("Geo-service rejected the article (%s); its place names are kept unresolved", e.getMessage());
            toponyms = ProperNameSpotter.spot(analyzed);
        } catch (RuntimeException e) {
            LOG.warnf("Geo-service unavailable (%s); places kept pending", e.getMessage());
            toponyms = ProperNameSpotter.spot(analyzed);
            pending = true;
        }
        return new Result(events(analyzed, found, usable(analyzed, toponyms), pending, publication), pending);
    }

    /**
     * The publication date the text itself gives (a dateline, else its latest full date), for articles
     * submitted without one.
     */
    public Optional<LocalDate> inferPublicationDate(String text) {
        return PublicationDateInference.infer(text, tagger.tag(text, null)).map(PublicationDateInference.Inferred::date);
    }

    /** Places again, for an article whose places were pending: same candidates, real toponyms. */
    public List<ExtractedEvent> rerun(String text, LocalDate publication, List<Toponym> toponyms) {
        return rerun(text, publication, analyzed -> toponyms);
    }

    /** Places again, for a pending article the geo-service has since declined: the names found, unresolved. */
    public List<ExtractedEvent> rerunUnresolved(String text, LocalDate publication) {
        return rerun(text, publication, ProperNameSpotter::spot);
    }

    private List<ExtractedEvent> rerun(String text, LocalDate publication,
                                       Function<AnalyzedText, List<Toponym>> toponyms) {
        AnalyzedText analyzed = analyzer.analyze(text);
        List<EventCandidate> found = candidates.extract(analyzed, tagger.tag(analyzed, publication));
        return events(analyzed, found, usable(analyzed, toponyms.apply(analyzed)), false, publication);
    }

    private static List<Toponym> usable(AnalyzedText analyzed, List<Toponym> toponyms) {
        return ToponymCheck.usable(toponyms, analyzed.text().codePointCount(0, analyzed.text().length()));
    }

    private List<ExtractedEvent> events(AnalyzedText analyzed, List<EventCandidate> found, List<Toponym> toponyms,
                                        boolean pending, LocalDate publication) {
        Map<Long, Optional<String>> shapeCache = new HashMap<>();
        List<ExtractedEvent> out = new ArrayList<>(found.size());
        for (EventCandidate candidate : found) {
            List<PlaceDraft> placed = places.assign(analyzed, candidate, toponyms, pending);
            PlaceDraft location = placed.stream().filter(p -> p.role().equals(PlaceDraft.LOCATION)).findFirst()
                    .orElse(null);
            EventDate date = dater.date(candidate, found, publication);
            Attribution attribution = attributions.find(candidate, analyzed.text());
            String title = titles.title(candidate, attribution.source(),
                    location == null || pending ? null : location.name(), asWritten(analyzed, location), analyzed);
            String geometry = geometry(location, shapeCache);
            AnalyzedText.Sentence sentence = candidate.sentence();
            var signature = Signature.of(candidate);
            out.add(new ExtractedEvent(title, candidate.category(), date, placed, geometry, sentence.index(),
                    sentence.paragraph(),
                    analyzed.codePoints().toCodePoint(sentence.start()),
                    analyzed.codePoints().toCodePoint(sentence.end()), sentence.text(analyzed.text()),
                    attribution.source(), attribution.figures(), signature));
        }
        return out;
    }

    /** The place as the article writes it ("Kiev" for Kyiv), so that a title naming it gets no "in Kyiv". */
    private static String asWritten(AnalyzedText analyzed, PlaceDraft location) {
        if (location == null || location.start() < 0 || location.end() <= location.start()) {
            return null;
        }
        int start = analyzed.codePoints().toUtf16(location.start());
        int end = analyzed.codePoints().toUtf16(location.end());
        return end <= analyzed.text().length() ? analyzed.text().substring(start, end) : null;
    }

    private String geometry(PlaceDraft location, Map<Long, Optional<String>> cache) {
        if (location == null || !location.hasPoint()) {
            return null;
        }
        if (location.geonameId() != null && location.featureClass() != null
                && SHAPED.contains(location.featureClass())) {
            Optional<String> shape = cache.computeIfAbsent(location.geonameId(), id -> {
                try {
                    return shapes.geometry(id);
                } catch (RuntimeException e) {
                    return Optional.empty(); // the point below is a fine map marker meanwhile
                }
            });
            if (shape.isPresent() && !shape.get().contains("\"Point\"")) {
                return shape.get();
            }
        }
        return point(location.lon(), location.lat());
    }

    public static String point(double lon, double lat) {
        return "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}";
    }
}
