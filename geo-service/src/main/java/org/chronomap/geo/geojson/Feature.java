package org.chronomap.geo.geojson;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** A GeoJSON Feature; {@code links} is used by OGC API - Features for single items. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@com.fasterxml.jackson.annotation.JsonPropertyOrder({"type", "id", "geometry", "properties", "links"})
public record Feature(String type, Object id, Geometry geometry, Map<String, Object> properties, List<Link> links) {

    public Feature(Object id, Geometry geometry, Map<String, Object> properties) {
        this("Feature", id, geometry, properties, null);
    }

    public Feature withLinks(List<Link> newLinks) {
        return new Feature(type, id, geometry, properties, newLinks);
    }
}
