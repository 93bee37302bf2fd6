package org.chronomap.geo.geocode;

import org.chronomap.geo.gazetteer.Place;

/** How well-known a place is, 0..1, from its kind and population: the prior of every ranking. */
public final class Prominence {

    private Prominence() {
    }

    public static double of(Place p) {
        // 10 million people → 1.0; 1,000 → ~0.43 (log scale: prominence grows with orders of magnitude).
        double byPopulation = Math.min(1.0, Math.log10(p.population() + 1) / 7.0);
        double byKind = switch (p.featureCode()) {
            case "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL" -> 1.0;
            case "PPLC" -> 0.9;
            case "ADM1" -> 0.8;
            case "OCN", "SEA" -> 0.8;
            case "PPLA" -> 0.7;
            case "GULF", "STRT", "LK", "RGN", "PEN", "CNL", "BAY", "MTS", "DSRT", "RGNH", "STM", "LKS" -> 0.7;
            case "PPLA2" -> 0.55;
            case "NPP", "BDG", "DAM", "PRT", "AIRP", "AIRB", "PPLN", "INSM" -> 0.6;
            case "ADM2" -> 0.45;
            default -> 0.0;
        };
        return Math.max(byKind, byPopulation * 0.95);
    }
}
