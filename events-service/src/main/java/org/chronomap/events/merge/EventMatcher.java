package org.chronomap.events.merge;

import org.chronomap.events.extract.Signature;

/**
 * Decides whether two reports are of the same happening: same category, intersecting date
 * intervals, the same or a nearby place, and similar wording. Place agreement lowers the wording
 * needed; places far apart veto; a missing place demands more wording. Two different strikes on the
 * same day in different towns therefore stay apart, while "launched an offensive on August 6" and
 * "crossed the border last week" into the same region merge.
 */
public final class EventMatcher {

    /** Places closer than this are "nearby" (km); larger than a town, smaller than most regions. */
    static final double NEARBY_KM = 100;
    static final double WORDING_SAME_PLACE = 0.25;
    static final double WORDING_UNKNOWN_PLACE = 0.5;

    private EventMatcher() {
    }

    /** @return a similarity in (0, 1], or 0 when the two are not the same happening */
    public static double similarity(MergeKey a, MergeKey b) {
        if (a.category() != b.category() || a.start().isAfter(b.end()) || b.start().isAfter(a.end())) {
            return 0;
        }
        double wording = Signature.overlap(a.signature(), b.signature());
        Boolean samePlace = samePlace(a, b);
        if (Boolean.FALSE.equals(samePlace)) {
            return 0;
        }
        double needed = samePlace == null ? WORDING_UNKNOWN_PLACE : WORDING_SAME_PLACE;
        return wording >= needed ? wording : 0;
    }

    /** True: same GeoNames id or within {@link #NEARBY_KM}; false: both known and far apart; null: unknown. */
    static Boolean samePlace(MergeKey a, MergeKey b) {
        if (a.geonameId() != null && a.geonameId().equals(b.geonameId())) {
            return true;
        }
        if (a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) {
            return null;
        }
        return kilometres(a.lat(), a.lon(), b.lat(), b.lon()) < NEARBY_KM;
    }

    /** Great-circle distance on a spherical Earth (radius 6371 km). */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
