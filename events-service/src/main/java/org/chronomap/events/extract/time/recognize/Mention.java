package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.Resolution;

import java.util.function.Function;

/**
 * A recognised time expression before normalisation: its extent (UTF-16 indices into the text, end
 * exclusive), the rule that found it, and how to normalise it once the DCT and the clause tense are known.
 */
public record Mention(int start, int end, String rule, Function<NormalizationContext, Resolution> normalizer) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
