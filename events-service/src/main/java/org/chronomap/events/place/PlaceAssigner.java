package org.chronomap.events.place;

import org.chronomap.events.extract.event.Category;
import org.chronomap.events.extract.event.EventCandidate;
import org.chronomap.events.extract.event.PredicateFrames;
import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.AnalyzedText.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where an event happened. Among the place names of its sentence, the location is the one
 * introduced by a locative cue ("in", "at", "near", "into", "over", "region of") or governed by the
 * predicate ("visit Ukraine"), nearest the predicate; a name acting as the speaker or agent ("kyiv
 * said", "Moscow accused") or as a possessor ("Moscow’s forces") is only mentioned, and becomes the
 * location only when nothing better exists. A sentence without place names borrows the location of
 * the previous sentence of its paragraph.
 */
public final class PlaceAssigner {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "into", "over", "on", "across", "to",
            "from", "of", "towards", "toward", "inside", "outside", "around", "off", "along");

    /** Toponyms of the whole article (UTF-16 offsets resolved lazily against the analysed text). */
    public List<PlaceDraft> assign(AnalyzedText text, EventCandidate candidate, List<Toponym> toponyms,
                                   boolean pending) {
        AnalyzedText.Sentence sentence = candidate.sentence();
        List<Token> tokens = sentence.tokens();
        int predicate = candidate.predicate();
        List<Toponym> inSentence = within(text, toponyms, sentence.start(), sentence.end());
        List<PlaceDraft> out = new ArrayList<>();
        Toponym best = null;
        double bestScore = Double.MAX_VALUE;
        Toponym fallback = null;
        Toponym speaker = null;
        for (Toponym toponym : inSentence) {
            int index = tokenAt(text, tokens, toponym.start());
            if (index < 0) {
                continue;
            }
            boolean agent = isAgent(tokens, index, toponym, text)
                    && !isPlaceOfUnnamedSite(text, tokens, index, toponym, inSentence);
            double distance = Math.abs(index - predicate);
            if (agent) {
                if (speaker == null && candidate.reporting() >= 0 && index < candidate.reporting()
                        && candidate.reporting() - index <= 3 && !isPossessive(tokens, index, toponym, text)) {
                    speaker = toponym;
                }
                if (fallback == null) {
                    fallback = toponym;
                }
                continue;
            }
            boolean cued = hasLocativeCue(tokens, index);
            double score = distance * (cued ? 1.0 : 1.6) + (index < predicate ? 2 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = toponym;
            }
        }
        // A statement happens where its speaker is: "Moscow accused", "kyiv said"; an institution or a
        // country's office speaks from its seat ("the Kremlin said" → Moscow, "Ukrainian President … said"
        // → Kyiv) unless the clause names where it was said ("said in Kyiv", "told reporters in Washington").
        Seats.Seat seat = null;
        if (isClaim(candidate) && !pending) {
            int reporting = candidate.reporting() >= 0 ? candidate.reporting() : predicate;
            seat = Seats.ofSpeaker(tokens, reporting).or(() -> Seats.ofPerson(text, sentence, reporting)).orElse(null);
            if (seat != null && venue(text, tokens, inSentence, reporting) != null) {
                seat = null;
            }
            if (seat != null && speaker != null && !isCountry(speaker)) {
                seat = null; // "kyiv said": the named place is the seat itself
            }
        }
        if (seat == null && !pending) {
            seat = hostOfMeeting(text, candidate, inSentence).orElse(null);
        }
        Toponym location = seat != null ? null
                : candidate.isStatement() && speaker != null ? speaker
                : best != null ? best : fallback;
        if (seat == null && location == null) {
            location = fromPreviousSentence(text, sentence, toponyms);
        }
        if (seat == null && location != null && isCountry(location)) {
            location = territoryOfOtherParty(text, candidate, location, inSentence, toponyms);
        }
        if (seat == null && location != null && isCountry(location) && candidate.category() != Category.DIPLOMACY) {
            location = finerInParagraph(text, sentence, toponyms, location);
        }
        if (seat != null) {
            out.add(new PlaceDraft(seat.name(), seat.geonameId(), seat.countryCode(), "P", "PPLC", seat.lat(),
                    seat.lon(), PlaceDraft.LOCATION, PlaceDraft.RESOLVED, -1, -1));
        } else if (location != null) {
            out.add(draft(location, PlaceDraft.LOCATION, pending));
        }
        for (Toponym toponym : inSentence) {
            if (toponym != location && out.stream().noneMatch(p -> sameName(p, toponym))) {
                out.add(draft(toponym, PlaceDraft.MENTIONED, pending));
            }
        }
        return out;
    }

    /** "speaking at a meeting", "told a summit": a reporting verb then "at" (or nothing) before the gathering. */
    private static boolean spokenAt(List<Token> tokens, int noun) {
        for (int i = noun - 1; i >= Math.max(0, noun - 4); i--) {
            Token t = tokens.get(i);
            var frame = PredicateFrames.lookup(t.lemma(), t.tag());
            if (t.tag().equals("VERB")) {
                return frame.isPresent() && frame.get().role() == PredicateFrames.Role.REPORTING;
            }
            if (!t.tag().equals("DET") && !t.tag().equals("ADJ") && !t.lemma().equals("at")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A meeting whose clause names no place happens at the seat of the office-holder met, when the article
     * gives that person an office: "…, after meeting Vladimir Putin in early July" after "Russian President
     * Vladimir Putin" → Moscow; the place of another clause of the sentence ("is expected in Ukraine") is not
     * the meeting's. A clause opened by "where" is placed by the name it refers back to ("in Ukraine, where he
     * is expected to meet with Volodymyr Zelensky"), so it is left to the other rules.
     */
    private static Optional<Seats.Seat> hostOfMeeting(AnalyzedText text, EventCandidate candidate,
                                                      List<Toponym> inSentence) {
        List<Token> tokens = candidate.sentence().tokens();
        int predicate = candidate.predicate();
        Token verb = tokens.get(predicate);
        if (!verb.tag().equals("VERB") || !verb.lemma().equalsIgnoreCase("meet")) {
            return Optional.empty();
        }
        for (int i = predicate - 1; i >= 0 && !isClauseEdge(tokens.get(i)); i--) {
            if (tokens.get(i).lemma().equalsIgnoreCase("where")) {
                return Optional.empty();
            }
        }
        int end = predicate + 1;
        while (end < tokens.size() && !isClauseEdge(tokens.get(end))) {
            end++;
        }
        int clauseStart = tokens.get(predicate).start();
        int clauseEnd = tokens.get(end - 1).end();
        boolean ownPlace = inSentence.stream().map(t -> text.codePoints().toUtf16(t.start()))
                .anyMatch(at -> at >= clauseStart && at < clauseEnd);
        if (ownPlace) {
            return Optional.empty();
        }
        int name = predicate + 1;
        if (name < end && tokens.get(name).lemma().equalsIgnoreCase("with")) {
            name++;
        }
        int last = -1;
        for (int i = name; i < end && tokens.get(i).tag().equals("PROPN"); i++) {
            last = i;
        }
        return last < 0 ? Optional.empty() : Seats.ofNamed(text, candidate.sentence(), tokens.get(last).text());
    }

    private static final Set<String> CLAUSE_EDGES = Set.of(",", ";", ":", ".", "—", "–");

    private static boolean isClauseEdge(Token t) {
        return CLAUSE_EDGES.contains(t.text());
    }

    /** Verbs whose object is another party's territory. */
    private static final Set<String> TAKING = Set.of("invade", "annex", "occupy", "seize", "conquer");

    /**
     * One invades or annexes another's territory: when the only country left for "four regions that Russia
     * had invaded and annexed" is the taker's own, the place is the country of the other party the sentence
     * names ("the withdrawal of Ukrainian forces from four regions …" → Ukraine), as the article's toponym
     * for that country; else the country stays.
     */
    private static Toponym territoryOfOtherParty(AnalyzedText text, EventCandidate candidate, Toponym country,
                                                 List<Toponym> inSentence, List<Toponym> toponyms) {
        List<Token> tokens = candidate.sentence().tokens();
        Token verb = tokens.get(candidate.predicate());
        String taker = country.place().countryCode();
        if (!verb.tag().equals("VERB") || !TAKING.contains(verb.lemma().toLowerCase(Locale.ROOT)) || taker == null) {
            return country;
        }
        boolean takerNamed = inSentence.stream().anyMatch(t -> {
            int index = tokenAt(text, tokens, t.start());
            return index >= 0 && index < candidate.predicate() && isCountry(t)
                    && taker.equals(t.place().countryCode()) && isAgent(tokens, index, t, text);
        });
        if (!takerNamed) {
            return country;
        }
        for (Token t : tokens) {
            String other = t.tag().equals("ADJ") ? Seats.countryOfAdjective(t.text()).orElse(null) : null;
            if (other == null || other.equals(taker)) {
                continue;
            }
            for (Toponym toponym : toponyms) {
                if (isCountry(toponym) && other.equals(toponym.place().countryCode())) {
                    return toponym;
                }
            }
        }
        return country;
    }

    /** Sentences either side within which a paragraph's finer place refines a country. */
    private static final int PARAGRAPH_REACH = 2;

    /**
     * A happening placed only in a country ("crossed the border into Russia") is placed where its paragraph
     * says, when the paragraph names exactly one place inside that country after a locative cue ("has
     * advanced several kilometers into Russia’s Kursk region"); else the country stays.
     */
    private static Toponym finerInParagraph(AnalyzedText text, AnalyzedText.Sentence sentence, List<Toponym> toponyms,
                                            Toponym country) {
        String code = country.place().countryCode();
        if (code == null || code.isBlank()) {
            return country;
        }
        Toponym finer = null;
        for (AnalyzedText.Sentence s : text.sentences()) {
            if (s.paragraph() != sentence.paragraph() || Math.abs(s.index() - sentence.index()) > PARAGRAPH_REACH) {
                continue;
            }
            for (Toponym t : within(text, toponyms, s.start(), s.end())) {
                if (t.place() == null || !code.equals(t.place().countryCode()) || isCountry(t)
                        || t.place().lat() == null) {
                    continue;
                }
                int index = tokenAt(text, s.tokens(), t.start());
                if (index < 0 || !hasLocativeCue(s.tokens(), index)) {
                    continue;
                }
                if (finer != null && !name(finer).equals(name(t))) {
                    return country; // two candidates: the paragraph does not say which
                }
                finer = t;
            }
        }
        return finer == null ? country : finer;
    }

    /** Nouns of diplomacy that name something said rather than a gathering or a trip. */
    private static final Set<String> SPOKEN = Set.of("proposal", "accusation", "statement", "announcement", "warning",
            "demand", "threat", "appeal", "ultimatum", "offer", "claim", "denial");

    /** A place where a statement was made: "in"/"at" a name within four words after the reporting verb. */
    private static Toponym venue(AnalyzedText text, List<Token> tokens, List<Toponym> inSentence, int reporting) {
        for (Toponym toponym : inSentence) {
            int index = tokenAt(text, tokens, toponym.start());
            if (index > reporting && index - reporting <= 4 && index >= 1
                    && Set.of("in", "at").contains(tokens.get(index - 1).lemma().toLowerCase(Locale.ROOT))) {
                return toponym;
            }
        }
        return null;
    }

    /** A statement, or a diplomatic act made by speaking ("ruled out talks", "accused", "warned"), not a visit. */
    private static boolean isClaim(EventCandidate candidate) {
        if (candidate.isStatement()) {
            return true;
        }
        Token predicate = candidate.sentence().tokens().get(candidate.predicate());
        String lemma = PredicateFrames.lookup(predicate.lemma(), predicate.tag()).map(PredicateFrames.Frame::lemma)
                .orElse(predicate.lemma());
        if (candidate.category() == Category.DIPLOMACY && predicate.tag().equals("NOUN")) {
            // a thing said is made where its speaker is: "the Russian proposal articulated by Putin";
            // so is a gathering spoken at: "Speaking at a meeting with senior officials on Monday, Putin …"
            return SPOKEN.contains(lemma) || spokenAt(candidate.sentence().tokens(), candidate.predicate());
        }
        return candidate.category() == Category.DIPLOMACY && predicate.tag().equals("VERB")
                && !Set.of("visit", "host", "meet", "travel", "arrive", "attend", "hold", "sign", "tour", "welcome")
                .contains(lemma);
    }

    private static boolean isCountry(Toponym toponym) {
        return toponym.place() != null && toponym.place().featureCode() != null
                && toponym.place().featureCode().startsWith("PCL");
    }

    private static boolean sameName(PlaceDraft draft, Toponym toponym) {
        if (toponym.place() != null && toponym.place().geonameId() != null) {
            return toponym.place().geonameId().equals(draft.geonameId());
        }
        return draft.name().equalsIgnoreCase(name(toponym));
    }

    private static Toponym fromPreviousSentence(AnalyzedText text, AnalyzedText.Sentence sentence,
                                                List<Toponym> toponyms) {
        // Up to two sentences back, even across a paragraph break (one-sentence paragraphs are common
        // in news); up to four within the paragraph.
        for (int i = sentence.index() - 1; i >= 0; i--) {
            AnalyzedText.Sentence previous = text.sentences().get(i);
            int back = sentence.index() - i;
            if (back > 4 || back > 2 && previous.paragraph() != sentence.paragraph()) {
                return null;
            }
            List<Toponym> names = within(text, toponyms, previous.start(), previous.end());
            for (Toponym toponym : names) {
                int index = tokenAt(text, previous.tokens(), toponym.start());
                if (index >= 0 && hasLocativeCue(previous.tokens(), index)) {
                    return toponym;
                }
            }
            if (!names.isEmpty()) {
                return names.get(0);
            }
        }
        return null;
    }

    /** Subject of a following verb ("kyiv said", "Russia on Monday ruled out") or a possessor ("Moscow’s"). */
    /**
     * A possessor after a locative cue whose possessed noun phrase names no place of its own is the place of
     * that site: "an attack on Kursk’s nuclear power plant" happens at Kursk, while in "into Russia’s Kursk
     * region" the possessed phrase is itself a place and Russia only its possessor.
     */
    private static boolean isPlaceOfUnnamedSite(AnalyzedText text, List<Token> tokens, int index, Toponym toponym,
                                                List<Toponym> inSentence) {
        if (!isPossessive(tokens, index, toponym, text) || !hasLocativeCue(tokens, index)) {
            return false;
        }
        int end = text.codePoints().toUtf16(toponym.end());
        int head = index;
        while (head < tokens.size() && tokens.get(head).start() < end) {
            head++;
        }
        if (head < tokens.size() && (tokens.get(head).text().equals("’s") || tokens.get(head).text().equals("'s"))) {
            head++;
        }
        int phraseEnd = head;
        while (phraseEnd < tokens.size() && Set.of("ADJ", "NOUN", "PROPN", "DET", "NUM")
                .contains(tokens.get(phraseEnd).tag())) {
            phraseEnd++;
        }
        if (phraseEnd == head) {
            return false;
        }
        int from = tokens.get(head).start();
        int to = tokens.get(phraseEnd - 1).end();
        return inSentence.stream().map(t -> text.codePoints().toUtf16(t.start())).noneMatch(at -> at >= from && at < to);
    }

    private static boolean isAgent(List<Token> tokens, int index, Toponym toponym, AnalyzedText text) {
        int last = index;
        int end = text.codePoints().toUtf16(toponym.end());
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
            last++;
        }
        String own = tokens.get(last).text();
        if (own.endsWith("’s") || own.endsWith("'s")) {
            return true;
        }
        if (last + 1 < tokens.size() && (tokens.get(last + 1).text().equals("’s")
                || tokens.get(last + 1).text().equals("'s"))) {
            return true;
        }
        if (hasLocativeCue(tokens, index)) {
            return false;
        }
        // the agent of a passive is who did it, not where: "the Crimean peninsula, annexed by Moscow in 2014"
        if (index >= 2 && tokens.get(index - 1).lemma().equals("by") && tokens.get(index - 2).tag().equals("VERB")) {
            return true;
        }
        if (last + 1 < tokens.size()) {
            String next = tokens.get(last + 1).text();
            if (next.equals("’s") || next.equals("'s") || next.equals("’") || next.equals("'")) {
                return true;
            }
        }
        for (int i = last + 1; i < Math.min(tokens.size(), last + 5); i++) {
            Token t = tokens.get(i);
            if (t.tag().equals("VERB")) {
                return true;
            }
            if (!t.tag().equals("AUX") && !t.tag().equals("ADV") && !t.tag().equals("ADP")
                    && !t.tag().equals("PROPN") && !t.tag().equals("PART")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPossessive(List<Token> tokens, int index, Toponym toponym, AnalyzedText text) {
        int end = text.codePoints().toUtf16(toponym.end());
        int last = index;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
            last++;
        }
        String own = tokens.get(last).text();
        String next = last + 1 < tokens.size() ? tokens.get(last + 1).text() : "";
        return own.endsWith("’s") || own.endsWith("'s") || next.equals("’s") || next.equals("'s");
    }

    /** A locative preposition (possibly "the region of", "the city of") or a verb right before the name. */
    static boolean hasLocativeCue(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 5); i--) {
            Token t = tokens.get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.tag().equals("ADP") && LOCATIVE.contains(lemma)) {
                return true;
            }
            if (t.tag().equals("VERB")) {
                // the object of a happening is where it happens: "visit Ukraine", "captured Zalizne";
                // the object of "accuse" or "urge" is a party, not a place
                var frame = PredicateFrames.lookup(t.lemma(), "VERB");
                return (i == index - 1 || i == index - 2) && frame.isPresent()
                        && frame.get().role() == PredicateFrames.Role.HAPPENING
                        && (frame.get().category() != Category.DIPLOMACY || Set.of("visit", "host")
                        .contains(frame.get().lemma()));
            }
            // "in the Russian region of Kursk", "into Russia’s Kursk region": only the name's own noun
            // phrase, possessor included, lies between cue and name
            boolean possessive = t.text().endsWith("’s") || t.text().endsWith("'s")
                    || i + 1 < index && (tokens.get(i + 1).text().equals("’s") || tokens.get(i + 1).text().equals("'s"));
            if (!t.tag().equals("DET") && !t.tag().equals("ADJ") && !t.tag().equals("NOUN") && !possessive
                    && !t.text().equals("’s") && !t.text().equals("'s")) {
                return false;
            }
        }
        return false;
    }

    private static List<Toponym> within(AnalyzedText text, List<Toponym> toponyms, int start, int end) {
        List<Toponym> out = new ArrayList<>();
        for (Toponym toponym : toponyms) {
            int at = text.codePoints().toUtf16(toponym.start());
            if (at >= start && at < end) {
                out.add(toponym);
            }
        }
        return out;
    }

    private static int tokenAt(AnalyzedText text, List<Token> tokens, int codePointStart) {
        int at = text.codePoints().toUtf16(codePointStart);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > at) {
                return tokens.get(i).start() <= at + 1 ? i : -1;
            }
        }
        return -1;
    }

    static String name(Toponym toponym) {
        return toponym.place() != null && toponym.place().name() != null ? toponym.place().name()
                : toponym.surface();
    }

    private static PlaceDraft draft(Toponym toponym, String role, boolean pending) {
        Toponym.Place p = toponym.place();
        if (pending || p == null) {
            return new PlaceDraft(toponym.surface(), null, null, null, null, null, null, role,
                    pending ? PlaceDraft.PENDING : PlaceDraft.UNRESOLVED, toponym.start(), toponym.end());
        }
        return new PlaceDraft(name(toponym), p.geonameId(), p.countryCode(), p.featureClass(), p.featureCode(),
                p.lat(), p.lon(), role, PlaceDraft.RESOLVED, toponym.start(), toponym.end());
    }
}
