package org.chronomap.geo.rest;

import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.geoparse.resolver.ResolvedToponym;

import java.util.List;

/** Body of the geoparse answer; offsets are Unicode code points, end exclusive. */
public record GeoparseResponse(List<Toponym> toponyms) {

    public record Toponym(int start, int end, String surface, PlaceView place, double score,
                          List<Alternative> alternatives) {
    }

    public record PlaceView(Long geonameId, String name, String countryCode, String featureClass,
                            String featureCode, double lat, double lon) {
        static PlaceView from(Place p) {
            return new PlaceView(p.geonameId(), p.name(), emptyToNull(p.countryCode()), p.featureClass(),
                    p.featureCode(), p.lat(), p.lon());
        }
    }

    public record Alternative(Long geonameId, String name, String countryCode, String featureCode,
                              double lat, double lon, double score) {
        static Alternative from(ResolvedToponym.Scored s) {
            Place p = s.place();
            return new Alternative(p.geonameId(), p.name(), emptyToNull(p.countryCode()), p.featureCode(),
                    p.lat(), p.lon(), s.score());
        }
    }

    /** Converts the parser's UTF-16 offsets into code-point offsets of {@code text}. */
    public static GeoparseResponse from(String text, List<ResolvedToponym> resolved) {
        List<Toponym> out = resolved.stream().map(r -> new Toponym(
                text.codePointCount(0, r.mention().start()),
                text.codePointCount(0, r.mention().end()),
                r.mention().surface(),
                PlaceView.from(r.place()),
                r.score(),
                r.alternatives().stream().map(Alternative::from).toList())).toList();
        return new GeoparseResponse(out);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
