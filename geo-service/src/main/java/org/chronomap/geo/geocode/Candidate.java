package org.chronomap.geo.geocode;

import org.chronomap.geo.gazetteer.Place;

/** A ranked geocoding result; {@code score} is in 0..1. */
public record Candidate(Place place, String matchedName, double score) {
}
