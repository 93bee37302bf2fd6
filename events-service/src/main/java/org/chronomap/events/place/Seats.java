package org.chronomap.events.place;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.AnalyzedText.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a statement is made when the text names only its speaker: the seat of a well-known institution
 * ("the Kremlin said" → Moscow, "the White House said" → Washington) or the capital of the country
 * whose government, president, ministry or army speaks ("Ukrainian President Volodymyr Zelensky said" →
 * Kyiv, "Russia on Monday ruled out" → Moscow). World knowledge, kept small and general: capitals and
 * seats with their GeoNames ids and coordinates (geonames.org, feature class P, code PPLC or PPLA).
 */
public final class Seats {

    /** A seat: name, GeoNames id, country code, latitude, longitude. */
    public record Seat(String name, long geonameId, String countryCode, double lat, double lon) {
    }

    private static final Seat MOSCOW = new Seat("Moscow", 524901, "RU", 55.75222, 37.61556);
    private static final Seat KYIV = new Seat("Kyiv", 703448, "UA", 50.45466, 30.5238);
    private static final Seat WASHINGTON = new Seat("Washington", 4140963, "US", 38.89511, -77.03637);
    private static final Seat PARIS = new Seat("Paris", 2988507, "FR", 48.85341, 2.3488);
    private static final Seat LONDON = new Seat("London", 2643743, "GB", 51.50853, -0.12574);
    private static final Seat BERLIN = new Seat("Berlin", 2950159, "DE", 52.52437, 13.41053);
    private static final Seat BEIJING = new Seat("Beijing", 1816670, "CN", 39.9075, 116.39723);
    private static final Seat NEW_DELHI = new Seat("New Delhi", 1261481, "IN", 28.63576, 77.22445);
    private static final Seat MINSK = new Seat("Minsk", 625144, "BY", 53.9, 27.56667);
    private static final Seat WARSAW = new Seat("Warsaw", 756135, "PL", 52.22977, 21.01178);
    private static final Seat BRUSSELS = new Seat("Brussels", 2800866, "BE", 50.85045, 4.34878);
    private static final Seat ANKARA = new Seat("Ankara", 323786, "TR", 39.91987, 32.85427);
    private static final Seat TEHRAN = new Seat("Tehran", 112931, "IR", 35.69439, 51.42151);
    private static final Seat JERUSALEM = new Seat("Jerusalem", 281184, "IL", 31.76904, 35.21633);
    private static final Seat TOKYO = new Seat("Tokyo", 1850147, "JP", 35.6895, 139.69171);
    private static final Seat ROME = new Seat("Rome", 3169070, "IT", 41.89193, 12.51133);
    private static final Seat OTTAWA = new Seat("Ottawa", 6094817, "CA", 45.41117, -75.69812);
    private static final Seat GENEVA = new Seat("Geneva", 2660646, "CH", 46.20222, 6.14569);
    private static final Seat NEW_YORK = new Seat("New York", 5128581, "US", 40.71427, -74.00597);
    private static final Seat VATICAN = new Seat("Vatican City", 6691831, "VA", 41.90268, 12.45414);

    /** Institutions and offices by their usual names in English news (lower case, whole words). */
    private static final Map<String, Seat> INSTITUTIONS = Map.ofEntries(
            Map.entry("kremlin", MOSCOW), Map.entry("white house", WASHINGTON), Map.entry("pentagon", WASHINGTON),
            Map.entry("elysee", PARIS), Map.entry("élysée", PARIS), Map.entry("downing street", LONDON),
            Map.entry("whitehall", LONDON), Map.entry("bundestag", BERLIN), Map.entry("verkhovna rada", KYIV),
            Map.entry("duma", MOSCOW), Map.entry("nato", BRUSSELS), Map.entry("european commission", BRUSSELS),
            Map.entry("un security council", NEW_YORK), Map.entry("united nations", NEW_YORK),
            Map.entry("world health organization", GENEVA), Map.entry("vatican", VATICAN),
            Map.entry("holy see", VATICAN), Map.entry("zhongnanhai", BEIJING));

