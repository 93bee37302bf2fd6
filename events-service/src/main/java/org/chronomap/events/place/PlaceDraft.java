package org.chronomap.events.place;

/**
 * A place of an event before storage. {@code start}/{@code end} are code point offsets of the mention
 * in its article (kept so a pending place can be resolved later); {@code resolution} is {@code resolved},
 * {@code pending} (a stand-in name while the geo-service is unreachable, resolved later) or {@code unresolved}
 * (a name without a gazetteer entry, or one the geo-service declined to geoparse: never retried);
 * {@code role} is {@code location} or {@code mentioned}.
 */
public record PlaceDraft(String name, Long geonameId, String countryCode, String featureClass, String featureCode,
                         Double lat, Double lon, String role, String resolution, int start, int end) {

    public static final String LOCATION = "location";
    public static final String MENTIONED = "mentioned";
    public static final String RESOLVED = "resolved";
    public static final String PENDING = "pending";
    public static final String UNRESOLVED = "unresolved";

    public boolean hasPoint() {
        return lat != null && lon != null;
    }
}
