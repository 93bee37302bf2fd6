package org.chronomap.events.extract;

import org.chronomap.events.extract.dating.EventDate;
import org.chronomap.events.extract.event.Category;
import org.chronomap.events.place.PlaceDraft;

import java.util.List;
import java.util.Set;

/**
 * One event as one article reports it, ready to be merged and stored. {@code start}/{@code end} are
 * code point offsets of the reporting sentence in the article, end exclusive; {@code signature} holds
 * the normalised content lemmas of the clause, which merging compares.
 */
public record ExtractedEvent(String title, Category category, EventDate date, List<PlaceDraft> places,
                             String geometry, int sentenceIndex, int paragraph, int start, int end, String sourceText,
                             String attribution, List<String> figures, Set<String> signature) {

    public PlaceDraft location() {
        return places.stream().filter(p -> p.role().equals(PlaceDraft.LOCATION)).findFirst().orElse(null);
    }
}
