package org.chronomap.frontend.timeline;

import java.util.List;

/**
 * Everything the page shows, in chronological order (start, then end, then id, so the order is total
 * and stable). When the events-service cannot be reached {@code available} is false, the list is empty
 * and {@code notice} tells the reader why.
 */
public record Timeline(List<ReaderEvent> events, boolean available, String notice) {

    public static Timeline unavailable() {
        return new Timeline(List.of(), false,
                "The events service is not answering right now, so no events can be shown. "
                        + "Please reload the page in a minute.");
    }
}
