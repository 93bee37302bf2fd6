package org.chronomap.geo.geojson;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryCollection;

/** JTS geometries to our typed GeoJSON records. */
public final class GeometryMapper {

    private GeometryMapper() {
    }

    public static Geometry fromJts(org.locationtech.jts.geom.Geometry g) {
        if (g instanceof org.locationtech.jts.geom.Point p) {
            return Geometry.Point.of(p.getX(), p.getY());
        }
        if (g instanceof org.locationtech.jts.geom.LineString l) {
            return new Geometry.LineString(coords(l.getCoordinates()));
        }
        if (g instanceof org.locationtech.jts.geom.Polygon p) {
            return new Geometry.Polygon(rings(p));
        }
        if (g instanceof org.locationtech.jts.geom.MultiPolygon mp) {
            double[][][][] polys = new double[mp.getNumGeometries()][][][];
            for (int i = 0; i < polys.length; i++) {
                polys[i] = rings((org.locationtech.jts.geom.Polygon) mp.getGeometryN(i));
            }
            return new Geometry.MultiPolygon(polys);
        }
        if (g instanceof org.locationtech.jts.geom.MultiLineString ml) {
            double[][][] lines = new double[ml.getNumGeometries()][][];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = coords(ml.getGeometryN(i).getCoordinates());
            }
            return new Geometry.MultiLineString(lines);
        }
        if (g instanceof GeometryCollection) {
            throw new IllegalArgumentException("Geometry collections are not used in the gazetteer");
        }
        throw new IllegalArgumentException("Unsupported geometry " + g.getGeometryType());
    }

    private static double[][][] rings(org.locationtech.jts.geom.Polygon p) {
        double[][][] rings = new double[1 + p.getNumInteriorRing()][][];
        rings[0] = coords(p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings[i + 1] = coords(p.getInteriorRingN(i).getCoordinates());
        }
        return rings;
    }

    private static double[][] coords(Coordinate[] cs) {
        double[][] out = new double[cs.length][];
        for (int i = 0; i < cs.length; i++) {
            out[i] = new double[] {cs[i].x, cs[i].y};
        }
        return out;
    }
}
