package org.chronomap.geo.geojson;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * GeoJSON geometries as typed records. Coordinates are {@code [lon, lat]} in WGS84 degrees,
 * as RFC 7946 requires (not lat/lon).
 */
@JsonPropertyOrder({"type", "coordinates"})
public sealed interface Geometry
        permits Geometry.Point, Geometry.LineString, Geometry.MultiLineString, Geometry.Polygon, Geometry.MultiPolygon {

    @JsonProperty("type")
    String type();

    record Point(double[] coordinates) implements Geometry {
        public static Point of(double lon, double lat) {
            return new Point(new double[] {lon, lat});
        }

        public String type() {
            return "Point";
        }
    }

    record LineString(double[][] coordinates) implements Geometry {
        public String type() {
            return "LineString";
        }
    }

    record MultiLineString(double[][][] coordinates) implements Geometry {
        public String type() {
            return "MultiLineString";
        }
    }

    record Polygon(double[][][] coordinates) implements Geometry {
        public String type() {
            return "Polygon";
        }
    }

    record MultiPolygon(double[][][][] coordinates) implements Geometry {
        public String type() {
            return "MultiPolygon";
        }
    }
}
