package org.chronomap.geo.geocode;

/**
 * A parsed geocoding request.
 *
 * @param country ISO 3166-1 alpha-2 filter, or null
 * @param lat     focus latitude for proximity bias (degrees), or null
 * @param lon     focus longitude (degrees), or null
 */
public record GeocodeQuery(String q, String country, Double lat, Double lon, int limit) {
}
