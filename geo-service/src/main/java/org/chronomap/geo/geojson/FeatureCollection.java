package org.chronomap.geo.geojson;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A GeoJSON FeatureCollection; the OGC members ({@code numberMatched}, {@code numberReturned},
 * {@code links}, {@code timeStamp}) are left out when null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeatureCollection(String type, List<Feature> features, Integer numberMatched, Integer numberReturned,
                                String timeStamp, List<Link> links) {

    public static FeatureCollection of(List<Feature> features) {
        return new FeatureCollection("FeatureCollection", features, null, null, null, null);
    }
}
