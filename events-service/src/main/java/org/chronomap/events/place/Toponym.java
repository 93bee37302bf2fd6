package org.chronomap.events.place;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A place name found in an article by the geo-service. {@code start}/{@code end} are code point
 * offsets into the article text, end exclusive; {@code place} is null when the name was not resolved.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Toponym(int start, int end, String surface, Place place, Double score) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(Long geonameId, String name, String countryCode, String featureClass, String featureCode,
                        Double lat, Double lon) {
    }
}
