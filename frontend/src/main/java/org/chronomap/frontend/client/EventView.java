package org.chronomap.frontend.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

/**
 * The EVENT of the HTTP contract (shared/API.md) as the events-service sends it. Unknown fields are
 * ignored, so the events-service may add fields without breaking the page.
 */
public record EventView(String id, String title, String category, DateView date, List<PlaceView> places,
                        JsonNode geometry, List<SourceView> sources) {

    /** {@code basis} says where the date came from (the text, the paragraph or the publication date). */
    public record DateView(LocalDate start, LocalDate end, String precision, boolean approximate,
                           String asWritten, String basis) {
    }

    public record PlaceView(String name, Long geonameId, String countryCode, String featureCode,
                            Double lat, Double lon, String role) {
    }

    /** {@code start}/{@code end} are code point offsets into the article text, end exclusive. */
    public record SourceView(String articleId, int start, int end, String text, String attribution) {
    }
}
