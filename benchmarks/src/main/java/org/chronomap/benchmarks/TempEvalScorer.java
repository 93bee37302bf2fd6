package org.chronomap.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * TempEval-3 TIMEX3 metrics on character offsets, the same definitions as {@code shared/tools/score_timex.py}:
 * strict = exact extent; relaxed = overlapping extents matched one-to-one, greedily in gold order;
 * value F1 = relaxed F1 × (share of relaxed matches with the same value); type F1 likewise.
 */
final class TempEvalScorer {

    /** One TIMEX3; offsets in code points, end exclusive. */
    record Timex(int start, int end, String text, String type, String value) {
    }

    record Scores(int gold, int system, double strictF1, double relaxedF1, double valueF1, double typeF1) {
    }

    /** A relaxed match, right or wrong in value: the material of the error analysis. */
    record RelaxedMatch(Timex gold, Timex system) {
        boolean sameValue() {
            return Objects.equals(system.value(), gold.value());
        }
    }

    private final List<RelaxedMatch> matches = new ArrayList<>();

    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int sameValue;
    private int sameType;

    void add(List<Timex> goldTimex, List<Timex> systemTimex) {
        gold += goldTimex.size();
        system += systemTimex.size();
        Set<Long> goldSpans = new HashSet<>();
        for (Timex g : goldTimex) {
            goldSpans.add(span(g));
        }
        for (Timex s : systemTimex) {
            if (goldSpans.contains(span(s))) {
                strict++;
            }
        }
        Set<Integer> used = new HashSet<>();
        for (Timex g : goldTimex) {
            for (int i = 0; i < systemTimex.size(); i++) {
                Timex s = systemTimex.get(i);
                if (used.contains(i) || s.end() <= g.start() || s.start() >= g.end()) {
                    continue;
                }
                used.add(i);
                relaxed++;
                RelaxedMatch match = new RelaxedMatch(g, s);
                matches.add(match);
                if (match.sameValue()) {
                    sameValue++;
                }
                if (Objects.equals(s.type(), g.type())) {
                    sameType++;
                }
                break;
            }
        }
    }

    /** The relaxed matches of the documents added since the last call, in order. */
    List<RelaxedMatch> takeMatches() {
        List<RelaxedMatch> taken = List.copyOf(matches);
        matches.clear();
        return taken;
    }

    Scores scores() {
        double relaxedF1 = f1(ratio(relaxed, system), ratio(relaxed, gold));
        return new Scores(gold, system, f1(ratio(strict, system), ratio(strict, gold)), relaxedF1,
                relaxedF1 * ratio(sameValue, relaxed), relaxedF1 * ratio(sameType, relaxed));
    }

    private static long span(Timex t) {
        return ((long) t.start() << 32) | t.end();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
