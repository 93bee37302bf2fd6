package org.chronomap.geo.index;

import org.chronomap.geo.gazetteer.Place;

/**
 * A place found under a name.
 *
 * @param matchedName the gazetteer name that matched, as written in the gazetteer
 * @param match       how it matched; ranking trusts EXACT most
 * @param edits       Levenshtein edits between the query and matched variant keys (0 unless FUZZY)
 */
public record NameHit(Place place, String matchedName, Match match, int edits) {

    public enum Match { EXACT, VARIANT, FUZZY }

    /** Name-match quality in 0..1: exact 1, variant spelling 0.9, each fuzzy edit costs more. */
    public double quality() {
        return switch (match) {
            case EXACT -> 1.0;
            case VARIANT -> 0.9;
            case FUZZY -> Math.max(0.5, 0.8 - 0.1 * edits);
        };
    }
}
