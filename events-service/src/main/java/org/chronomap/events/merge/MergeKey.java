package org.chronomap.events.merge;

import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.extract.dating.EventDate;
import org.chronomap.events.extract.event.Category;
import org.chronomap.events.place.PlaceDraft;

import java.time.LocalDate;
import java.util.Set;

/**
 * What merging compares of an event: category, date interval (inclusive days), location (GeoNames id,
 * degrees, country, GeoNames feature code), wording; {@code ownDate} is false when the date was only
 * inherited (paragraph, publication), so that sharing it proves nothing; {@code speaker} is who reports it.
 */
public record MergeKey(Category category, LocalDate start, LocalDate end, Long geonameId, Double lat, Double lon,
                       String countryCode, String featureCode, Set<String> signature, boolean ownDate,
                       String speaker) {

    public static MergeKey of(ExtractedEvent event) {
        PlaceDraft location = event.location();
        return new MergeKey(event.category(), event.date().start(), event.date().end(),
                location == null ? null : location.geonameId(), location == null ? null : location.lat(),
                location == null ? null : location.lon(), location == null ? null : location.countryCode(),
                location == null ? null : location.featureCode(), event.signature(),
                event.date().basis().equals(EventDate.TEXT), event.attribution());
    }
}
