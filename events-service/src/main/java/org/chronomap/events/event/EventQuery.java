package org.chronomap.events.event;

import java.time.LocalDate;
import java.util.Set;

/**
 * A validated filter over events. Dates bound the event's interval (an event matches when its
 * interval intersects [from, to]); the box is W,S,E,N in degrees and may cross the antimeridian (W > E).
 */
public record EventQuery(LocalDate from, LocalDate to, BoundingBox bbox, Set<String> categories,
                         Long placeGeonameId, String text, int limit, Cursor after, Order order) {

    /** Newest first: the order of the contract (shared/API.md) and of the OGC items and exports. */
    public EventQuery(LocalDate from, LocalDate to, BoundingBox bbox, Set<String> categories,
                      Long placeGeonameId, String text, int limit, Cursor after) {
        this(from, to, bbox, categories, placeGeonameId, text, limit, after, Order.NEWEST_FIRST);
    }

    public record BoundingBox(double west, double south, double east, double north) {
    }

    /**
     * By event start date, then id, so the order is total and a cursor is a position in it. Oldest
     * first is an extension for readers who page a chronological list from its beginning.
     */
    public enum Order {
        NEWEST_FIRST, OLDEST_FIRST
    }

    /** Position in the query's order: events strictly after this one (in that order) come next. */
    public record Cursor(LocalDate dateStart, String id) {
    }
}
