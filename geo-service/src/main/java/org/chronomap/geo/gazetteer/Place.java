package org.chronomap.geo.gazetteer;

import java.util.List;

/**
 * One gazetteer entry, as read from the bundled data or the index.
 *
 * @param id          internal id: the GeoNames id, or a negative id for curated rows without one
 * @param geonameId   GeoNames id, null for places not in GeoNames
 * @param lat         WGS84 latitude of the representative point, degrees
 * @param lon         WGS84 longitude, degrees
 * @param featureClass GeoNames feature class (A, H, L, P, S, T, ...)
 * @param featureCode  GeoNames feature code (PCLI, ADM1, PPLA, STM, ...)
 * @param admin1Code  GeoNames admin-1 code within the country ("05" for Donetsk), "" if none
 * @param admin2Code  GeoNames admin-2 code within admin-1, "" if none
 * @param population  people; for regions a proxy (sum of their cities500 places)
 * @param names       alternate names, without {@code name}
 * @param geometryJson GeoJSON geometry (Polygon, MultiPolygon, LineString) or null for a point
 */
public record Place(long id, Long geonameId, String name, double lat, double lon,
                    String featureClass, String featureCode, String countryCode,
                    String admin1Code, String admin2Code, long population,
                    List<String> names, String geometryJson) {

    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    /** Key of this place's admin-1 region, "UA.05"; null when it has none. */
    public String admin1Key() {
        return admin1Code == null || admin1Code.isEmpty() ? null : countryCode + "." + admin1Code;
    }

    public Place withNames(List<String> newNames) {
        return new Place(id, geonameId, name, lat, lon, featureClass, featureCode, countryCode,
                admin1Code, admin2Code, population, newNames, geometryJson);
    }
}
