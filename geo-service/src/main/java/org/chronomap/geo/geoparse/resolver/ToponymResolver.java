package org.chronomap.geo.geoparse.resolver;

import org.chronomap.common.geo.GreatCircle;
import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.geocode.Prominence;
import org.chronomap.geo.geoparse.extractor.Mention;
import org.chronomap.geo.geoparse.extractor.WordLists;
import org.chronomap.geo.index.GazetteerIndex;
import org.chronomap.geo.index.NameHit;
import org.chronomap.geo.index.NameNormalizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses a place for every mention using the whole text (CLAVIN's resolver step):
 * explicit qualifiers first ("Pokrovsk, Donetsk region", "the Russian city of X", "X region"),
 * then the countries and regions the text talks about, then spatial coherence with the other
 * places, and prominence as the prior. Mentions of the same name share one reading
 * (one sense per discourse) unless a qualifier of their own says otherwise.
 */
public final class ToponymResolver {

    /** Candidate places read per name; homonym sets beyond this are the obscure tail. */
    private static final int CANDIDATES = 300;
    /** Candidates per mention weighed against the context (see {@link #strongest}). */
    private static final int CONTEXT_CANDIDATES = 80;
    /** Rounds of "pick, then re-score against the other picks". */
    private static final int ROUNDS = 3;
    /** Spatial coherence decays with this length: places in one story are usually within ~100 km. */
    private static final double COHERENCE_KM = 150.0;
    /** Great-circle kilometres per degree of latitude on the sphere {@link GreatCircle} uses. */
    private static final double KM_PER_DEGREE = GreatCircle.EARTH_RADIUS_KM * Math.PI / 180;

    /**
     * Prominence from which a place needs no support from the rest of the text: a town of about
     * 100,000 people, a first-level capital, a country, a sea ({@link Prominence}).
     */
    private static final double PROMINENT = 0.68;
    /** Beyond this distance from every other place named, a minor place needs its country evidenced. */
    private static final double FAR_KM = 1000.0;
    /** Other names a text must resolve before a minor place can be judged out of place in it. */
    private static final int MIN_OTHER_NAMES = 2;

    private static final double W_NAME = 0.25;
    private static final double W_PROMINENCE = 0.30;
    private static final double W_COUNTRY = 0.25;
    private static final double W_ADMIN1 = 0.15;
    private static final double W_NEARBY = 0.30;
    /** Mentions this close in the text (chars) are read together ("Toretsk and Zarichne"). */
    private static final int NEAR_IN_TEXT = 250;
    private static final double W_QUALIFIER = 0.60;
    private static final double W_HINT = 0.25;
    /**
     * A name that is exactly a country's, a first-level region's or a capital's usually means
     * that place ("Mexico", "New York", "Washington"), more than its population alone says.
     */
    private static final double W_COUNTRY_NAME = 0.35;
    private static final double W_ADMIN1_NAME = 0.20;
    private static final double W_CAPITAL_NAME = 0.20;
    /** Raw scores reach about this much for a perfectly supported reading; divides to 0..1. */
    private static final double SCALE = 1.3;

    private final GazetteerIndex index;

    public ToponymResolver(GazetteerIndex index) {
        this.index = index;
    }

    public List<ResolvedToponym> resolve(List<Mention> mentions, Map<String, Integer> demonymCountries) {
        int n = mentions.size();
        // Each mention's name key, computed once: every score compares it with the others'.
        String[] keys = new String[n];
        Map<String, WordLists.Hint> hintByKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            keys[i] = NameNormalizer.key(mentions.get(i).lookupName());
            if (mentions.get(i).hint() != WordLists.Hint.NONE) {
                hintByKey.putIfAbsent(keys[i], mentions.get(i).hint());
            }
        }
        List<List<NameHit>> candidates = new ArrayList<>(n);
        Map<String, List<NameHit>> cache = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            List<NameHit> hits = cache.computeIfAbsent(keys[i], k -> index.lookup(m.lookupName(), false, CANDIDATES));
            // A designator on any mention of the same name applies to all of them ("Kursk region" ... "Kursk").
            WordLists.Hint hint = m.hint() != WordLists.Hint.NONE ? m.hint() : hintByKey.getOrDefault(keys[i], WordLists.Hint.NONE);
            candidates.add(strongest(filterByHint(hits, hint)));
        }
        Place[] picks = new Place[n];
        double[][] scores = new double[n][];
        for (int round = 0; round < ROUNDS; round++) {
            Context context = new Context(mentions, keys, picks, demonymCountries);
            Place[] next = new Place[n];
            for (int i = 0; i < n; i++) {
                List<NameHit> hits = candidates.get(i);
                double[] s = new double[hits.size()];
                int best = -1;
                for (int c = 0; c < hits.size(); c++) {
                    s[c] = score(i, hits.get(c), mentions, keys, candidates, context);
                    if (best < 0 || s[c] > s[best]
                            || (s[c] == s[best] && hits.get(c).place().population() > hits.get(best).place().population())) {
                        best = c;
                    }
                }
                scores[i] = s;
                next[i] = best < 0 ? null : hits.get(best).place();
            }
            harmonise(mentions, keys, candidates, scores, next);
            picks = next;
        }
        dropIncoherent(mentions, keys, candidates, scores, picks, demonymCountries);
        List<ResolvedToponym> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (picks[i] == null) {
                continue;
            }
            out.add(result(mentions.get(i), candidates.get(i), scores[i], picks[i]));
        }
        return out;
    }

    /**
     * The homonyms worth weighing in context, by name match and prominence: context can lift a
     * village over a city, but not the 150th of 300 Washingtons, and each candidate is weighed
     * against every other mention in every round.
     */
    private static List<NameHit> strongest(List<NameHit> hits) {
        if (hits.size() <= CONTEXT_CANDIDATES) {
            return hits;
        }
        List<NameHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingDouble((NameHit h) -> -(h.quality() + Prominence.of(h.place()))));
        return new ArrayList<>(sorted.subList(0, CONTEXT_CANDIDATES));
    }

    /** Keeps the candidates of the kind the designator announces; all of them if none is. */
    private static List<NameHit> filterByHint(List<NameHit> hits, WordLists.Hint hint) {
        if (hint == WordLists.Hint.NONE) {
            return hits;
        }
        List<NameHit> kept = new ArrayList<>();
        for (NameHit h : hits) {
            if (fits(h.place(), hint)) {
                kept.add(h);
            }
        }
        if (kept.isEmpty() && hint == WordLists.Hint.ADMIN) {
            // "X region" where X has no first-level region: a district or an informal region.
            return filterByHint(hits, WordLists.Hint.ADMIN2);
        }
        return kept.isEmpty() ? hits : kept;
    }

    static boolean fits(Place p, WordLists.Hint hint) {
        String fc = p.featureClass();
        String code = p.featureCode();
        return switch (hint) {
            case ADMIN -> "ADM1".equals(code) || "RGN".equals(code);
            case ADMIN2 -> code.startsWith("ADM2") || code.startsWith("ADM3") || "RGN".equals(code);
            case RIVER -> "STM".equals(code);
            case SEA -> "H".equals(fc) && !"STM".equals(code);
            case LAKE -> "LK".equals(code) || "RSV".equals(code);
            case CITY -> "P".equals(fc);
            case REGION -> "L".equals(fc) || "T".equals(fc) || "A".equals(fc);
            case NONE -> true;
        };
    }

    private double score(int i, NameHit hit, List<Mention> mentions, String[] keys, List<List<NameHit>> candidates,
                         Context context) {
        Place p = hit.place();
        Mention m = mentions.get(i);
        double s = W_NAME * hit.quality() + W_PROMINENCE * Prominence.of(p);
        if (hit.match() == NameHit.Match.EXACT) {
            if (p.isCountry()) {
                // Dependencies and micro-states (Norfolk Island) do not outrank their namesakes.
                s += p.population() >= 100_000 ? W_COUNTRY_NAME : 0;
            } else if (p.isAdmin1()) {
                // Half the bonus for a region of a country the text otherwise never points at
                // (Gaza Province of Mozambique in a story about Israel).
                s += context.countryShare(p.countryCode(), keys[i]) > 0 ? W_ADMIN1_NAME : W_ADMIN1_NAME / 2;
            } else if ("PPLC".equals(p.featureCode()) && !isCountryName(hit.matchedName(), p.countryCode())) {
                // Not when the capital only shares its country's name (Mexico City as "Mexico").
                s += W_CAPITAL_NAME;
            }
        }
        String ownKey = keys[i];
        s += W_COUNTRY * context.countryShare(p.countryCode(), ownKey);
        if (!p.isCountry() && !p.isAdmin1() && p.admin1Key() != null && context.mentionsAdmin1(p.admin1Key(), ownKey)) {
            s += W_ADMIN1;
        } else if (p.isAdmin1() && context.hasPlacesIn(p.admin1Key(), ownKey)) {
            // A region whose towns the text names: "Georgia" with Atlanta and Macon is the state.
            s += W_ADMIN1;
        }
        if ("P".equals(p.featureClass()) || "S".equals(p.featureClass()) || "ADM2".equals(p.featureCode())) {
            s += W_NEARBY * context.nearby(p, m.start(), keys[i]);
        }
        if (m.countryHint() != null && m.countryHint().equals(p.countryCode())) {
            s += W_HINT;
        }
        if (m.qualifierIndex() >= 0 && qualifiedBy(p, candidates.get(m.qualifierIndex()))) {
            s += W_QUALIFIER;
        }
        return s;
    }

    private boolean isCountryName(String name, String countryCode) {
        Place country = index.country(countryCode);
        return country != null && NameNormalizer.key(country.name()).equals(NameNormalizer.key(name));
    }

    /** True when the place lies in one of the qualifier's candidate countries or admin-1 regions. */
    private static boolean qualifiedBy(Place p, List<NameHit> qualifier) {
        for (NameHit q : qualifier) {
            Place r = q.place();
            if (r.id() == p.id()) {
                continue;
            }
            if (r.isCountry() && r.countryCode().equals(p.countryCode())) {
                return true;
            }
            if (r.isAdmin1() && r.countryCode().equals(p.countryCode()) && r.admin1Code().equals(p.admin1Code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A minor place in a country the text never otherwise points at, far from every other place
     * it names (the fuel depot "Kavkaz" in a story about Krasnodar read as Caucasia, Colombia; a
     * surname read as a village abroad): the best reading that does fit the text replaces it, and
     * when none does the mention is dropped. Only judged when the text names enough other places
     * to have a geography of its own, and only for one-word names: a longer name matched exactly
     * ("Zaporozhye Nuclear Power Plant", "Gulf of Alaska") is no chance namesake.
     */
    private static void dropIncoherent(List<Mention> mentions, String[] keys, List<List<NameHit>> candidates,
                                       double[][] scores, Place[] picks, Map<String, Integer> demonymCountries) {
        Context context = new Context(mentions, keys, picks, demonymCountries);
        Set<String> resolvedNames = new HashSet<>();
        for (int j = 0; j < picks.length; j++) {
            if (picks[j] != null) {
                resolvedNames.add(keys[j]);
            }
        }
        Place[] decided = picks.clone();
        for (int i = 0; i < picks.length; i++) {
            Place p = picks[i];
            Mention m = mentions.get(i);
            if (p == null || m.countryHint() != null || m.qualifierIndex() >= 0 || m.lookupName().strip().contains(" ")
                    || resolvedNames.size() - (resolvedNames.contains(keys[i]) ? 1 : 0) < MIN_OTHER_NAMES
                    || coherent(i, p, keys, context)) {
                continue;
            }
            List<NameHit> hits = candidates.get(i);
            double[] s = scores[i];
            Place replacement = null;
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < hits.size(); c++) {
                Place q = hits.get(c).place();
                if (s[c] > best && q.id() != p.id() && coherent(i, q, keys, context)) {
                    best = s[c];
                    replacement = q;
                }
            }
            decided[i] = replacement;
        }
        System.arraycopy(decided, 0, picks, 0, picks.length);
    }

    /** Prominent, or in a country the rest of the text evidences, or near another place it names. */
    private static boolean coherent(int i, Place p, String[] keys, Context context) {
        return Prominence.of(p) >= PROMINENT || context.countryShare(p.countryCode(), keys[i]) > 0
                || context.anyPickedWithin(p, keys[i], FAR_KM);
    }

    /**
     * One sense per discourse: mentions of the same name without a qualifier of their own take
     * the reading with the best summed score over all of them.
     */
    private static void harmonise(List<Mention> mentions, String[] keys, List<List<NameHit>> candidates,
                                  double[][] scores, Place[] picks) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.qualifierIndex() >= 0 || m.countryHint() != null) {
                continue;
            }
            groups.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Map<Long, Double> total = new HashMap<>();
            Map<Long, Place> byId = new HashMap<>();
            for (int i : group) {
                List<NameHit> hits = candidates.get(i);
                for (int c = 0; c < hits.size(); c++) {
                    total.merge(hits.get(c).place().id(), scores[i][c], Double::sum);
                    byId.put(hits.get(c).place().id(), hits.get(c).place());
                }
            }
            Long best = total.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (best == null) {
                continue;
            }
            for (int i : group) {
                picks[i] = byId.get(best);
            }
        }
    }

    private static ResolvedToponym result(Mention m, List<NameHit> hits, double[] s, Place pick) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < hits.size(); c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingDouble((Integer c) -> -s[c]));
        double pickScore = 0;
        List<ResolvedToponym.Scored> alternatives = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(pick.id());
        for (int c : order) {
            Place p = hits.get(c).place();
            if (p.id() == pick.id()) {
                pickScore = s[c];
            } else if (alternatives.size() < 5 && seen.add(p.id())) {
                alternatives.add(new ResolvedToponym.Scored(p, normalise(s[c])));
            }
        }
        return new ResolvedToponym(m, pick, normalise(pickScore), alternatives);
    }

    private static double normalise(double raw) {
        return Math.round(Math.max(0, Math.min(1, raw / SCALE)) * 1000) / 1000.0;
    }

    /** What the text as a whole says: which countries and regions it is about. */
    private static final class Context {
        private final Map<String, Double> countryWeight = new HashMap<>();
        private final Map<String, Map<String, Double>> countryWeightBySource = new HashMap<>();
        /** Total evidence per source name (the sum of its countryWeightBySource row). */
        private final Map<String, Double> sourceTotal = new HashMap<>();
        private final Map<String, Set<String>> admin1Sources = new HashMap<>();
        /** admin-1 key → names of the other places picked inside it. */
        private final Map<String, Set<String>> childSources = new HashMap<>();
        /**
         * Each place picked, once per name it was picked for, with where in the text: a text naming
         * the same place a thousand times costs {@link #nearby} one comparison, not a thousand.
         */
        private final Map<String, Picked> picked = new LinkedHashMap<>();
        private double total;

        private record Picked(Place place, String key, List<Integer> starts) {
            /** Rivers, lakes, areas and countries have no point a town could be near. */
            boolean pointLike() {
                return !place.isCountry() && !"H".equals(place.featureClass()) && !"L".equals(place.featureClass());
            }
        }

        Context(List<Mention> mentions, String[] keys, Place[] picks, Map<String, Integer> demonyms) {
            demonyms.forEach((cc, count) -> add(cc, "", Math.min(3, count) * 0.7));
            for (int i = 0; i < picks.length; i++) {
                Place p = picks[i];
                String source = keys[i];
                if (p != null) {
                    picked.computeIfAbsent(p.id() + "\t" + source, k -> new Picked(p, source, new ArrayList<>()))
                            .starts().add(mentions.get(i).start());
                }
                if (mentions.get(i).countryHint() != null) {
                    add(mentions.get(i).countryHint(), source, 1.0);
                }
                if (p == null || p.countryCode() == null || p.countryCode().isEmpty()) {
                    continue;
                }
                add(p.countryCode(), source, p.isCountry() ? 1.5 : 1.0);
                if (!p.isAdmin1() && !p.isCountry() && p.admin1Key() != null) {
                    childSources.computeIfAbsent(p.admin1Key(), k -> new HashSet<>()).add(source);
                }
                if (p.isAdmin1()) {
                    admin1Sources.computeIfAbsent(p.countryCode() + "." + p.admin1Code(), k -> new HashSet<>()).add(source);
                } else if (p.admin1Key() != null && ("ADM2".equals(p.featureCode()))) {
                    admin1Sources.computeIfAbsent(p.admin1Key(), k -> new HashSet<>()).add(source);
                }
            }
        }

        private void add(String cc, String source, double w) {
            countryWeight.merge(cc, w, Double::sum);
            countryWeightBySource.computeIfAbsent(source, k -> new HashMap<>()).merge(cc, w, Double::sum);
            sourceTotal.merge(source, w, Double::sum);
            total += w;
        }

        /** Share of the text's country evidence, not counting the mentions of the name being scored. */
        double countryShare(String cc, String ownKey) {
            if (cc == null) {
                return 0;
            }
            Map<String, Double> own = countryWeightBySource.getOrDefault(ownKey, Map.of());
            double ownTotal = sourceTotal.getOrDefault(ownKey, 0.0);
            double rest = total - ownTotal;
            if (rest <= 0) {
                return 0;
            }
            double w = countryWeight.getOrDefault(cc, 0.0) - own.getOrDefault(cc, 0.0);
            // Square root: a country that is a third of the evidence still counts clearly.
            return Math.sqrt(Math.max(0, w) / rest);
        }

        boolean hasPlacesIn(String admin1Key, String ownKey) {
            Set<String> sources = childSources.get(admin1Key);
            return sources != null && (sources.size() > 1 || !sources.contains(ownKey));
        }

        /** Closeness, 0..1, to the nearest point-like place picked for another name in the text. */
        double nearby(Place p, int start, String ownKey) {
            double best = 0;
            double reachKm = Double.POSITIVE_INFINITY; // beyond this a place cannot beat the best so far
            for (Picked n : picked.values()) {
                Place q = n.place();
                if (!n.pointLike() || n.key().equals(ownKey)) {
                    continue;
                }
                // The latitude difference alone bounds the distance from below: skips the
                // trigonometry for most pairs once a near place is found.
                double atLeastKm = Math.abs(p.lat() - q.lat()) * KM_PER_DEGREE - (q.isAdmin1() ? 150 : 0);
                if (atLeastKm > reachKm) {
                    continue;
                }
                double km = GreatCircle.km(p.lat(), p.lon(), q.lat(), q.lon());
                if (q.isAdmin1()) {
                    km = Math.max(0, km - 150); // a region's point stands for an area ~300 km across
                }
                // A place named in the same breath counts fully, one named paragraphs away half.
                double textual = isNear(n.starts(), start) ? 1.0 : 0.5;
                double closeness = textual * Math.exp(-km / COHERENCE_KM);
                if (closeness > best) {
                    best = closeness;
                    reachKm = -COHERENCE_KM * Math.log(best);
                }
            }
            return best;
        }

        /** Whether a place picked for another name lies within {@code km} of {@code p}. */
        boolean anyPickedWithin(Place p, String ownKey, double km) {
            for (Picked n : picked.values()) {
                Place q = n.place();
                if (!n.key().equals(ownKey) && GreatCircle.km(p.lat(), p.lon(), q.lat(), q.lon()) <= km) {
                    return true;
                }
            }
            return false;
        }

        /** True when one of the ascending positions lies within {@link #NEAR_IN_TEXT} of {@code start}. */
        private static boolean isNear(List<Integer> ascending, int start) {
            int i = Collections.binarySearch(ascending, start);
            if (i >= 0) {
                return true;
            }
            int after = -i - 1;
            return (after < ascending.size() && ascending.get(after) - start <= NEAR_IN_TEXT)
                    || (after > 0 && start - ascending.get(after - 1) <= NEAR_IN_TEXT);
        }

        boolean mentionsAdmin1(String admin1Key, String ownKey) {
            Set<String> sources = admin1Sources.get(admin1Key);
            if (sources == null) {
                return false;
            }
            return sources.size() > 1 || !sources.contains(ownKey);
        }
    }
}
