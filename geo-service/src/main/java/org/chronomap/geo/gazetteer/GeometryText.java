package org.chronomap.geo.gazetteer;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Conversions between the geometry encodings of the data files (WKT, GeoJSON) and JTS. */
public final class GeometryText {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeometryText() {
    }

    public static String wktToGeoJson(String wkt) {
        try {
            Geometry g = new WKTReader(FACTORY).read(wkt);
            GeoJsonWriter writer = new GeoJsonWriter(4);
            writer.setEncodeCRS(false);
            return writer.write(g);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Bad WKT geometry in the gazetteer: " + wkt, e);
        }
    }

    public static Geometry fromGeoJson(String json) {
        try {
            return new GeoJsonReader(FACTORY).read(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Bad GeoJSON geometry in the gazetteer", e);
        }
    }
}
