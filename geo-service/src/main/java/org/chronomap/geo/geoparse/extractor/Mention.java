package org.chronomap.geo.geoparse.extractor;

/**
 * A place-name mention found in the text, before resolution.
 *
 * @param start        first char, UTF-16 code units (converted to code points at the API edge)
 * @param end          exclusive end, UTF-16 code units
 * @param surface      the text of the span as written
 * @param lookupName   the name to look up: the surface without a capitalised designator
 *                     ("Seym" for "Seym River") when the full phrase is not itself a name
 * @param hint         kind of place announced by a designator next to the name
 * @param countryHint  ISO code from a phrase like "the Russian city of X", or null
 * @param qualifierIndex index of the mention qualifying this one ("Pokrovsk, Donetsk region"), or -1
 */
public record Mention(int start, int end, String surface, String lookupName, WordLists.Hint hint,
                      String countryHint, int qualifierIndex) {

    public Mention withQualifier(int index) {
        return new Mention(start, end, surface, lookupName, hint, countryHint, index);
    }
}
