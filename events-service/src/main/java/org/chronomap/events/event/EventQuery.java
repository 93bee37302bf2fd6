package org.chronomap.events.event;

import java.time.LocalDate;
import java.util.Set;

/**
 * A validated filter over events. Dates bound the event's interval (an event matches when its
 * interval intersects [from, to]); the box is W,S,E,N in degrees and may cross the antimeridian (W > E).
 */
public record EventQuery(LocalDate from, LocalDate to, BoundingBox bbox, Set<String> categories,
                         Long placeGeonameId, String text, int limit, Cursor after) {

    public record BoundingBox(double west, double south, double east, double north) {
    }

    /** Position in the newest-first order: events strictly after (older than) this one come next. */
    public record Cursor(LocalDate dateStart, String id) {
    }
}
