package org.chronomap.geo.geocode;

/** Great-circle distance on a sphere of the IUGG mean Earth radius (as score_geo.py uses). */
public final class Distance {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Distance() {
    }

    /** Kilometres between two WGS84 points given in degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
