package org.chronomap.geo.geoparse.extractor;

import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.index.GazetteerIndex;
import org.chronomap.geo.index.NameHit;
import org.chronomap.geo.index.NameNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds place-name mentions (CLAVIN's extractor step). There is no English NER model on our
 * Maven repository, so this is gazetteer look-up over capitalised token sequences, with rules
 * against the usual false friends: sentence-initial common words, months and titles, person
 * names ("President X", a first name before a surname), organisations in capitals, demonyms,
 * names of diseases ("West Nile virus").
 */
public final class ToponymSpotter {

    /** Longest name looked up, in tokens ("Bosnia and Herzegovina", "Zaporozhye Nuclear Power Plant"). */
    private static final int MAX_TOKENS = 6;
    /** Lower-case words allowed inside a name: "Rostov-on-Don", "Gulf of Aden", "Bosnia and Herzegovina". */
    private static final Set<String> CONNECTORS = Set.of("of", "on", "upon", "de", "del", "la", "le", "du", "des",
            "and", "am", "an", "der", "-", "al", "el", "the", "sur", "da", "do", "dos", "di", "y", "en", "&", ".",
            "'s", "’s");
    /** Capitalised compass words that extend a name's span ("North Texas") without changing the place. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
            "greater", "northeastern", "northwestern", "southeastern", "southwestern", "mid");
    /** Words after a place name that make it the name of a disease or pathogen ("Marburg virus"). */
    private static final Set<String> DISEASE_WORDS = Set.of("virus", "viruses", "fever", "disease", "flu",
            "influenza", "encephalitis", "syndrome", "strain", "hemorrhagic", "haemorrhagic", "pox", "bacterium");
    /**
     * Words that make a capitalised run an organisation named after its place ("Gainesville Police
     * Department", "Texas Southern University"): the place name in it still names the place.
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of("police", "department", "dept", "university",
            "college", "school", "schools", "hospital", "church", "council", "board", "fire", "sheriff", "office",
            "airport", "high", "public", "library", "museum", "city", "county", "state", "zoo", "regional",
            "community", "chamber", "court", "district", "area", "health", "medical", "memorial", "national",
            "international", "times", "post", "herald", "journal", "tribune", "news", "gazette", "daily",
            "service", "services", "patrol", "association", "coalition", "company", "corporation", "group", "agency",
            "authority", "commission", "committee", "foundation", "institute", "society", "union", "club", "team",
            "party", "bank", "utilities", "environmental", "highway", "transit", "water", "power", "energy",
            "legislature", "assembly", "senate", "house", "government", "administration", "guard", "army", "navy",
            "center", "centre", "hospitals", "clinic", "cathedral", "stadium", "arena", "park", "mall");
    /**
     * Words after a place name that make it the name of an institution or a street named after
     * the place or a person ("Columbia University", "Lincoln Memorial", "Webb Center", "Rivers
     * Avenue"): unlike a jurisdiction ("Gainesville Police", "Athens City Council") it does not
     * point at the place, so the name counts only if the text also uses it on its own.
     */
    private static final Set<String> EPONYM_HEADS = Set.of("university", "college", "center", "centre", "club",
            "memorial", "park", "mall", "lanes", "bank", "associates", "academy", "institute", "foundation",
            "stadium", "arena", "lodge", "chapel", "seminary", "company", "hotel", "inn", "restaurant", "hall",
            "street", "avenue", "road", "drive", "boulevard", "lane", "parkway", "pike", "terrace");
    /** Verbs of saying: a bare name right before one is a speaker ("Shelby said", "Lyman told reporters"). */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "explained", "noted",
            "wrote", "recalled", "testified", "insisted", "admitted", "replied", "acknowledged", "asked", "stated",
            "argued", "commented", "declined", "responded");
    /** Common words that are also frequent English surnames. */
    private static final Set<String> COMMON_SURNAMES = Set.of("green", "brown", "white", "black", "gold", "king",
            "little", "long", "young", "hall", "street", "park", "house", "star", "grace", "lord", "west", "north");
    /** English contractions: "I’m", "We've" are never names, whatever the gazetteer holds. */
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile(".*['’](m|ve|re|ll|d|t|s)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Parts of speech that never start a lower-case place name. */
    private static final Set<String> FUNCTION_POS = Set.of("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART",
            "NUM", "PUNCT", "SYM", "INTJ");

    private final GazetteerIndex index;
    private final WordLists words;

    public ToponymSpotter(GazetteerIndex index, WordLists words) {
        this.index = index;
        this.words = words;
    }

    /** Mentions and the country evidence of demonyms found along the way. */
    public record Result(List<Mention> mentions, Map<String, Integer> demonymCountries) {
    }

    /** State of one call: the text's tokens and what was learnt about them. */
    private final class Scan {
        final String text;
        final List<Token> tokens;
        final Set<Integer> titleCase;
        final Set<String> persons = new HashSet<>();
        final Set<String> lowerCaseWords = new HashSet<>();
        final Map<String, Boolean> topLevel = new HashMap<>();
        /**
         * Gazetteer answers for this text, memoised: the same words recur throughout an article
         * and every rule asks about them again.
         */
        private final Map<String, Boolean> knownKeys = new HashMap<>();
        private final Map<String, List<NameHit>> hitsByKey = new HashMap<>();
        /**
         * {@link #runEnd} by first token, 0 until computed: every token of a run shares its end, so a
         * text that is one long capitalised run is scanned once, not once per token.
         */
        final int[] runEnds;

        Scan(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
            this.runEnds = new int[tokens.size()];
            this.titleCase = titleCaseSentences(tokens);
            for (Token t : tokens) {
                if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
                    lowerCaseWords.add(t.text().toLowerCase(Locale.ROOT));
                }
            }
        }

        /** Up to 50 places under the name (exact and variant keys), as {@link GazetteerIndex#lookup}. */
        List<NameHit> hits(String name) {
            return hitsByKey.computeIfAbsent(NameNormalizer.key(name), k -> index.lookup(k, false, 50));
        }

        private boolean hasKey(String key) {
            return index.hasKey(key);
        }

        /** Some name has this key or its variant key. */
        boolean known(String key) {
            return knownKeys.computeIfAbsent(key, k -> index.hasKey(k) || index.hasVariant(NameNormalizer.variantKey(k)));
        }

        boolean namesCountry(String key) {
            if (!hasKey(key)) {
                return false;
            }
            for (NameHit h : hits(key)) {
                if (h.match() == NameHit.Match.EXACT && h.place().isCountry()) {
                    return true;
                }
            }
            return false;
        }

        /** "US", "UK", "NSW", "U.S.": an abbreviation the gazetteer lists, as written, for a country or region. */
        boolean namesCountryOrRegionByAbbreviation(String text) {
            String bare = text.replace(".", "");
            for (NameHit h : hits(text)) {
                if (h.match() == NameHit.Match.EXACT && (h.place().isCountry() || h.place().isAdmin1())
                        && h.matchedName().replace(".", "").equals(bare)) {
                    return true;
                }
            }
            return false;
        }

        /** A first-level region of a million people or more: "Texas said" is its government speaking. */
        boolean namesPopulousRegion(String key) {
            if (!hasKey(key)) {
                return false;
            }
            for (NameHit h : hits(key)) {
                if (h.match() == NameHit.Match.EXACT && h.place().isAdmin1() && h.place().population() >= 1_000_000) {
                    return true;
                }
            }
            return false;
        }

        boolean namesMajorCapital(String text) {
            String key = NameNormalizer.key(text);
            if (words.isStopword(key) || !hasKey(key)) {
                return false;
            }
            for (NameHit h : hits(text)) {
                Place p = h.place();
                if (h.match() == NameHit.Match.EXACT && "PPLC".equals(p.featureCode()) && p.population() >= 500_000) {
                    return true;
                }
            }
            return false;
        }

        boolean namesCapital(String text) {
            for (NameHit h : hits(text)) {
                if (h.match() == NameHit.Match.EXACT && "PPLC".equals(h.place().featureCode())) {
                    return true;
                }
            }
            return false;
        }

        boolean namesProminentPlace(String text) {
            for (NameHit h : hits(text)) {
                Place p = h.place();
                if (h.match() == NameHit.Match.EXACT && (p.isCountry() || p.isAdmin1() || "PPLC".equals(p.featureCode())
                        || p.population() >= 100_000)) {
                    return true;
                }
            }
            return false;
        }

        boolean listedWithFullStop(String abbreviation) {
            for (NameHit h : hits(abbreviation)) {
                if (h.matchedName().equals(abbreviation + ".")) {
                    return true;
                }
            }
            return false;
        }

        /** Exactly the name of a country or first-level region: never part of a person's name here. */
        boolean isTopLevel(String key) {
            return topLevel.computeIfAbsent(key, k -> {
                if (!index.hasKey(k)) {
                    return false;
                }
                for (NameHit h : hits(k)) {
                    if (h.match() == NameHit.Match.EXACT && (h.place().isCountry() || h.place().isAdmin1())) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    public Result spot(String text, List<Token> tokens) {
        Scan scan = new Scan(text, tokens);
        collectPersonNames(scan);
        List<Mention> mentions = new ArrayList<>();
        Map<String, Integer> demonyms = new HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String key = NameNormalizer.key(t.text());
            String demonym = t.isCapitalised() ? words.demonymCountry(key) : null;
            if (demonym != null) {
                Mention named = demonymPhrase(scan, i);
                if (named == null && !startsLongerName(scan, i)) {
                    demonyms.merge(demonym, 1, Integer::sum);
                    i++;
                    continue;
                }
                if (named != null) {
                    mentions.add(named);
                    i = tokenAfter(tokens, i, named.end());
                    continue;
                }
            }
            if (!isStartCandidate(t)) {
                i++;
                continue;
            }
            if (words.isTitle(key) && t.isCapitalised()) {
                i++;
                continue;
            }
            Mention m = longestMatch(scan, i);
            if (m == null || (!mentions.isEmpty() && m.start() < mentions.get(mentions.size() - 1).end())) {
                i++;
                continue;
            }
            mentions.add(m);
            i = tokenAfter(tokens, i, m.end());
        }
        return new Result(linkQualifiers(text, withoutEponyms(scan, mentions)), demonyms);
    }

    /**
     * Drops a name used only as the first part of an institution's or a street's name ("Webb
     * Center", "Columbia University", "Rivers Avenue"), keeping it when the text also uses it
     * on its own, or when it names a country or first-level region ("Kentucky College of Law").
     */
    private List<Mention> withoutEponyms(Scan scan, List<Mention> mentions) {
        Set<String> usedAlone = new HashSet<>();
        boolean[] eponym = new boolean[mentions.size()];
        for (int k = 0; k < mentions.size(); k++) {
            eponym[k] = isEponym(scan, mentions.get(k));
            if (!eponym[k]) {
                usedAlone.add(NameNormalizer.key(mentions.get(k).lookupName()));
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (int k = 0; k < mentions.size(); k++) {
            String key = NameNormalizer.key(mentions.get(k).lookupName());
            if (!eponym[k] || usedAlone.contains(key) || scan.isTopLevel(key)) {
                kept.add(mentions.get(k));
            }
        }
        return kept;
    }

    private static boolean isEponym(Scan scan, Mention m) {
        List<Token> tokens = scan.tokens;
        int k = tokenAfter(tokens, 0, m.end());
        if (k == 0 || k >= tokens.size()) {
            return false;
        }
        Token last = tokens.get(k - 1);
        Token next = tokens.get(k);
        return next.sentence() == last.sentence() && next.isCapitalised() && adjacent(last, next)
                && !scan.titleCase.contains(next.sentence())
                && EPONYM_HEADS.contains(next.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Person names seen anywhere in the text, so that a bare surname is not taken for a place
     * even before the full name appears: the words after a title ("President Putin") and the
     * last word of a short capitalised run that is not itself a place ("Volodymyr Zelensky").
     */
    private void collectPersonNames(Scan scan) {
        List<Token> tokens = scan.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalised() || scan.titleCase.contains(t.sentence())) {
                continue;
            }
            if (isSpeaker(tokens, i)) {
                addEvidencedPerson(scan, t);
            }
            if (isInitial(tokens, i + 1) && isNameWordAt(tokens, i + 2, t)) {
                // "Brian M. Connors": a first name, an initial and a surname.
                addEvidencedPerson(scan, t);
                addEvidencedPerson(scan, tokens.get(i + 2));
            } else if (i > 0 && isInitial(tokens, i - 1) && !t.isAllCaps()) {
                // "A. Gorman said", "Patrick J. Sullivan": the surname after an initial.
                addEvidencedPerson(scan, t);
            }
            if (words.isTitle(NameNormalizer.key(t.text()))) {
                int k = i + 1;
                if (k < tokens.size() && ".".equals(tokens.get(k).text())) {
                    k++;
                }
                if (k < tokens.size() && tokens.get(k).isCapitalised() && tokens.get(k).sentence() == t.sentence()) {
                    int end = runEnd(scan, k);
                    addPerson(scan, tokens.get(end - 1));
                    i = end - 1;
                }
                continue;
            }
            if (isFunctionWord(t)) {
                continue; // "A Gainesville man", "The Springfield office": the article starts no name
            }
            if (i > 0 && tokens.get(i - 1).isCapitalised() && tokens.get(i - 1).sentence() == t.sentence()
                    && adjacent(tokens.get(i - 1), t) && !isFunctionWord(tokens.get(i - 1))) {
                continue; // not the start of a run
            }
            int end = runEnd(scan, i);
            int length = end - i;
            if (length < 2 || length > 3 || COMPASS.contains(NameNormalizer.key(t.text()))) {
                continue;
            }
            String runKey = NameNormalizer.key(scan.text.substring(t.start(), tokens.get(end - 1).end()));
            Token last = tokens.get(end - 1);
            if (scan.known(runKey) || words.designator(NameNormalizer.key(last.text())) != WordLists.Hint.NONE
                    || scan.known(NameNormalizer.key(scan.text.substring(tokens.get(end - 2).start(), last.end())))
                    || scan.known(NameNormalizer.key(scan.text.substring(t.start(), tokens.get(i + 1).end())))) {
                continue;
            }
            addPerson(scan, last);
        }
    }

    /**
     * "Shelby said", "Lyman told reporters": a name right before a verb of saying is a person,
     * unless a preposition or conjunction makes it a place that speaks through its officials
     * ("officials in Lyman said"); countries, regions and capitals are kept by the caller.
     */
    private static boolean isSpeaker(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size() || t.isAllCaps()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.sentence() != t.sentence() || !adjacent(t, next) || !SPEECH_VERBS.contains(next.text())) {
            return false;
        }
        if (i == 0 || tokens.get(i - 1).sentence() != t.sentence()) {
            return true;
        }
        String before = tokens.get(i - 1).pos();
        return !"ADP".equals(before) && !"CCONJ".equals(before) && !"SCONJ".equals(before);
    }

    /** "M.", "J.": a single capital letter with its full stop, on the same line as the word before. */
    private static boolean isInitial(List<Token> tokens, int k) {
        if (k <= 0 || k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        String s = t.text();
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.'
                && tokens.get(k - 1).sentence() == t.sentence() && adjacent(tokens.get(k - 1), t);
    }

    private static boolean isNameWordAt(List<Token> tokens, int k, Token sameSentenceAs) {
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.sentence() == sameSentenceAs.sentence() && t.isCapitalised() && t.isWord() && !t.isAllCaps()
                && adjacent(tokens.get(k - 1), t);
    }

    /**
     * A word the text itself shows to be a person's name (an initial beside it, a verb of saying
     * after it): a stronger sign than a capitalised run, so only the names of countries, first-level
     * regions and capitals (which do "say" things through their governments) are kept out.
     */
    private void addEvidencedPerson(Scan scan, Token name) {
        String key = NameNormalizer.key(name.text());
        if (key.isEmpty() || scan.namesCountry(key) || scan.namesMajorCapital(name.text()) || scan.namesPopulousRegion(key)
                || words.isTitle(key) || words.designator(key) != WordLists.Hint.NONE
                || (words.isStopword(key) && !COMMON_SURNAMES.contains(key)) || words.demonymCountry(key) != null) {
            return;
        }
        scan.persons.add(key);
    }

    /** A sentence-initial article or pronoun, capitalised only by its position. */
    private boolean isFunctionWord(Token t) {
        return FUNCTION_POS.contains(t.pos()) || words.isStopword(NameNormalizer.key(t.text()));
    }

    private void addPerson(Scan scan, Token surname) {
        String key = NameNormalizer.key(surname.text());
        // Countries and capitals are too often written next to another name ("Moscow Kiev talks",
        // "Kiev Mayor") to be taken for surnames.
        // Common words end organisation names ("Texas Fire Service"), except those that are
        // frequent surnames ("Sgt. Michael Green").
        boolean commonWord = words.isStopword(key) && !COMMON_SURNAMES.contains(key);
        if (!scan.namesCountry(key) && !scan.namesMajorCapital(key) && words.designator(key) == WordLists.Hint.NONE
                && !ORGANISATION_WORDS.contains(key) && !commonWord) {
            scan.persons.add(key);
        }
    }

    /** End (exclusive) of the run of capitalised, non-title, non-demonym words starting at {@code first}. */
    private int runEnd(Scan scan, int first) {
        if (scan.runEnds[first] > 0) {
            return scan.runEnds[first];
        }
        List<Token> tokens = scan.tokens;
        int k = first + 1;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            String key = NameNormalizer.key(t.text());
            if (t.sentence() != tokens.get(first).sentence() || !t.isCapitalised() || !t.isWord() || t.isAllCaps()
                    || !adjacent(tokens.get(k - 1), t) || words.isTitle(key) || words.demonymCountry(key) != null) {
                break;
            }
            k++;
        }
        // Any later token of the run, in the same sentence and adjacent all the way, ends where this one does.
        java.util.Arrays.fill(scan.runEnds, first, k, k);
        return k;
    }

    /** "Crimean peninsula", "Iberian peninsula": a proper adjective and a generic landform word. */
    private Mention demonymPhrase(Scan scan, int i) {
        if (i + 1 >= scan.tokens.size()) {
            return null;
        }
        Token next = scan.tokens.get(i + 1);
        if (!adjacent(scan.tokens.get(i), next) || words.designator(NameNormalizer.key(next.text())) != WordLists.Hint.REGION) {
            return null;
        }
        String phrase = scan.text.substring(scan.tokens.get(i).start(), next.end());
        if (!index.hasKey(NameNormalizer.key(phrase))) {
            return null;
        }
        return new Mention(scan.tokens.get(i).start(), next.end(), phrase, phrase, WordLists.Hint.NONE, null, -1);
    }

    private Mention longestMatch(Scan scan, int first) {
        List<Token> tokens = scan.tokens;
        String text = scan.text;
        Token head = tokens.get(first);
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
            int trimmedEnd = -1;
            boolean found = scan.known(key);
            if (!found && n > 1 && last.isCapitalised()) {
                // "Seym River", "Kursk Region": the name without its capitalised designator.
                trailing = words.designator(NameNormalizer.key(last.text()));
                if (trailing != WordLists.Hint.NONE) {
                    Token before = tokens.get(lastIndex - 1);
                    lookup = text.substring(head.start(), before.end());
                    found = scan.known(NameNormalizer.key(lookup));
                    trimmedEnd = continuesName(scan, lastIndex) ? before.end() : -1;
                }
            }
            if (found && n > 1 && trailing == WordLists.Hint.NONE && continuesName(scan, lastIndex)
                    && words.designator(NameNormalizer.key(last.text())) != WordLists.Hint.NONE) {
                // "Dublin City Council": "Dublin City" is only another name of Dublin here, and the
                // designator belongs to the council's name ("Boulder City Council" keeps its town).
                String shorter = text.substring(head.start(), tokens.get(lastIndex - 1).end());
                if (sameLeadingPlace(phrase, shorter)) {
                    trailing = words.designator(NameNormalizer.key(last.text()));
                    lookup = shorter;
                    trimmedEnd = tokens.get(lastIndex - 1).end();
                }
            }
            if (!found) {
                continue;
            }
            if (!acceptable(scan, first, lastIndex, key)) {
                return null;
            }
            WordLists.Hint hint = trailing != WordLists.Hint.NONE ? trailing : followingHint(tokens, lastIndex);
            if (hint == WordLists.Hint.NONE) {
                hint = precedingKindHint(tokens, first);
            }
            int end = last.end();
            if (trimmedEnd >= 0) {
                // "Athens City Council", "Ohio State University": the designator belongs to the
                // longer name; the place is the name before it (its kind still guides the reading).
                end = trimmedEnd;
                phrase = lookup;
            }
            if (n == 1 && head.text().length() <= 5 && lastIndex + 1 < tokens.size()
                    && ".".equals(tokens.get(lastIndex + 1).text()) && tokens.get(lastIndex + 1).start() == last.end()
                    && scan.listedWithFullStop(phrase)) {
                // "Ind.", "Kan.": the abbreviation's full stop belongs to the name.
                end = tokens.get(lastIndex + 1).end();
                phrase = text.substring(head.start(), end);
            }
            int start = head.start();
            String surface = phrase;
            if (first > 0 && isCompassBefore(tokens, first)) {
                start = tokens.get(first - 1).start();
                surface = text.substring(start, end);
            }
            return new Mention(start, end, surface, lookup, hint, precedingCountry(tokens, first), -1);
        }
        return null;
    }


    /**
     * A place under {@code longer} is also found under {@code shorter}, or {@code longer} names a
     * district of such a place ("Dublin City", the county of Dublin): the designator adds nothing.
     */
    private boolean sameLeadingPlace(String longer, String shorter) {
        Set<Long> ids = new HashSet<>();
        Set<String> admin1s = new HashSet<>();
        for (NameHit h : index.lookup(shorter, false, 300)) {
            ids.add(h.place().id());
            if ("P".equals(h.place().featureClass()) && h.place().admin1Key() != null) {
                admin1s.add(h.place().admin1Key());
            }
        }
        for (NameHit h : index.lookup(longer, false, 50)) {
            Place p = h.place();
            if (h.match() == NameHit.Match.EXACT && (ids.contains(p.id())
                    || (p.featureCode().startsWith("ADM2") && admin1s.contains(p.admin1Key())))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word other than a title right after token {@code k}: the name goes on. */
    private boolean continuesName(Scan scan, int k) {
        if (k + 1 >= scan.tokens.size()) {
            return false;
        }
        Token t = scan.tokens.get(k);
        Token next = scan.tokens.get(k + 1);
        return next.sentence() == t.sentence() && next.isCapitalised() && next.isWord() && adjacent(t, next)
                && !scan.titleCase.contains(t.sentence()) && !words.isTitle(NameNormalizer.key(next.text()));
    }

    private boolean isCompassBefore(List<Token> tokens, int first) {
        Token prev = tokens.get(first - 1);
        return prev.isCapitalised() && prev.sentence() == tokens.get(first).sentence()
                && adjacent(prev, tokens.get(first)) && COMPASS.contains(NameNormalizer.key(prev.text()));
    }


    /** The rules that keep common words, organisations and person names out; {@code key} is the span's key. */
    private boolean acceptable(Scan scan, int first, int last, String key) {
        List<Token> tokens = scan.tokens;
        Token head = tokens.get(first);
        boolean single = first == last;
        if (words.isStopword(key) || head.text().contains("$") || tokens.get(last).text().contains("$")) {
            return false;
        }
        if (isDiseaseName(tokens, last) || CONTRACTION.matcher(tokens.get(last).text()).matches()
                || isPieceOfHyphenatedWord(tokens, first, last)) {
            return false;
        }
        if (last == first + 1 && "the".equals(NameNormalizer.key(head.text()))
                && words.designator(NameNormalizer.key(tokens.get(last).text())) != WordLists.Hint.NONE) {
            // "The City Council", "The State of Illinois": a generic word, not the London or Vermont "The City".
            return false;
        }
        if (!scan.isTopLevel(key) && (isFirmName(tokens, first, last) || containsAmpersand(tokens, first, last))) {
            return false;
        }
        if (single && COMPASS.contains(key)) {
            return false;
        }
        if (single && scan.persons.contains(key)) {
            return false;
        }
        if (head.isAllCaps() && head.text().replace(".", "").length() <= 5 && single) {
            // Acronyms are organisations (NATO, WHO, UN) unless they name a country or region (US, UK, NSW).
            return scan.namesCountryOrRegionByAbbreviation(head.text());
        }
        if (!head.isCapitalised()) {
            // Lower-case mentions ("kyiv said") only for capital cities, which news writes that way.
            return single && !FUNCTION_POS.contains(head.pos()) && scan.namesMajorCapital(head.text());
        }
        boolean topLevel = scan.isTopLevel(key);
        if (single && !topLevel && scan.lowerCaseWords.contains(head.text().toLowerCase(Locale.ROOT))
                && !scan.namesCapital(head.text())) {
            // The same word appears in lower case elsewhere in the text: "Man", "Reading", "Pool".
            return false;
        }
        boolean capitalsUninformative = head.sentenceStart() || scan.titleCase.contains(head.sentence());
        if (single && capitalsUninformative && !"PROPN".equals(head.pos()) && !topLevel && !scan.namesProminentPlace(head.text())) {
            // Sentence-initial "Bath", "Mobile" as ordinary words: the tagger says they are not names.
            // Mid-sentence, the capital letter itself says "name", better than the tagger on rare words.
            return false;
        }
        int runEnd = runEnd(scan, first);
        if (last < runEnd - 1 && scan.persons.contains(NameNormalizer.key(tokens.get(runEnd - 1).text()))) {
            // First name of a person, even when it is also a region's name ("Vladimir Putin").
            return false;
        }
        if (topLevel || scan.titleCase.contains(head.sentence())) {
            // Country and state names stay places inside organisation names ("Texas Department of
            // Health"); in headlines capitals say nothing about names.
            return true;
        }
        if (last < runEnd - 1 && !isDesignatorAt(tokens, last + 1)
                && !ORGANISATION_WORDS.contains(NameNormalizer.key(tokens.get(last + 1).text()))) {
            // The match is only the start of a longer name: "Washington Post", "Vladimir Putin".
            return false;
        }
        return first == 0 || !isPartOfRunBefore(scan, first);
    }

    /**
     * "Stevens & Wilkinson", "Church & State": capitalised words joined by an ampersand are a
     * firm's or a venue's name, whatever places they share names with.
     */
    private static boolean isFirmName(List<Token> tokens, int first, int last) {
        if (last + 2 < tokens.size() && "&".equals(tokens.get(last + 1).text()) && tokens.get(last + 2).isCapitalised()
                && tokens.get(last + 2).sentence() == tokens.get(last).sentence()) {
            return true;
        }
        return first >= 2 && "&".equals(tokens.get(first - 1).text()) && tokens.get(first - 2).isCapitalised()
                && tokens.get(first - 2).sentence() == tokens.get(first).sentence();
    }

    private static boolean containsAmpersand(List<Token> tokens, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            if ("&".equals(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Wal" of "Wal-Mart": a capitalised word hyphenated to another capitalised word outside the match. */
    private static boolean isPieceOfHyphenatedWord(List<Token> tokens, int first, int last) {
        if (last + 2 < tokens.size()) {
            Token dash = tokens.get(last + 1);
            if ("-".equals(dash.text()) && dash.start() == tokens.get(last).end()
                    && tokens.get(last + 2).start() == dash.end() && tokens.get(last + 2).isCapitalised()) {
                return true;
            }
        }
        if (first >= 2) {
            Token dash = tokens.get(first - 1);
            return "-".equals(dash.text()) && dash.end() == tokens.get(first).start()
                    && tokens.get(first - 2).end() == dash.start() && tokens.get(first - 2).isCapitalised();
        }
        return false;
    }

    /** "Marburg virus", "West Nile fever", "Reston ebolavirus": a pathogen named after a place. */
    private static boolean isDiseaseName(List<Token> tokens, int last) {
        int k = last + 1;
        if (k < tokens.size() && "-".equals(tokens.get(k).text())) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).sentence() != tokens.get(last).sentence()) {
            return false;
        }
        String next = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return DISEASE_WORDS.contains(next) || next.endsWith("virus");
    }

    /** The match ends a longer capitalised run: "Volodymyr Zelensky", "Sergei Shoigu". */
    private boolean isPartOfRunBefore(Scan scan, int first) {
        Token prev = scan.tokens.get(first - 1);
        Token head = scan.tokens.get(first);
        String prevKey = NameNormalizer.key(prev.text());
        return prev.sentence() == head.sentence() && !prev.sentenceStart() && prev.isCapitalised()
                && prev.isWord() && !prev.isAllCaps() && adjacent(prev, head)
                && words.demonymCountry(prevKey) == null && !words.isTitle(prevKey)
                && !COMPASS.contains(prevKey) && !scan.known(prevKey);
    }







    private static boolean isStartCandidate(Token t) {
        if (!t.isWord()) {
            return false;
        }
        if (t.isCapitalised()) {
            return true;
        }
        // Lower-case capitals ("kyiv said"): only content words of some length.
        return t.text().length() >= 4 && !FUNCTION_POS.contains(t.pos());
    }

    private static boolean isNameWord(Token t) {
        return t.isWord() && (t.isCapitalised() || Character.isDigit(t.text().charAt(0)));
    }

    /** Tokens between first and last are name words or connectors, without a line break between. */
    private static boolean allInside(List<Token> tokens, int first, int last) {
        if (!tokens.get(first).isCapitalised() && first != last) {
            return false;
        }
        for (int k = first + 1; k <= last; k++) {
            Token t = tokens.get(k);
            if (!adjacent(tokens.get(k - 1), t)) {
                return false;
            }
            if (k < last && !isNameWord(t) && !CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Only spaces (no line break) between two tokens. */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() <= 2;
    }

    private boolean isDesignatorAt(List<Token> tokens, int k) {
        return k < tokens.size() && words.designator(NameNormalizer.key(tokens.get(k).text())) != WordLists.Hint.NONE;
    }

    /** A demonym that begins a longer name ("Russian Federation"). */
    private boolean startsLongerName(Scan scan, int i) {
        List<Token> tokens = scan.tokens;
        for (int n = Math.min(MAX_TOKENS, tokens.size() - i); n >= 2; n--) {
            Token last = tokens.get(i + n - 1);
            if (!isNameWord(last) || !allInside(tokens, i, i + n - 1)) {
                continue;
            }
            if (index.hasKey(NameNormalizer.key(scan.text.substring(tokens.get(i).start(), last.end())))) {
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
        return words.designator(NameNormalizer.key(next.text()));
    }

    /** "the Russian city of X": the kind word before "of" says what X is. */
    private WordLists.Hint precedingKindHint(List<Token> tokens, int first) {
        if (first >= 2 && "of".equalsIgnoreCase(tokens.get(first - 1).text())) {
            return words.designator(NameNormalizer.key(tokens.get(first - 2).text()));
        }
        return WordLists.Hint.NONE;
    }

    /**
     * "the Russian city of X", "the Ukrainian region of Donetsk", "the Russian town Sudzha":
     * the country a demonym just before the name assigns to it, or null.
     */
    private String precedingCountry(List<Token> tokens, int first) {
        if (first >= 3 && "of".equalsIgnoreCase(tokens.get(first - 1).text())) {
            String kind = NameNormalizer.key(tokens.get(first - 2).text());
            String country = words.demonymCountry(NameNormalizer.key(tokens.get(first - 3).text()));
            if (country != null && words.designator(kind) != WordLists.Hint.NONE) {
                return country;
            }
        }
        if (first >= 2 && words.designator(NameNormalizer.key(tokens.get(first - 1).text())) != WordLists.Hint.NONE) {
            String country = words.demonymCountry(NameNormalizer.key(tokens.get(first - 2).text()));
            if (country != null) {
                return country;
            }
        }
        return null;
    }

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

    /**
     * Sentences written in Title Case (headlines), where capitalisation says nothing about names.
     * Judged on the words the tagger does not call proper nouns, so a sentence full of names
     * ("Mitch Lewis and Sonny Hall were unaware") is not taken for a headline.
     */
    private static Set<Integer> titleCaseSentences(List<Token> tokens) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (Token t : tokens) {
            if (!t.isWord() || t.text().length() < 4 || "PROPN".equals(t.pos())) {
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
            if (c[0] >= 2 && c[1] * 10 >= c[0] * 7) {
                result.add(s);
            }
        });
        return result;
    }
}
