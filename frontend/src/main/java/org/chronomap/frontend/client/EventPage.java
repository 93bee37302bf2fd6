package org.chronomap.frontend.client;

import java.util.List;

/** One page of {@code GET /api/events}; {@code next} is null on the last page. */
public record EventPage(List<EventView> events, String next) {
}