    /** Countries, by name and by adjective, to their capitals. */
    private static final Map<String, Seat> COUNTRIES = Map.ofEntries(
            Map.entry("russia", MOSCOW), Map.entry("russian", MOSCOW), Map.entry("ukraine", KYIV),
            Map.entry("ukrainian", KYIV), Map.entry("united states", WASHINGTON), Map.entry("u.s.", WASHINGTON),
Map.entry("american", WASHINGTON), Map.entry("france", PARIS),
            Map.entry("french", PARIS), Map.entry("britain", LONDON), Map.entry("uk", LONDON),
            Map.entry("british", LONDON), Map.entry("germany", BERLIN), Map.entry("german", BERLIN),
            Map.entry("china", BEIJING), Map.entry("chinese", BEIJING), Map.entry("india", NEW_DELHI),
            Map.entry("indian", NEW_DELHI), Map.entry("belarus", MINSK), Map.entry("belarusian", MINSK),
            Map.entry("poland", WARSAW), Map.entry("polish", WARSAW), Map.entry("turkey", ANKARA),
            Map.entry("turkish", ANKARA), Map.entry("iran", TEHRAN), Map.entry("iranian", TEHRAN),
            Map.entry("israel", JERUSALEM), Map.entry("israeli", JERUSALEM), Map.entry("japan", TOKYO),
            Map.entry("japanese", TOKYO), Map.entry("italy", ROME), Map.entry("italian", ROME),
            Map.entry("canada", OTTAWA), Map.entry("canadian", OTTAWA));

    private static final Set<String> NAMES = Set.of("russia", "ukraine", "united states", "u.s.", "france", "britain",
            "uk", "germany", "china", "india", "belarus", "poland", "turkey", "iran", "israel", "japan", "italy",
            "canada");

    /** Words for a country's government speaking: "the Ukrainian president", "Russia's foreign ministry". */
    private static final Set<String> OFFICES = Set.of("president", "presidency", "government", "ministry", "minister",
            "premier", "chancellor", "cabinet", "army", "military", "forces", "troops", "parliament", "leader",
            "spokesman", "spokeswoman", "spokesperson", "authorities", "officials", "diplomat", "diplomats",
            "diplomacy", "administration", "prime", "general", "staff", "command");

    private Seats() {
    }

