package org.chronomap.geo.geocode;

import org.chronomap.common.geo.GreatCircle;
import org.chronomap.geo.index.GazetteerIndex;
import org.chronomap.geo.index.NameHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Name → ranked places (Photon's second step). The score mixes how well the name matched,
 * how prominent the place is, and how close it is to the caller's focus point.
 */
public final class Geocoder {

    /** Name documents read per query before ranking; more only slows the rare huge homonym sets. */
    private static final int CANDIDATE_POOL = 400;

    private final GazetteerIndex index;

    public Geocoder(GazetteerIndex index) {
        this.index = index;
    }

    public List<Candidate> geocode(GeocodeQuery query) {
        List<NameHit> hits = index.lookup(query.q(), true, CANDIDATE_POOL);
        List<Candidate> ranked = new ArrayList<>(hits.size());
        for (NameHit hit : hits) {
            if (query.country() != null && !query.country().equalsIgnoreCase(hit.place().countryCode())) {
                continue;
            }
            ranked.add(new Candidate(hit.place(), hit.matchedName(), score(hit, query)));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> -c.place().population())
                .thenComparingLong(c -> c.place().id()));
        return ranked.size() > query.limit() ? ranked.subList(0, query.limit()) : ranked;
    }

    static double score(NameHit hit, GeocodeQuery query) {
        double name = hit.quality();
        if (hit.matchedName().equalsIgnoreCase(hit.place().name())) {
            name = Math.min(1.0, name + 0.05);
        }
        double prominence = Prominence.of(hit.place());
        if (query.lat() != null && query.lon() != null) {
            double km = GreatCircle.km(query.lat(), query.lon(), hit.place().lat(), hit.place().lon());
            // Proximity halves at ~350 km: a focus point should pick the local homonym.
            double proximity = Math.exp(-km / 500.0);
            return clamp(0.4 * name + 0.25 * prominence + 0.35 * proximity);
        }
        return clamp(0.5 * name + 0.5 * prominence);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, Math.round(v * 1000) / 1000.0));
    }
}
