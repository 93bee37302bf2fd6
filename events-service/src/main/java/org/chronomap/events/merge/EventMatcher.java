package org.chronomap.events.merge;

import org.chronomap.common.geo.GreatCircle;
import org.chronomap.events.extract.Signature;
import org.chronomap.events.extract.event.Category;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two reports are of the same happening: same category, intersecting date
 * intervals, the same or a nearby place, and similar wording. Place agreement lowers the wording
 * needed; places far apart veto; a missing place demands more wording. Two different strikes on the
 * same day in different towns therefore stay apart, while "launched an offensive on August 6" and
 * "crossed the border last week" into the same region merge.
 */
public final class EventMatcher {

    /** Places closer than this are "nearby" (km): a town and its district or oblast centre, smaller than most regions. */
    static final double NEARBY_KM = 150;
    /** How far from a first-order region's reference point a place may lie and still be in it (km). */
    static final double REGION_KM = 250;
    /** Score needed to merge: wording overlap plus agreement bonuses. */
    static final double THRESHOLD = 0.5;
    /** Attack and battle shade into each other ("launched an attack on Kursk Region"); they merge on more evidence. */
    static final double RELATED_THRESHOLD = 0.75;
    /** Statements of one day abound and their places do not veto, so their wording must agree more. */
    static final double DIPLOMACY_THRESHOLD = 0.55;
    static final double SAME_PLACE_BONUS = 0.25;
    static final double SAME_INTERVAL_BONUS = 0.1;
    /** A place inside the other ("Russia" and "Kursk"): some agreement, less than the same place. */
    static final double CONTAINED_BONUS = 0.15;

    private EventMatcher() {
    }

    /**
     * False when the wording alone rules a merge out, whatever the places, dates and speakers: even with
     * every bonus the overlap stays below the lowest threshold. Lets merging skip reading the rest of a
     * stored event's key (its location's country and feature code, its speaker) for most candidates.
     */
    public static boolean wordingAllows(Set<String> a, Set<String> b) {
        // Summed in the order similarity sums them, so that rounding cannot put the bound below a score.
        return Signature.overlap(a, b) + SAME_PLACE_BONUS + SAME_INTERVAL_BONUS
                >= Math.min(THRESHOLD, Math.min(RELATED_THRESHOLD, DIPLOMACY_THRESHOLD));
    }

    /** @return a score of at least the threshold when the two are the same happening, else 0 */
    public static double similarity(MergeKey a, MergeKey b) {
        if (!compatible(a, b)) {
            return 0;
        }
        boolean sameCategory = a.category() == b.category();
        boolean bothDated = a.ownDate() && b.ownDate();
        Boolean samePlace = samePlace(a, b);
        double score = Signature.overlap(a.signature(), b.signature())
                + (Boolean.TRUE.equals(samePlace) ? SAME_PLACE_BONUS : samePlace == null && contained(a, b) ? CONTAINED_BONUS : 0)
                + (bothDated && a.start().equals(b.start()) && a.end().equals(b.end()) ? SAME_INTERVAL_BONUS : 0);
        double needed = !sameCategory ? RELATED_THRESHOLD
                : a.category() == Category.DIPLOMACY && !Boolean.TRUE.equals(samePlace) ? DIPLOMACY_THRESHOLD : THRESHOLD;
        return score >= needed ? score : 0;
    }

    /**
     * Nothing rules out that the two are one happening: same (or related) category, intersecting dates,
     * places not far apart, not two speakers' statements. Wording is not judged.
     */
    public static boolean compatible(MergeKey a, MergeKey b) {
        boolean sameCategory = a.category() == b.category();
        boolean bothDated = a.ownDate() && b.ownDate();
        if (!sameCategory && !(bothDated && related(a.category(), b.category()))
                || a.start().isAfter(b.end()) || b.start().isAfter(a.end())) {
            return false;
        }
        // Statements are placed at their speaker by one report and at their topic by another, so
        // their places disagree without meaning different happenings.
        if (Boolean.FALSE.equals(samePlace(a, b)) && a.category() != Category.DIPLOMACY) {
            return false;
        }
        // Two statements of one day on one topic by different speakers are two statements.
        return !(a.category() == Category.DIPLOMACY && b.category() == Category.DIPLOMACY && differentSpeakers(a, b));
    }

    private static boolean related(Category a, Category b) {
        return a == Category.ATTACK && b == Category.BATTLE || a == Category.BATTLE && b == Category.ATTACK;
    }

    /** True: same GeoNames id or within {@link #NEARBY_KM}; false: both known and far apart; null: unknown. */
    static Boolean samePlace(MergeKey a, MergeKey b) {
        if (a.geonameId() != null && a.geonameId().equals(b.geonameId())) {
            return true;
        }
        if (a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) {
            return null;
        }
        double km = GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
        if (km < NEARBY_KM) {
            return true;
        }
        // A country and a place in it ("Russia" and "Kursk"), or a first-order region and a place near
        // its centre: neither the same place nor apart.
        boolean sameCountry = a.countryCode() != null && a.countryCode().equals(b.countryCode());
        boolean country = isCountry(a) || isCountry(b);
        boolean region = "ADM1".equals(a.featureCode()) || "ADM1".equals(b.featureCode());
        return sameCountry && (country || region && km < REGION_KM) ? null : false;
    }

    private static boolean contained(MergeKey a, MergeKey b) {
        return a.lat() != null && b.lat() != null && a.countryCode() != null && a.countryCode().equals(b.countryCode());
    }

    /** Both speakers known and without a word in common ("the Kremlin", "the Ukrainian president"). */
    static boolean differentSpeakers(MergeKey a, MergeKey b) {
        if (a.speaker() == null || b.speaker() == null) {
            return false;
        }
        Set<String> words = words(a.speaker());
        return words(b.speaker()).stream().noneMatch(words::contains);
    }

    private static Set<String> words(String phrase) {
        Set<String> out = new HashSet<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isCountry(MergeKey key) {
        return key.featureCode() != null && key.featureCode().startsWith("PCL");
    }
}