    /**
     * The seat of the speaker whose noun phrase ends right before the reporting predicate (or, for
     * "…, the Kremlin said", the phrase after the last comma), or empty.
     */
    public static Optional<Seat> ofSpeaker(List<Token> tokens, int reporting) {
        if (reporting < 0) {
            return Optional.empty();
        }
        // "Germany, the second largest contributor after the United States, assured": the speaker is the
        // name before the appositive, not a name inside it
        int appositive = appositiveStart(tokens, reporting);
        int end = appositive >= 0 ? appositive : reporting;
        int start = end - 1;
        // a noun's speaker is inside its own noun phrase ("the Russian proposal"), not before a preposition
        boolean noun = reporting < tokens.size() && tokens.get(reporting).tag().equals("NOUN");
        while (start >= 0 && end - start <= 10) {
            Token t = tokens.get(start);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (noun && t.tag().equals("ADP") || t.text().equals(",") || t.text().equals(".") || t.text().equals(";") || t.text().equals(":")
                    || t.tag().equals("SCONJ") || t.tag().equals("VERB") || lower.equals("that")
                    || lower.equals("who") || lower.equals("which") || t.text().equals("“") || t.text().equals("”")) {
                break;
            }
            start--;
        }
        StringBuilder words = new StringBuilder(" ");
        boolean office = false;
        for (int i = start + 1; i < end; i++) {
            String text = tokens.get(i).text();
            if (tokens.get(i).tag().equals("DET") || text.equals("’s") || text.equals("'s")) {
                continue;
            }
            String lower = text.equals("US") ? "u.s." : text.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "");
            words.append(lower).append(' ');
            office |= OFFICES.contains(lower) || OFFICES.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
        }
        return of(words.toString(), office);
    }

    /** The longest an appositive between a speaker and its verb is taken to be, in tokens. */
    private static final int APPOSITIVE_REACH = 12;

    /**
     * Where an appositive noun phrase set off by commas right before the verb begins ("X, the … , said"): the
     * index of its opening comma, or -1 when the verb does not follow such a phrase.
     */
    private static int appositiveStart(List<Token> tokens, int verb) {
        if (verb < 3 || !tokens.get(verb - 1).text().equals(",")) {
            return -1;
        }
        for (int i = verb - 2; i >= Math.max(1, verb - APPOSITIVE_REACH); i--) {
            Token t = tokens.get(i);
            if (t.text().equals(",")) {
                return i + 1 < verb - 1 && tokens.get(i + 1).tag().equals("DET") ? i : -1;
            }
            if (t.tag().equals("AUX") || isClauseBreak(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** Pronouns that stand for a person speaking or owning the speaker ("he added", "one of his advisers"). */
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her");
    /** How many sentences back a pronoun looks for the office-holder it stands for. */
    private static final int PRONOUN_REACH = 3;

    /**
     * The seat of a speaker named without an office in the clause, from the office the same article
     * gives that person: "Putin addressed …" or "the proposal articulated by Putin" after "Russian President
     * Vladimir Putin" → Moscow; "One of his advisers, Mykhailo Podoliak, said" and "he added" → the seat of
     * the office-holder last named before ("Ukrainian President Volodymyr Zelensky assured"). A report in a
     * participial clause ("said on Monday, after indicating the day before") has the main clause's speaker.
     * No table of persons: only what the article says of them.
     */
    public static Optional<Seat> ofPerson(AnalyzedText text, AnalyzedText.Sentence sentence, int reporting) {
        List<Token> tokens = sentence.tokens();
        if (reporting < 0 || reporting >= tokens.size()) {
            return Optional.empty();
        }
        int speakerOf = mainReport(tokens, reporting);
        if (speakerOf != reporting) {
            Optional<Seat> main = ofSpeaker(tokens, speakerOf);
            if (main.isPresent()) {
                return main;
            }
        }
        Token name = null;
        boolean pronoun = false;
        boolean noun = tokens.get(speakerOf).tag().equals("NOUN");
        for (int i = speakerOf - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (isClauseBreak(t) || noun && t.tag().equals("ADP")) {
                break;
            }
            if (name == null && t.tag().equals("PROPN") && Character.isUpperCase(t.text().charAt(0))) {
                name = t;
            }
            pronoun |= PERSONAL.contains(t.text().toLowerCase(Locale.ROOT));
        }
        // the agent of a passive report: "the proposal articulated by Putin", "annexed by Moscow"
        int by = speakerOf + 1;
        if (by < tokens.size() && tokens.get(by).tag().equals("VERB") && tokens.get(by).text().endsWith("ed")) {
            by++;
        }
        if (name == null && !pronoun && by + 1 < tokens.size() && tokens.get(by).text().equalsIgnoreCase("by")) {
            for (int i = by + 1; i < tokens.size() && tokens.get(i).tag().equals("PROPN"); i++) {
                name = tokens.get(i);
            }
        }
        // a sentence opening on a participle has the main clause's subject: "Speaking at a meeting …, Putin"
        if (name == null && !pronoun && tokens.get(0).tag().equals("VERB") && tokens.get(0).text().endsWith("ing")) {
            int comma = 1;
            while (comma < tokens.size() && !tokens.get(comma).text().equals(",")) {
                comma++;
            }
            for (int i = comma + 1; i < tokens.size() && tokens.get(i).tag().equals("PROPN"); i++) {
                name = tokens.get(i);
            }
        }
        Optional<Seat> named = name == null ? Optional.empty() : ofNamed(text, sentence, name.text());
        return named.isEmpty() && pronoun ? lastOfficeHolder(text, sentence) : named;
    }

    /** For a gerund after "after"/"before"/"while", the reporting verb of the main clause; else {@code reporting}. */
    private static int mainReport(List<Token> tokens, int reporting) {
        Token verb = tokens.get(reporting);
        if (reporting == 0 || !verb.text().endsWith("ing")
                || !Set.of("SCONJ", "ADP").contains(tokens.get(reporting - 1).tag())) {
            return reporting;
        }
        for (int i = reporting - 2; i >= 0; i--) {
            Token t = tokens.get(i);
            var frame = org.chronomap.events.extract.event.PredicateFrames.lookup(t.lemma(), t.tag());
            if (t.tag().equals("VERB") && frame.isPresent()
                    && frame.get().role() == org.chronomap.events.extract.event.PredicateFrames.Role.REPORTING) {
                return i;
            }
        }
        return reporting;
    }

    private static boolean isClauseBreak(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return t.text().equals(".") || t.text().equals(";") || t.text().equals(":") || t.tag().equals("SCONJ")
                || t.tag().equals("VERB") || lower.equals("that") || lower.equals("who") || lower.equals("which")
                || t.text().equals("“") || t.text().equals("”") || t.text().equals("\"");
    }

    /**
     * The seat of the office the article gives a person, up to the sentence itself ("Russian President Vladimir
     * Putin" → Moscow for a later "Putin"), or empty.
     */
    public static Optional<Seat> ofNamed(AnalyzedText text, AnalyzedText.Sentence upTo, String name) {
        for (AnalyzedText.Sentence s : text.sentences()) {
            if (s.index() > upTo.index()) {
                break;
            }
            if (!s.text(text.text()).contains(withoutPossessive(name))) {
                continue; // sentences are tagged on first use: only those that hold the name are worth it
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (withoutPossessive(tokens.get(i).text()).equalsIgnoreCase(withoutPossessive(name)) && tokens.get(i).tag().equals("PROPN")) {
                    Optional<Seat> seat = ofSpeaker(tokens, i + 1);
                    if (seat.isPresent()) {
                        return seat;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "Putin’s" → "Putin": the tokenizer keeps a curly possessive on its name. */
    private static String withoutPossessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /** The seat of the last person named with an office in the sentences just before. */
    private static Optional<Seat> lastOfficeHolder(AnalyzedText text, AnalyzedText.Sentence sentence) {
        for (int k = sentence.index() - 1; k >= Math.max(0, sentence.index() - PRONOUN_REACH); k--) {
            List<Token> tokens = text.sentences().get(k).tokens();
            for (int i = tokens.size() - 1; i >= 0; i--) {
                boolean endOfName = tokens.get(i).tag().equals("PROPN")
                        && (i + 1 == tokens.size() || !tokens.get(i + 1).tag().equals("PROPN"));
                if (endOfName) {
                    Optional<Seat> seat = ofSpeaker(tokens, i + 1);
                    if (seat.isPresent()) {
                        return seat;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The country code of a country adjective ("Ukrainian" → UA), or empty for a name or another word. */
    public static Optional<String> countryOfAdjective(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Seat seat = COUNTRIES.get(lower);
        return seat == null || NAMES.contains(lower) ? Optional.empty() : Optional.of(seat.countryCode());
    }

    static Optional<Seat> of(String paddedWords, boolean office) {
        for (var e : INSTITUTIONS.entrySet()) {
            if (paddedWords.contains(" " + e.getKey() + " ")) {
                return Optional.of(e.getValue());
            }
        }
        for (var e : COUNTRIES.entrySet()) {
            String key = " " + e.getKey() + " ";
            if (!paddedWords.contains(key)) {
                continue;
            }
            boolean isName = NAMES.contains(e.getKey());
            // a country's name alone speaks for its government ("Russia ruled out"); its adjective only
            // with an office ("Ukrainian president", not "Ukrainian farmers")
            if (office || isName && paddedWords.startsWith(key)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
