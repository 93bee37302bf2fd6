package org.chronomap.geo.geojson;

/** Media type and property names of our GeoJSON, defined once (RFC 7946). */
public final class GeoJson {

    public static final String MEDIA_TYPE = "application/geo+json";

    public static final String GEONAME_ID = "geonameId";
    public static final String NAME = "name";
    public static final String COUNTRY_CODE = "countryCode";
    public static final String ADMIN1_NAME = "admin1Name";
    public static final String FEATURE_CLASS = "featureClass";
    public static final String FEATURE_CODE = "featureCode";
    public static final String POPULATION = "population";
    public static final String SCORE = "score";
    public static final String MATCHED_NAME = "matchedName";

    private GeoJson() {
    }
}
