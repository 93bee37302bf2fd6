package org.chronomap.geo.geojson;

import org.chronomap.geo.gazetteer.GeometryText;
import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.index.GazetteerIndex;

import java.util.LinkedHashMap;
import java.util.Map;

/** Places as GeoJSON Features (Photon's third step: format the result). */
public final class PlaceFeatures {

    private PlaceFeatures() {
    }

    /**
     * @param score       ranking score in 0..1, or null when not ranked
     * @param matchedName the name that matched the query, or null
     */
    public static Feature of(GazetteerIndex index, Place place, Double score, String matchedName) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(GeoJson.GEONAME_ID, place.geonameId());
        props.put(GeoJson.NAME, place.name());
        props.put(GeoJson.COUNTRY_CODE, emptyToNull(place.countryCode()));
        Place admin1 = place.admin1Code() == null || place.admin1Code().isEmpty() || place.isAdmin1()
                ? (place.isAdmin1() ? place : null) : index.admin1(place.countryCode(), place.admin1Code());
        props.put(GeoJson.ADMIN1_NAME, admin1 == null ? null : admin1.name());
        props.put(GeoJson.FEATURE_CLASS, place.featureClass());
        props.put(GeoJson.FEATURE_CODE, place.featureCode());
        props.put(GeoJson.POPULATION, place.population());
        if (score != null) {
            props.put(GeoJson.SCORE, score);
        }
        if (matchedName != null) {
            props.put(GeoJson.MATCHED_NAME, matchedName);
        }
        props.put("lat", place.lat());
        props.put("lon", place.lon());
        return new Feature(place.id(), geometry(index, place), props);
    }

    /** The real shape where the gazetteer has one, else the point. */
    public static Geometry geometry(GazetteerIndex index, Place place) {
        String json = index.geometryJson(place.id());
        if (json != null) {
            return GeometryMapper.fromJts(GeometryText.fromGeoJson(json));
        }
        return Geometry.Point.of(place.lon(), place.lat());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
