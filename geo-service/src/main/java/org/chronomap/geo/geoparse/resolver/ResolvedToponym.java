package org.chronomap.geo.geoparse.resolver;

import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.geoparse.extractor.Mention;

import java.util.List;

/** A mention with the place chosen for it and the runners-up, scores in 0..1. */
public record ResolvedToponym(Mention mention, Place place, double score, List<Scored> alternatives) {

    public record Scored(Place place, double score) {
    }
}
