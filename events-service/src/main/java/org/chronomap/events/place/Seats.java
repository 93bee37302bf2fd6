package org.chronomap.events.place;

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
        int start = reporting - 1;
        while (start >= 0 && reporting - start <= 10) {
            Token t = tokens.get(start);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.text().equals(",") || t.text().equals(".") || t.text().equals(";") || t.text().equals(":")
                    || t.tag().equals("SCONJ") || t.tag().equals("VERB") || lower.equals("that")
                    || lower.equals("who") || lower.equals("which") || t.text().equals("“") || t.text().equals("”")) {
                break;
            }
            start--;
        }
        StringBuilder words = new StringBuilder(" ");
        boolean office = false;
        for (int i = start + 1; i < reporting; i++) {
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
