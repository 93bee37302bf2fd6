package org.chronomap.events.extract;

import org.chronomap.events.extract.event.EventCandidate;
import org.chronomap.events.extract.event.PredicateFrames;
import org.chronomap.events.extract.sentence.AnalyzedText.Token;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The content lemmas around an event's predicate, with near-synonyms folded together ("strike" and
 * "attack", "incursion" and "offensive", "talks" and "negotiation"), so that two articles wording one
 * happening differently still share most of them. Reporting verbs and function words are left out.
 */
public final class Signature {

    /** Tokens either side of the predicate that describe the happening (a long clause, in practice). */
    private static final int WINDOW = 15;
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("strike", "attack"), Map.entry("airstrike", "attack"), Map.entry("raid", "attack"),
            Map.entry("incursion", "offensive"), Map.entry("operation", "offensive"), Map.entry("invade", "offensive"),
            Map.entry("invasion", "offensive"), Map.entry("assault", "offensive"), Map.entry("cross", "offensive"),
            Map.entry("campaign", "offensive"), Map.entry("war", "offensive"), Map.entry("conflict", "offensive"),
            Map.entry("launch", "begin"), Map.entry("start", "begin"),
            Map.entry("talks", "negotiation"), Map.entry("talk", "negotiation"), Map.entry("negotiate", "negotiation"),
            Map.entry("discuss", "negotiation"),
            Map.entry("capture", "seize"), Map.entry("occupy", "seize"),
            Map.entry("uav", "drone"),
            Map.entry("blaze", "fire"), Map.entry("burn", "fire"), Map.entry("rage", "fire"),
            Map.entry("kill", "death"), Map.entry("die", "death"), Map.entry("injure", "wound"));
    private static final Set<String> STOP = Set.of("russian", "ukrainian", "new", "other", "first", "second",
            "last", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "day",
            "year", "month", "ago", "mr", "president", "minister", "government", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "have",
            "be", "do", "say", "also", "will", "would", "evening", "morning", "night", "today", "yesterday",
            // words for kinds of places: place agreement is judged from the places themselves
            "region", "city", "town", "village", "area", "country", "district", "province", "oblast", "side",
            "territory", "state");

    private Signature() {
    }

    public static Set<String> of(EventCandidate candidate) {
        Set<String> lemmas = new TreeSet<>();
        var tokens = candidate.sentence().tokens();
        int from = Math.max(0, candidate.predicate() - WINDOW);
        int to = Math.min(tokens.size() - 1, candidate.predicate() + WINDOW);
        boolean[] source = sourceWords(candidate);
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (!CONTENT.contains(t.tag()) || t.text().length() < 2 || source[i]) {
                continue;
            }
            var frame = PredicateFrames.lookup(t.lemma(), t.tag());
            if (frame.isPresent() && frame.get().role() == PredicateFrames.Role.REPORTING) {
                continue;
            }
            String lemma = normalise(t.tag().equals("PROPN") ? t.text()
                    : frame.map(PredicateFrames.Frame::lemma).orElse(t.lemma()));
            if (!STOP.contains(lemma) && !lemma.matches("\\d{1,4}")) {
                lemmas.add(lemma);
            }
        }
        return lemmas;
    }

    /**
     * Marks the words that name who reports a happening rather than the happening: "according to regional
     * governor Vasily Golubev", and for a report folded into what it reports, the reporting clause
     * ("…, the Proletarsk district administration said on Telegram"). Two articles citing different
     * sources for one fire share the fire's words, not the sources'. A statement keeps its speaker,
     * which is what it is about.
     */
    static boolean[] sourceWords(EventCandidate candidate) {
        var tokens = candidate.sentence().tokens();
        boolean[] source = new boolean[tokens.size()];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).lemma().equals("accord") && tokens.get(i + 1).lemma().equals("to")) {
                for (int j = i; j < tokens.size() && !isClauseEdge(tokens.get(j)); j++) {
                    source[j] = true;
                }
            }
        }
        if (candidate.isStatement()) {
            return source;
        }
        for (int r = 0; r < tokens.size(); r++) {
            Token t = tokens.get(r);
            var frame = PredicateFrames.lookup(t.lemma(), t.tag());
            if (r == candidate.predicate() || !t.tag().equals("VERB") || frame.isEmpty()
                    || frame.get().role() != PredicateFrames.Role.REPORTING) {
                continue;
            }
            // the speaker before the reporting verb and, for a report after its content, the
            // complements after it ("said on Telegram"), up to the clause's edges
            for (int j = r; j >= 0 && !isClauseEdge(tokens.get(j)); j--) {
                source[j] = true;
            }
            if (r > candidate.predicate()) {
                for (int j = r; j < tokens.size() && !isClauseEdge(tokens.get(j)); j++) {
                    source[j] = true;
                }
            }
        }
        return source;
    }

    private static final Set<String> CLAUSE_EDGES = Set.of(",", ";", ".", ":", "“", "”", "\"");

    private static boolean isClauseEdge(Token t) {
        return CLAUSE_EDGES.contains(t.text()) || t.tag().equals("SCONJ")
                || t.lemma().equals("that");
    }

    public static String normalise(String word) {
        // Accents folded: reports spell the same name with and without them ("Zalizné", "Zalizne").
        String lower = ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replaceAll("[’'`]s?$", "");
        return SYNONYMS.getOrDefault(lower, lower);
    }

    /** Overlap coefficient |A∩B| / min(|A|,|B|): one short clause may restate a longer one. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.min(a.size(), b.size());
    }
}
