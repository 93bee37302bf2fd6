package org.chronomap.geo.bench;

import org.chronomap.common.geo.GreatCircle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The metrics of shared/tools/score_geo.py ("exact" matching), re-implemented: geotagging
 * P/R/F1 over gold toponyms that have coordinates, and geocoding error over the matched ones
 * (acc@161 km, mean and median km, AUC of the sorted log-error curve; lower AUC is better).
 */
public final class GeoScore {

    /** A toponym span with coordinates; offsets are code points, end exclusive. */
    public record Span(int start, int end, double lat, double lon) {
    }

    private int tp;
    private int fp;
    private int fn;
    private final List<Double> errors = new ArrayList<>();

    /** Adds one document: gold and system toponyms (system ones without coordinates excluded by caller). */
    public void add(List<Span> gold, List<Span> system) {
        List<Span> free = new ArrayList<>(system);
        for (Span g : gold) {
            Span hit = null;
            for (Span s : free) {
                if (s.start() == g.start() && s.end() == g.end()) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                fn++;
                continue;
            }
            free.remove(hit);
            tp++;
            errors.add(GreatCircle.km(g.lat(), g.lon(), hit.lat(), hit.lon()));
        }
        fp += free.size();
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accAt161() {
        return errors.isEmpty() ? 0 : errors.stream().filter(e -> e < 161).count() / (double) errors.size();
    }

    public double meanKm() {
        return errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double medianKm() {
        if (errors.isEmpty()) {
            return 0;
        }
        List<Double> s = errors.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Area under the sorted ln(1+err)/ln(20039) curve, trapezoid rule, in 0..1. */
    public double auc() {
        if (errors.size() < 2) {
            return 0;
        }
        List<Double> e = errors.stream().map(x -> Math.log(1 + x) / Math.log(20039)).sorted().toList();
        double sum = e.stream().mapToDouble(Double::doubleValue).sum();
        return (sum - 0.5 * (e.get(0) + e.get(e.size() - 1))) / (e.size() - 1);
    }

    public int resolved() {
        return errors.size();
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "tp=%d fp=%d fn=%d P=%.4f R=%.4f F1=%.4f n=%d acc@161=%.4f meanKm=%.1f medianKm=%.1f AUC=%.4f",
                tp, fp, fn, precision(), recall(), f1(), resolved(), accAt161(), meanKm(), medianKm(), auc());
    }
}
