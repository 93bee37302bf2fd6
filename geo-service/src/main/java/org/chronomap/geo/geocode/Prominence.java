package org.chronomap.geo.geocode;

import org.chronomap.geo.gazetteer.Place;

/** How well-known a place is, 0..1, from its kind and population: the prior of every ranking. */
public final class Prominence {

    private Prominence() {
    }

    public static double of(Place p) {
        // 10 million people → 1.0; 1,000 → ~0.43 (log scale: prominence grows with orders of magnitude).
        // GeoNames gives 0 for "unknown" as well as for hamlets, so populated places count at least 1,000:
        // otherwise an unknown-population village loses to any namesake by a margin context cannot undo.
        long people = "P".equals(p.featureClass()) ? Math.max(p.population(), 1000) : p.population();
        double byPopulation = Math.min(1.0, Math.log10(people + 1) / 7.0);
        double byKind = switch (p.featureCode()) {
            case "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL" -> 1.0;
            case "PPLC" -> 0.95;
            case "ADM1" -> 0.8;
            case "CONT" -> 1.0;
            case "OCN", "SEA" -> 0.8;
            case "PPLA" -> 0.7;
            case "GULF", "STRT", "LK", "RGN", "PEN", "CNL", "BAY", "MTS", "DSRT", "RGNH", "STM", "LKS" -> 0.7;
            case "PPLA2" -> 0.55;
            case "NPP", "BDG", "DAM", "PRT", "AIRP", "AIRB", "PPLN", "INSM" -> 0.6;
            case "ADM2" -> 0.45;
            default -> 0.0;
        };
        if ("A".equals(p.featureClass())) {
            // Region populations are proxies (sums of their towns): the kind says more.
            return byKind;
        }
        return Math.max(byKind, byPopulation * 0.95);
    }
}
