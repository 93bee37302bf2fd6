package org.chronomap.events.geojson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;

import java.util.List;

/**
 * The GeoJSON (RFC 7946) and OGC API - Features shapes this service writes, defined once.
 * Coordinates are always [longitude, latitude] in WGS 84 degrees; geometries are stored as GeoJSON
 * text and passed through raw.
 */
public final class GeoJson {

    /** The media type of GeoJSON; OGC API - Features items use it. */
    public static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    @JsonPropertyOrder({"type", "id", "geometry", "properties"})
    public record Feature<P>(String type, String id, @JsonRawValue String geometry, P properties,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Link> links) {
        public static <P> Feature<P> of(String id, String geometry, P properties, List<Link> links) {
            return new Feature<>("Feature", id, geometry, properties, links);
        }
    }

    /** {@code numberMatched}/{@code numberReturned}/{@code timeStamp} are the OGC API additions. */
    @JsonPropertyOrder({"type", "numberMatched", "numberReturned", "timeStamp", "features", "links"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeatureCollection<P>(String type, Long numberMatched, Integer numberReturned, String timeStamp,
                                       List<Feature<P>> features, List<Link> links) {
        public static <P> FeatureCollection<P> of(List<Feature<P>> features, Long matched, String timeStamp,
                                                  List<Link> links) {
            return new FeatureCollection<>("FeatureCollection", matched, features.size(), timeStamp, features, links);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(String href, String rel, String type, String title) {
    }
}
