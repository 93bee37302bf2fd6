package org.chronomap.geo.geoparse.extractor;

import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.index.GazetteerIndex;
import org.chronomap.geo.index.NameHit;
import org.chronomap.geo.index.NameNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds place-name mentions (CLAVIN's extractor step). There is no English NER model on our
 * Maven repository, so this is gazetteer look-up over capitalised token sequences, with rules
 * against the usual false friends: sentence-initial common words, months and titles, person
 * names ("President X", a first name before a surname), organisations in capitals, demonyms.
 */
public final class ToponymSpotter {

    /** Longest name looked up, in tokens ("Bosnia and Herzegovina", "Zaporozhye Nuclear Power Plant"). */
    private static final int MAX_TOKENS = 6;
    /** Lower-case words allowed inside a name: "Rostov-on-Don", "Gulf of Aden", "Bosnia and Herzegovina". */
    private static final Set<String> CONNECTORS = Set.of("of", "on", "upon", "de", "del", "la", "le", "du", "des",
            "and", "am", "an", "der", "-", "al", "el", "the", "sur", "da", "do", "dos", "di", "y", "en", "'s", "’s", "&");

    private final GazetteerIndex index;
    private final WordLists words;

    public ToponymSpotter(GazetteerIndex index, WordLists words) {
        this.index = index;
        this.words = words;
    }

    /** Mentions and the country evidence of demonyms found along the way. */
    public record Result(List<Mention> mentions, Map<String, Integer> demonymCountries) {
    }

    public Result spot(String text, List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, Integer> demonyms = new HashMap<>();
        Set<String> personNames = new HashSet<>();
        Set<Integer> titleCaseSentences = titleCaseSentences(tokens);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String key = NameNormalizer.key(t.text());
            String demonym = words.demonymCountry(key);
            if (demonym != null && t.isCapitalised() && !startsLongerName(text, tokens, i)) {
                demonyms.merge(demonym, 1, Integer::sum);
                i++;
                continue;
            }
            if (!isStartCandidate(t)) {
                i++;
                continue;
            }
            if (words.isTitle(key) || followsTitle(tokens, i)) {
                i = skipCapitalisedRun(tokens, i, personNames, false);
                continue;
            }
            Mention m = longestMatch(text, tokens, i, titleCaseSentences.contains(t.sentence()), personNames);
            if (m == null) {
                i++;
                continue;
            }
            mentions.add(m);
            i = tokenAfter(tokens, i, m.end());
        }
        return new Result(linkQualifiers(text, mentions), demonyms);
    }

    private Mention longestMatch(String text, List<Token> tokens, int first, boolean titleCase, Set<String> personNames) {
        Token head = tokens.get(first);
        int runEnd = capitalisedRunEnd(tokens, first);
        for (int n = Math.min(MAX_TOKENS, tokens.size() - first); n >= 1; n--) {
            int lastIndex = first + n - 1;
            Token last = tokens.get(lastIndex);
            boolean lowerSingle = n == 1 && !head.isCapitalised();
            if (last.sentence() != head.sentence() || !(isNameWord(last) || lowerSingle)) {
                continue;
            }
            if (!allInside(tokens, first, lastIndex)) {
                continue;
            }
            String phrase = text.substring(head.start(), last.end());
            String key = NameNormalizer.key(phrase);
            if (key.isEmpty()) {
                continue;
            }
            WordLists.Hint trailing = WordLists.Hint.NONE;
            String lookup = phrase;
            boolean found = known(key);
            if (!found && n > 1 && last.isCapitalised()) {
                // "Seym River", "Kursk Region": the name without its capitalised designator.
                trailing = words.designator(NameNormalizer.key(last.text()));
                if (trailing != WordLists.Hint.NONE) {
                    Token before = tokens.get(lastIndex - 1);
                    lookup = text.substring(head.start(), before.end());
                    found = known(NameNormalizer.key(lookup));
                }
            }
            if (!found) {
                continue;
            }
            if (!acceptable(tokens, first, lastIndex, key, runEnd, titleCase, personNames)) {
                return null;
            }
            WordLists.Hint hint = trailing != WordLists.Hint.NONE ? trailing : followingHint(tokens, lastIndex);
            if (hint == WordLists.Hint.NONE) {
                hint = precedingKindHint(tokens, first);
            }
            return new Mention(head.start(), last.end(), phrase, lookup, hint, precedingCountry(tokens, first), -1);
        }
        return null;
    }

    private boolean known(String key) {
        return index.hasKey(key) || index.hasVariant(NameNormalizer.variantKey(key));
    }

    /** The rules that keep common words and person names out; {@code key} is the span's key. */
    private boolean acceptable(List<Token> tokens, int first, int last, String key, int runEnd, boolean titleCase,
                               Set<String> personNames) {
        Token head = tokens.get(first);
        boolean single = first == last;
        if (single && (words.isStopword(key) || personNames.contains(key))) {
            return false;
        }
        if (single && head.isAllCaps() && head.text().length() <= 5) {
            // Acronyms are organisations (NATO, WHO, UN) unless they name a country (US, UK, UAE).
            return namesCountry(head.text());
        }
        if (!head.isCapitalised()) {
            // Lower-case mentions ("kyiv said") only for capital cities, which news writes that way.
            return single && namesMajorCapital(head.text());
        }
        if (single && !"PROPN".equals(head.pos()) && !namesProminentPlace(head.text())) {
            // "Reading", "Mobile", "Bath" as ordinary words: the tagger says they are not names.
            return false;
        }
        if (!titleCase && last < runEnd - 1 && !isDesignatorAt(tokens, last + 1)) {
            // The match is only the start of a longer name: "Washington Post", "Vladimir Putin".
            rememberPerson(tokens, first, runEnd, personNames);
            return false;
        }
        if (!titleCase && first > 0 && isPartOfRunBefore(tokens, first)) {
            // The match ends a longer capitalised run: "Volodymyr Zelensky", "Sergei Shoigu".
            return false;
        }
        return true;
    }

    private boolean isPartOfRunBefore(List<Token> tokens, int first) {
        Token prev = tokens.get(first - 1);
        Token head = tokens.get(first);
        return prev.sentence() == head.sentence() && !prev.sentenceStart() && prev.isCapitalised()
                && prev.isWord() && !prev.isAllCaps() && adjacent(prev, head)
                && words.demonymCountry(NameNormalizer.key(prev.text())) == null
                && !words.isTitle(NameNormalizer.key(prev.text()))
                && !known(NameNormalizer.key(prev.text()));
    }

    private void rememberPerson(List<Token> tokens, int first, int runEnd, Set<String> personNames) {
        int length = runEnd - first;
        if (length >= 2 && length <= 3) {
            personNames.add(NameNormalizer.key(tokens.get(runEnd - 1).text()));
        }
    }

    private boolean namesCountry(String text) {
        for (NameHit h : index.lookup(text, false, 20)) {
            if (h.match() == NameHit.Match.EXACT && h.place().isCountry()) {
                return true;
            }
        }
        return false;
    }

    private boolean namesMajorCapital(String text) {
        String key = NameNormalizer.key(text);
        if (words.isStopword(key) || !index.hasKey(key)) {
            return false;
        }
        for (NameHit h : index.lookup(text, false, 20)) {
            Place p = h.place();
            if (h.match() == NameHit.Match.EXACT && "PPLC".equals(p.featureCode()) && p.population() >= 500_000) {
                return true;
            }
        }
        return false;
    }

    private boolean namesProminentPlace(String text) {
        for (NameHit h : index.lookup(text, false, 50)) {
            Place p = h.place();
            if (h.match() == NameHit.Match.EXACT && (p.isCountry() || p.isAdmin1() || "PPLC".equals(p.featureCode())
                    || p.population() >= 100_000)) {
                return true;
            }
        }
        return false;
    }

    private boolean isStartCandidate(Token t) {
        if (!t.isWord()) {
            return false;
        }
        if (t.isCapitalised()) {
            return true;
        }
        // Lower-case capitals ("kyiv said"): only words the tagger reads as nouns or names.
        return t.text().length() >= 4 && ("PROPN".equals(t.pos()) || "NOUN".equals(t.pos()));
    }

    /** "the Russian city of X": the kind word before "of" says what X is. */
    private WordLists.Hint precedingKindHint(List<Token> tokens, int first) {
        if (first >= 2 && "of".equalsIgnoreCase(tokens.get(first - 1).text())) {
            return words.designator(NameNormalizer.key(tokens.get(first - 2).text()));
        }
        return WordLists.Hint.NONE;
    }

    private boolean isNameWord(Token t) {
        return t.isWord() && (t.isCapitalised() || Character.isDigit(t.text().charAt(0)));
    }

    /** Tokens between first and last are name words or connectors, without a line or comma between. */
    private boolean allInside(List<Token> tokens, int first, int last) {
        if (!tokens.get(first).isCapitalised() && first != last) {
            return false;
        }
        for (int k = first + 1; k <= last; k++) {
            Token t = tokens.get(k);
            if (!adjacent(tokens.get(k - 1), t)) {
                return false;
            }
            if (k < last && !isNameWord(t) && !CONNECTORS.contains(t.text().toLowerCase(java.util.Locale.ROOT))
                    && !".".equals(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** Only spaces (no line break) between two tokens. */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() <= 2;
    }

    /** Index one past the last capitalised word of the run starting at {@code first}. */
    private int capitalisedRunEnd(List<Token> tokens, int first) {
        int k = first + 1;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (t.sentence() != tokens.get(first).sentence() || !t.isCapitalised() || !t.isWord() || t.isAllCaps()
                    || !adjacent(tokens.get(k - 1), t) || words.isTitle(NameNormalizer.key(t.text()))) {
                break;
            }
            k++;
        }
        return k;
    }

    private boolean isDesignatorAt(List<Token> tokens, int k) {
        return k < tokens.size() && words.designator(NameNormalizer.key(tokens.get(k).text())) != WordLists.Hint.NONE;
    }

    private boolean followsTitle(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (".".equals(prev.text()) && i >= 2) {
            prev = tokens.get(i - 2); // "Gov. Smith"
        }
        return prev.sentence() == tokens.get(i).sentence() && prev.isCapitalised()
                && words.isTitle(NameNormalizer.key(prev.text()));
    }

    /** Skips a person's name after a title, remembering the surname for later bare mentions. */
    private int skipCapitalisedRun(List<Token> tokens, int i, Set<String> personNames, boolean unused) {
        int k = i;
        if (words.isTitle(NameNormalizer.key(tokens.get(k).text()))) {
            return k + 1;
        }
        int end = capitalisedRunEnd(tokens, k);
        personNames.add(NameNormalizer.key(tokens.get(end - 1).text()));
        return end;
    }

    /** A demonym that begins a longer name ("South African" no, "Russian Federation" yes). */
    private boolean startsLongerName(String text, List<Token> tokens, int i) {
        for (int n = Math.min(MAX_TOKENS, tokens.size() - i); n >= 2; n--) {
            Token last = tokens.get(i + n - 1);
            if (!isNameWord(last) || !allInside(tokens, i, i + n - 1)) {
                continue;
            }
            if (index.hasKey(NameNormalizer.key(text.substring(tokens.get(i).start(), last.end())))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case designator right after the name: "Kursk region", "the Seym river". */
    private WordLists.Hint followingHint(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return WordLists.Hint.NONE;
        }
        Token next = tokens.get(last + 1);
        if (next.sentence() != tokens.get(last).sentence()) {
            return WordLists.Hint.NONE;
        }
        WordLists.Hint h = words.designator(NameNormalizer.key(next.text()));
        if (h == WordLists.Hint.NONE && "region".equalsIgnoreCase(next.text())) {
            return WordLists.Hint.ADMIN;
        }
        return h;
    }

    /**
     * "the Russian city of X", "Ukraine's Donetsk region", "the Ukrainian region of Donetsk":
     * the country a phrase before the name assigns to it, or null.
     */
    private String precedingCountry(List<Token> tokens, int first) {
        // [demonym] [kind word] of X
        if (first >= 3 && "of".equalsIgnoreCase(tokens.get(first - 1).text())) {
            String kind = NameNormalizer.key(tokens.get(first - 2).text());
            String country = words.demonymCountry(NameNormalizer.key(tokens.get(first - 3).text()));
            if (country != null && words.designator(kind) != WordLists.Hint.NONE) {
                return country;
            }
        }
        // [demonym] X ("the Russian town Sudzha") and "X's Y" are left to context.
        if (first >= 1) {
            String country = words.demonymCountry(NameNormalizer.key(tokens.get(first - 1).text()));
            if (country != null && tokens.get(first - 1).sentence() == tokens.get(first).sentence()) {
                return country;
            }
        }
        return null;
    }

    /** The kind word of "the Russian city of X" → hint, applied in the resolver via countryHint. */
    private static int tokenAfter(List<Token> tokens, int from, int charEnd) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).start() < charEnd) {
            k++;
        }
        return k;
    }

    /** "Pokrovsk, Donetsk region" / "Kherson, Ukraine": the second mention qualifies the first. */
    private static List<Mention> linkQualifiers(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int k = 0; k + 1 < out.size(); k++) {
            Mention a = out.get(k);
            Mention b = out.get(k + 1);
            String between = text.substring(a.end(), b.start());
            if (between.equals(", ") || between.equals(",") || between.equals(" (") || between.equals(" in ")) {
                out.set(k, a.withQualifier(k + 1));
            }
        }
        return out;
    }

    /** Sentences written in Title Case (headlines), where capitalisation says nothing about names. */
    private static Set<Integer> titleCaseSentences(List<Token> tokens) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (Token t : tokens) {
            if (!t.isWord() || t.text().length() < 4) {
                continue;
            }
            int[] c = counts.computeIfAbsent(t.sentence(), s -> new int[2]);
            c[0]++;
            if (t.isCapitalised()) {
                c[1]++;
            }
        }
        Set<Integer> result = new HashSet<>();
        counts.forEach((s, c) -> {
            if (c[0] >= 3 && c[1] * 10 >= c[0] * 7) {
                result.add(s);
            }
        });
        return result;
    }
}
