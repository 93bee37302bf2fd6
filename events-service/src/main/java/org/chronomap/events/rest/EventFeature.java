package org.chronomap.events.rest;

import org.chronomap.events.geojson.GeoJson;

import java.util.List;

/** An EVENT as a GeoJSON Feature: the geometry is the location's, the properties carry the EVENT fields. */
public record EventFeature(String title, String category, EventView.DateView date, List<EventView.PlaceView> places,
                           List<EventView.SourceView> sources) {

    public static GeoJson.Feature<EventFeature> of(EventView event, List<GeoJson.Link> links) {
        return GeoJson.Feature.of(event.id(), event.geometry(),
                new EventFeature(event.title(), event.category(), event.date(), event.places(), event.sources()),
                links);
    }
}
