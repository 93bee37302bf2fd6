package org.chronomap.events.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.chronomap.events.event.Event;
import org.chronomap.events.event.EventPlace;
import org.chronomap.events.event.EventSource;

import java.time.LocalDate;
import java.util.List;

/** The EVENT of the HTTP contract (shared/API.md). */
public record EventView(
        String id,
        String title,
        String category,
        DateView date,
        List<PlaceView> places,
        @JsonRawValue String geometry,
        List<SourceView> sources) {

    /** {@code basis} says where the date came from: the text, the paragraph, or only the publication date. */
    public record DateView(LocalDate start, LocalDate end, String precision, boolean approximate,
                           String asWritten, String basis) {
    }

    public record PlaceView(String name, Long geonameId, String countryCode, String featureCode,
                            Double lat, Double lon, String role, String resolution) {
        static PlaceView from(EventPlace place) {
            return new PlaceView(place.name, place.geonameId, place.countryCode, place.featureCode,
                    place.lat, place.lon, place.role, place.resolution);
        }
    }

    /**
     * {@code start}/{@code end} are code point offsets into the article text, end exclusive;
     * {@code attribution} is who the article says reports it (null: the article asserts it);
     * {@code figures} are the counts this source gives, kept per source because sources disagree.
     */
    public record SourceView(String articleId, int start, int end, String text, String attribution,
                             List<String> figures) {
        static SourceView from(EventSource source) {
            return new SourceView(source.articleId, source.start, source.end, source.text, source.attribution,
                    source.figures == null ? List.of() : List.of(source.figures.split("\n")));
        }
    }

    public static EventView from(Event event) {
        return new EventView(event.id, event.title, event.category,
                new DateView(event.dateStart, event.dateEnd, event.precision, event.approximate,
                        event.asWritten == null ? "" : event.asWritten, event.dateBasis),
                event.places.stream().map(PlaceView::from).toList(),
                event.geometry,
                event.sources.stream().map(SourceView::from).toList());
    }
}
