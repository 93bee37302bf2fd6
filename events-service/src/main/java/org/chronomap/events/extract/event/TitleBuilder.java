package org.chronomap.events.extract.event;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.AnalyzedText.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A headline-style title from the clause: actor, action (present tense), object, place — "kyiv
 * destroys second important bridge in Kursk" rather than the sentence. Statements read "X says …".
 */
public final class TitleBuilder {

    private static final int MAX_OBJECT_TOKENS = 7;
    private static final int MAX_ACTOR_TOKENS = 9;
    /** An institution's full name may be longer than a plain subject ("Ohio Coalition for the Education of …"). */
    private static final int MAX_NAME_TOKENS = 12;
    private static final int MAX_TITLE_CHARS = 140;
    private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "its", "their", "his",
            "her", "this", "that", "which", "who");
    private static final Set<String> PARTICLES = Set.of("out", "down", "up", "off", "for");

    /**
     * @param actorHint      who reports it (the attribution), used when the clause's own subject is a pronoun
     * @param place          the event's location name, or null
     * @param placeAsWritten the location as the article writes it ("Kiev" for the place named Kyiv), or null:
     *                       a title that already names it gets no "in …"
     * @param article        the whole article, or null: "he" with no name in its own sentence is the person
     *                       named as a subject just before
     */
    public String title(EventCandidate candidate, String actorHint, String place, String placeAsWritten,
                        AnalyzedText article) {
        Prepared prepared = prepare(candidate);
        List<Token> tokens = prepared.tokens();
        int p = governingVerb(tokens, prepared.predicate());
        int reporting = prepared.reporting();
        Token predicate = tokens.get(p);
        StringBuilder title = new StringBuilder();
        int to = p >= 1 && tokens.get(p - 1).lemma().equals("to") ? p - 1 : -1;
        int nounWithInfinitive = to >= 1 && !candidate.isStatement() ? infinitiveOfNoun(tokens, to) : -1;
        if (predicate.tag().equals("NOUN") && !candidate.isStatement()) {
            int governor = nounGovernor(tokens, p);
            if (governor >= 0) {
                // "Zelensky called for a second round of peace talks": the verb is the news, the noun its object
                p = governor;
                predicate = tokens.get(p);
            }
        }
        if (predicate.tag().equals("NOUN") || prepared.predicateInCompound() || isAttributive(tokens, p)
                || afterArticle(tokens, p)) {
            title.append(nounPhrase(tokens, headNoun(tokens, p), p));
        } else if (nounWithInfinitive >= 0) {
            // "Efforts to extinguish the fire were continuing": the noun the infinitive completes leads
            title.append(join(tokens, nounWithInfinitive, to - 1)).append(" to ").append(predicate.text());
            String object = object(tokens, p + 1);
            if (!object.isEmpty()) {
                title.append(' ').append(object);
            }
        } else {
            String actor = actor(tokens, p);
            if (actor == null && reporting >= 0 && reporting != p) {
                actor = actor(tokens, reporting);
            }
            int[] inverted = actor == null && candidate.isStatement() ? speakerAfter(tokens, p) : null;
            if (inverted != null) {
                actor = join(tokens, inverted[0], inverted[1]); // "…," said Doctor Christianne Bruschke
            }
            boolean pronoun = actor != null && PRONOUNS.contains(actor.toLowerCase(Locale.ROOT)) && !actor.equals("WHO")
                    && !(actor.length() > 1 && actor.equals(actor.toUpperCase(Locale.ROOT)));
            if (actor == null || pronoun) {
                // "kyiv said that it had destroyed": the speaker; else "Modi is expected in Ukraine, where he
                // is expected to meet": the name the sentence gave before; else the pronoun beats no subject
                String named = pronoun && PERSONAL.contains(actor.toLowerCase(Locale.ROOT))
                        ? namedSubjectBefore(tokens, actorStart(tokens, p)) : null;
                if (named == null && pronoun && Set.of("he", "she").contains(actor.toLowerCase(Locale.ROOT))) {
                    named = namedSubjectOfEarlierSentence(article, candidate.sentence());
                    if (named != null && namedIn(tokens, named)) {
                        named = null; // "In 1911, she added, Buck began": a name in the same sentence is someone else
                    }
                }
                boolean hintIsPronoun = actorHint != null && PRONOUNS.contains(actorHint.toLowerCase(Locale.ROOT));
                actor = actorHint != null && !hintIsPronoun ? actorHint : named != null ? named : actor;
            }
            if (actor != null) {
                title.append(actor).append(' ');
            }
            String lemma = PredicateFrames.lookup(predicate.lemma(), predicate.tag()).map(PredicateFrames.Frame::lemma)
                    .orElse(predicate.lemma());
            boolean plural = actor != null && isPlural(actor);
            boolean headlinePassive = !isPassive(tokens, p) && isHeadlinePassive(tokens, p);
            if (isPassive(tokens, p) || headlinePassive) {
                // "the post office was evacuated": headlines say "Post office evacuated";
                // "Drivers warned to watch out for flooded roads" is a headline passive already, and its
                // patient is the noun phrase right before it ("the ongoing cross-border offensive launched by kyiv")
                String patient = headlinePassive ? nounPhraseBefore(tokens, p) : actor(tokens, p);
                if (patient != null && Set.of("he", "she").contains(patient.toLowerCase(Locale.ROOT))) {
                    // "He is charged with second-degree murder": the person the paragraph named
                    String named = namedSubjectOfEarlierSentence(article, candidate.sentence());
                    patient = named != null ? named : patient;
                }
                title.setLength(0);
                if (patient != null) {
                    title.append(patient).append(' ');
                }
                title.append(predicate.text().toLowerCase(Locale.ROOT));
                title.append(passiveComplement(tokens, p + 1));
            } else if (candidate.isStatement()) {
                title.append(plural ? lemma : thirdPerson(lemma)).append(' ')
                        .append(statement(tokens, p, inverted != null ? p : actorStart(tokens, p), inverted != null));
            } else {
                title.append(plural ? lemma : thirdPerson(lemma));
                int next = p + 1;
                if (next < tokens.size() && PARTICLES.contains(tokens.get(next).lemma())
                        && !tokens.get(next).tag().equals("NOUN")) {
                    title.append(' ').append(tokens.get(next).text());
                    next++;
                }
                int objectEnd = objectEnd(tokens, next);
                String object = object(tokens, next);
                if (object.isEmpty()) {
                    object = relativeObject(tokens, p);
                }
                if (!object.isEmpty()) {
                    title.append(' ').append(object).append(verbComplement(tokens, objectEnd + 1));
                } else {
                    title.append(prepositionalPhrase(tokens, next));
                }
            }
        }
        String text = title.toString().replaceAll("[“”\"«»\\[\\]]", "").replaceAll("\\s+", " ").strip();
        text = trimDangling(withoutFinalPeriod(text)).replaceFirst("^(The|A|An) (?=\\S)", "");
        if (place != null && !names(text, place) && !names(text, placeAsWritten) && !candidate.isStatement()) {
            text = text + " in " + place;
        }
        if (text.length() > MAX_TITLE_CHARS) {
            text = text.substring(0, text.lastIndexOf(' ', MAX_TITLE_CHARS)) + "…";
        }
        return text.isEmpty() ? "Event" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The clause's tokens as a title reads them, with the predicate's and the reporting verb's new indices. */
    private record Prepared(List<Token> tokens, int predicate, int reporting, boolean predicateInCompound) {
    }

    /**
     * Tokens a title is built from: the time expression dropped ("warned on Monday to watch" reads "warned to
     * watch"), a short parenthesis dropped ("the World Health Organization (WHO), which" — the name stays next
     * to its relative), a hyphenated compound made one word ("a 16-year-old female", "coal-burning power
     * plants": the tagger splits them, and their parts would read as a number subject or a verb) and the
     * tagger's "PROPN+PART" for "Russia's" read as the name it is.
     */
    private static Prepared prepare(EventCandidate candidate) {
        List<Token> timed = withoutTime(candidate);
        List<Token> out = new ArrayList<>(timed.size());
        int predicate = -1;
        int reporting = -1;
        boolean predicateInCompound = false;
        for (int i = 0; i < timed.size(); i++) {
            Token t = timed.get(i);
            boolean kept = i == candidate.predicate() || i == candidate.reporting();
            if (t.text().equals("(") && !kept) {
                int close = i + 1;
                while (close < timed.size() && close - i <= 6 && !timed.get(close).text().equals(")")
                        && close != candidate.predicate() && close != candidate.reporting()) {
                    close++;
                }
                if (close < timed.size() && timed.get(close).text().equals(")")) {
                    i = close;
                    continue;
                }
            }
            if (t.text().isEmpty() && !kept) {
                continue;
            }
            int tag = t.tag().indexOf('+');
            Token token = tag > 0 ? new Token(t.start(), t.end(), t.text(), t.tag().substring(0, tag), t.lemma()) : t;
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean joined = last != null && !last.text().isEmpty() && !token.text().isEmpty()
                    && last.end() == token.start() && (last.text().endsWith("-") || token.text().startsWith("-"));
            if (joined) {
                String text = last.text() + token.text();
                boolean prefixedVerb = i == candidate.predicate() && isVerbPrefix(last.text());
                String merged = prefixedVerb ? token.tag() : token.text().equals("-") ? last.tag()
                        : Set.of("NOUN", "PROPN").contains(token.tag())
                        ? Character.isUpperCase(text.charAt(0)) ? "PROPN" : "NOUN" : "ADJ";
                out.set(out.size() - 1, new Token(last.start(), token.end(), text, merged,
                        prefixedVerb ? token.lemma() : text.toLowerCase(Locale.ROOT)));
                predicateInCompound |= !prefixedVerb && (i == candidate.predicate() || predicate == out.size() - 1);
                if (i == candidate.predicate()) {
                    predicate = out.size() - 1;
                }
                if (i == candidate.reporting()) {
                    reporting = out.size() - 1;
                }
                continue;
            }
            if (i == candidate.predicate()) {
                predicate = out.size();
            }
            if (i == candidate.reporting()) {
                reporting = out.size();
            }
            out.add(token);
        }
        return new Prepared(out, predicate, reporting, predicateInCompound);
    }

    /** "re-opened", "co-founded": a prefix joined by a hyphen leaves a verb a verb. */
    private static boolean isVerbPrefix(String text) {
        return Set.of("re-", "co-", "pre-", "de-", "un-", "mis-", "over-", "out-").contains(text.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ACCUSING = Set.of("accuse", "suspect", "charge", "convict", "blame", "arrest",
            "sentence", "jail", "fine", "criticize", "criticise", "condemn", "praise", "thank", "credit", "acquit", "clear");

    /**
     * "Moscow accused Kiev of launching a drone attack", "Man accused of threatening tax worker": a gerund
     * after "of"/"for" of a verb of accusing is what the accuser says; the title is built on that verb.
     */
    private static int governingVerb(List<Token> tokens, int predicate) {
        Token verb = tokens.get(predicate);
        if (!verb.text().toLowerCase(Locale.ROOT).endsWith("ing") || predicate < 2
                || !Set.of("of", "for").contains(tokens.get(predicate - 1).lemma())) {
            return predicate;
        }
        for (int i = predicate - 2; i >= Math.max(0, predicate - 8); i--) {
            Token t = tokens.get(i);
            if (t.tag().equals("VERB")) {
                return ACCUSING.contains(t.lemma()) ? i : predicate;
            }
            if (!NP_TAGS.contains(tag(t)) && !t.tag().equals("PRON")) {
                return predicate;
            }
        }
        return predicate;
    }

    /**
     * Start of the noun an infinitive completes ("Efforts to extinguish the fire were continuing", "Police to
     * investigate crash"), or -1: the noun phrase before "to" opens the clause.
     */
    private static int infinitiveOfNoun(List<Token> tokens, int to) {
        int end = to - 1;
        if (!Set.of("NOUN", "PROPN").contains(tag(tokens.get(end)))) {
            return -1;
        }
        int start = npStart(tokens, end);
        if (start < 0) {
            return -1;
        }
        int before = start - 1;
        while (before >= 0 && tokens.get(before).tag().equals("DET")) {
            before--;
        }
        return before < 0 || tokens.get(before).tag().equals("SCONJ") || tokens.get(before).text().equals(";") ? start : -1;
    }

    /** Verbs whose following noun phrase is what is said, not their object: "said the attacks had intensified". */
    private static final Set<String> CONTENT_VERBS = Set.of("say", "tell", "add", "state", "note", "believe", "think",
            "insist", "argue", "explain", "stress", "write");

    /**
     * The verb whose object phrase holds a noun trigger ("Zelensky called for a second round of peace talks",
     * "KCNA reported three separate outbreaks"), or -1: only determiners, modifiers, one "of" and a particle
     * may lie between, the verb is finite (no "to double the Emergency Plan") and it has a subject.
     */
    private static int nounGovernor(List<Token> tokens, int noun) {
        int i = noun - 1;
        boolean attached = false;
        while (i >= 0) {
            Token t = tokens.get(i);
            if (Set.of("ADJ", "NOUN", "PROPN", "NUM", "DET").contains(tag(t))
                    || t.tag().equals("PRON") && POSSESSIVES.contains(t.lemma())) {
                i--;
            } else if (!attached && t.lemma().equals("of") && i >= 1 && tag(tokens.get(i - 1)).equals("NOUN")) {
                attached = true;
                i--;
            } else {
                break;
            }
        }
        if (i >= 1 && PARTICLES.contains(tokens.get(i).lemma()) && tokens.get(i - 1).tag().equals("VERB")) {
            i--;
        }
        if (i < 1 || i == noun - 1 || !tokens.get(i).tag().equals("VERB") || isAuxiliaryVerb(tokens, i)
                || CONTENT_VERBS.contains(tokens.get(i).lemma()) || tokens.get(i - 1).lemma().equals("to")
                || tokens.get(i).text().endsWith("ing") || isPassive(tokens, i)) {
            return -1;
        }
        return actorSpan(tokens, i) == null ? -1 : i;
    }

    /** "Site of proposed casino", "the hardest-hit": a participle before a noun, after an article or preposition, describes it. */
    private static boolean isAttributive(List<Token> tokens, int predicate) {
        String form = tokens.get(predicate).text().toLowerCase(Locale.ROOT);
        if (predicate < 1 || predicate + 1 >= tokens.size() || !form.endsWith("ed")
                || !Set.of("NOUN", "ADJ").contains(tag(tokens.get(predicate + 1)))) {
            return false;
        }
        return Set.of("DET", "ADP", "ADJ").contains(tokens.get(predicate - 1).tag());
    }

    /** "A four-car crash … left": a word after an article is a noun, whatever the tagger says. */
    private static boolean afterArticle(List<Token> tokens, int predicate) {
        int k = predicate - 1;
        while (k >= 0 && Set.of("ADJ", "NUM").contains(tokens.get(k).tag())) {
            k--;
        }
        return k >= 0 && tokens.get(k).tag().equals("DET") && Set.of("a", "an", "the").contains(tokens.get(k).lemma());
    }

    /** The noun a modifier describes: the first noun after it in its phrase; a noun is its own head. */
    private static int headNoun(List<Token> tokens, int predicate) {
        if (tag(tokens.get(predicate)).equals("NOUN") && !tokens.get(predicate).text().contains("-")) {
            return predicate;
        }
        int i = predicate + 1;
        while (i < tokens.size() && Set.of("ADJ", "NOUN", "PROPN").contains(tag(tokens.get(i)))) {
            i++;
        }
        return i - 1;
    }

    /**
     * "four regions that Russia had invaded and annexed": a verb with no object of its own in a relative
     * clause acts on the antecedent.
     */
    private static String relativeObject(List<Token> tokens, int predicate) {
        int start = actorStart(tokens, predicate);
        if (start < 2 || !Set.of("that", "which", "whom").contains(tokens.get(start - 1).lemma())
                || !Set.of("NOUN", "PROPN").contains(tag(tokens.get(start - 2)))) {
            return "";
        }
        int s = npStart(tokens, start - 2);
        return s < 0 ? "" : join(tokens, s, start - 2);
    }

    /**
     * What an object governs: "urged the council to consider alternate sites", "accused Kiev of launching a
     * drone attack" — without it the title says the opposite or nothing.
     */
    private static String verbComplement(List<Token> tokens, int from) {
        if (from + 1 >= tokens.size()) {
            return "";
        }
        Token particle = tokens.get(from);
        Token verb = tokens.get(from + 1);
        boolean infinitive = particle.lemma().equals("to") && (verb.tag().equals("VERB") || verb.lemma().equals("be"));
        boolean gerund = Set.of("of", "for").contains(particle.lemma()) && verb.tag().equals("VERB")
                && verb.text().endsWith("ing");
        if (!infinitive && !gerund) {
            return "";
        }
        String object = object(tokens, from + 2);
        if (object.isEmpty() && from + 2 < tokens.size() && !tokens.get(from + 2).tag().equals("PUNCT")) {
            return ""; // "to consider alternate sites" with "alternate" tagged a verb: no half complement
        }
        return " " + particle.text() + " " + verb.text() + (object.isEmpty() ? "" : " " + object);
    }

    /**
     * "has signed on for 25 trucks", "die from poisoned liquor", "charged in brazen purse-snatching": a verb
     * without an object keeps the phrase after it (one or two prepositions, then a noun phrase).
     */
    private static String prepositionalPhrase(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && i - from < 2 && tokens.get(i).tag().equals("ADP") && !tokens.get(i).lemma().equals("by")) {
            i++;
        }
        int end = i == from ? -1 : objectEnd(tokens, i);
        if (end < i || !isNominal(tokens, i, end)) {
            return ""; // "for a new “theatrical dimming …” system": no noun found, no half phrase
        }
        return " " + join(tokens, from, i - 1) + " " + object(tokens, i);
    }

    /** "an offensive on Kiev." — a title is no sentence; "U.S." keeps its abbreviation point. */
    static String withoutFinalPeriod(String text) {
        if (!text.endsWith(".") || text.matches(".*(\\.[^. ]+|\\b[A-Z])\\.$")) {
            return text;
        }
        return text.substring(0, text.length() - 1).strip();
    }

    /** Whether a title already names a place: "… offensive on Kiev" needs no "in Kyiv" when the article wrote "Kiev". */
    private static boolean names(String title, String place) {
        if (place == null || place.isBlank()) {
            return false;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        String name = place.toLowerCase(Locale.ROOT).replaceAll("\\.$", "").strip();
        return !name.isEmpty() && lower.contains(name);
    }

    private static final Set<String> PERSONAL = Set.of("he", "she", "they");

    /** Whether the sentence names the person: the last word of the name appears as a name in it. */
    private static boolean namedIn(List<Token> tokens, String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return tokens.stream().anyMatch(t -> t.text().equals(last) && capitalized(t));
    }

    /**
     * "Ukrainian President Volodymyr Zelensky said on Sunday that … . Ukraine wants …, he added": the last
     * named subject of the two sentences before, in the same paragraph; null when there is none.
     */
    private static String namedSubjectOfEarlierSentence(AnalyzedText article, AnalyzedText.Sentence sentence) {
        if (article == null) {
            return null;
        }
        List<AnalyzedText.Sentence> sentences = article.sentences();
        int at = sentence.index();
        if (at < 0 || at >= sentences.size() || sentences.get(at).start() != sentence.start()) {
            return null;
        }
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            AnalyzedText.Sentence earlier = sentences.get(k);
            if (earlier.paragraph() != sentence.paragraph()) {
                return null;
            }
            List<Token> tokens = earlier.tokens();
            for (int i = tokens.size() - 2; i >= 0; i--) {
                if (!tag(tokens.get(i)).equals("PROPN") || tag(tokens.get(i + 1)).equals("PROPN")) {
                    continue;
                }
                int start = npStart(tokens, i);
                int verb = i + 1;
                while (verb + 1 < tokens.size() && tokens.get(verb).tag().equals("ADV")) {
                    verb++; // "Vasquez later led"
                }
                boolean subject = Set.of("AUX", "VERB").contains(tokens.get(verb).tag())
                        && (i == 0 || !tokens.get(i - 1).tag().equals("ADP"));
                // "…, according to President Volodymyr Zelensky.": the speaker of the sentence before
                boolean source = start >= 2 && tokens.get(start - 1).lemma().equals("to")
                        && tokens.get(start - 2).lemma().equals("accord")
                        // "…, said Frank Buck Zoo Director Susan Kleven in an e-mail"
                        || start >= 1 && tokens.get(start - 1).tag().equals("VERB")
                        && CONTENT_VERBS.contains(tokens.get(start - 1).lemma());
                if (start >= 0 && (subject || source)) {
                    return join(tokens, start, i);
                }
            }
        }
        return null;
    }

    /** The named subject of an earlier clause of the sentence: "Indian Prime Minister Narendra Modi is expected …, where he". */
    private static String namedSubjectBefore(List<Token> tokens, int before) {
        if (before < 1 || !Set.of("ADV", "SCONJ", "CCONJ").contains(tokens.get(before - 1).tag())) {
            return null; // only a pronoun opening a clause of its own ("where he"), not a speaker after the content
        }
        for (int i = 0; i + 1 < Math.max(0, before); i++) {
            if (tag(tokens.get(i)).equals("PROPN") && !tag(tokens.get(i + 1)).equals("PROPN")
                    && Set.of("AUX", "VERB").contains(tokens.get(i + 1).tag())) {
                int s = npStart(tokens, i);
                return s < 0 ? null : join(tokens, s, i);
            }
        }
        return null;
    }

    /**
     * The sentence's tokens with those of the governing time expression blanked to punctuation-free
     * adverbs, so that "said on Monday that" reads "said that" and no date leaks into a title.
     */
    private static List<Token> withoutTime(EventCandidate candidate) {
        List<Token> tokens = candidate.sentence().tokens();
        if (candidate.time() == null || candidate.timeStart() < 0) {
            return tokens;
        }
        List<Token> out = new java.util.ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean inTime = t.end() > candidate.timeStart() && t.start() < candidate.timeEnd();
            boolean prepositionOfTime = i + 1 < tokens.size() && t.tag().equals("ADP")
                    && tokens.get(i + 1).end() > candidate.timeStart() && tokens.get(i + 1).start() < candidate.timeEnd()
                    && !(t.end() > candidate.timeStart() && t.start() < candidate.timeEnd());
            out.add(inTime || prepositionOfTime ? new Token(t.start(), t.end(), "", "X", "") : t);
        }
        return out;
    }

    /** Past participles that end in neither -ed nor -en: "Employees were told", "funding that has been cut". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("struck", "shot", "hit", "set", "held", "told",
            "sold", "made", "found", "kept", "left", "lost", "paid", "sent", "spent", "built", "brought", "caught",
            "taught", "bought", "fought", "sought", "led", "fed", "met", "hurt", "cut", "put", "hung", "won", "laid",
            "heard", "shut", "spread", "bound", "dealt", "meant", "burnt", "sworn", "torn", "thrown", "flown", "done");

    /** A participle after a form of "be" ("was evacuated", "were injured", "has been captured"). */
    static boolean isPassive(List<Token> tokens, int predicate) {
        String form = tokens.get(predicate).text().toLowerCase(Locale.ROOT);
        if (!(form.endsWith("ed") || form.endsWith("en") || IRREGULAR_PARTICIPLES.contains(form))) {
            return false;
        }
        for (int i = predicate - 1; i >= Math.max(0, predicate - 3); i--) {
            Token t = tokens.get(i);
            if (t.tag().equals("AUX") && t.lemma().equals("be")) {
                return true;
            }
            if (!t.tag().equals("ADV") && !t.tag().equals("AUX") && !t.tag().equals("PART")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");

    /**
     * The subject of the predicate: the noun phrase ending right before it (after auxiliaries and
     * adverbs), resolved past relative clauses ("the man who killed Dr. Winters" → man), participial
     * modifiers ("The post office, located west of Birmingham, Alabama, was evacuated" → post office)
     * and appositions ("Yuri Ushakov, a top aide to Putin, said" → Yuri Ushakov).
     */
    static String actor(List<Token> tokens, int predicate) {
        int[] span = actorSpan(tokens, predicate);
        if (span == null) {
            return null;
        }
        return join(tokens, span[0], span[1]);
    }

    /** Index of the first token of the subject, or -1. */
    static int actorStart(List<Token> tokens, int predicate) {
        int[] span = actorSpan(tokens, predicate);
        return span == null ? -1 : span[0];
    }

    private static int[] actorSpan(List<Token> tokens, int predicate) {
        if (predicate >= 1 && tokens.get(predicate - 1).lemma().equals("to")
                && Set.of("PART", "ADP").contains(tokens.get(predicate - 1).tag())) {
            int[] controller = infinitiveSubject(tokens, predicate - 1);
            if (controller != null) {
                return controller;
            }
        }
        int[] adjunct = adjunctSubject(tokens, predicate);
        if (adjunct != null) {
            return adjunct;
        }
        int end = predicate - 1;
        boolean comma = false;
        while (true) {
            while (end >= 0 && (tag(tokens.get(end)).equals("AUX") || tokens.get(end).tag().equals("ADV")
                    || tokens.get(end).text().isEmpty() || tokens.get(end).text().equals(",")
                    || tokens.get(end).tag().equals("PART") && !tokens.get(end).text().contains("'")
                    && !tokens.get(end).text().contains("’")
                    || isAuxiliaryVerb(tokens, end))) {
                comma |= tokens.get(end).text().equals(",");
                end--;
            }
            if (end >= 1 && isDash(tokens.get(end))) {
                // "the women — identified as Toni Botkins, 55, and Frieda Creech, 63 — died": the dashes enclose an apposition
                int open = end - 1;
                while (open >= 0 && end - open <= 20 && !isDash(tokens.get(open))) {
                    open--;
                }
                if (open >= 1 && isDash(tokens.get(open))) {
                    end = open - 1;
                    continue;
                }
            }
            if (comma && end >= 2) {
                // "Many countries, among them China, Japan, and the United Kingdom, have warned": the aside goes
                int open = end;
                while (open >= 1 && end - open <= 15 && !tokens.get(open).tag().equals("VERB")
                        && !(tokens.get(open).text().equals(",") && (tokens.get(open + 1).lemma().equals("include")
                        || tokens.get(open + 1).tag().equals("ADP") && !tokens.get(open + 1).lemma().equals("of")))) {
                    open--;
                }
                if (open >= 1 && open < end && tokens.get(open).text().equals(",")
                        && Set.of("NOUN", "PROPN").contains(tag(tokens.get(open - 1)))) {
                    end = open - 1;
                    comma = false;
                    continue;
                }
            }
            if (end >= 2 && tokens.get(end).tag().equals("NUM") && tokens.get(end - 1).text().equals(",")
                    && Set.of("NOUN", "PROPN").contains(tag(tokens.get(end - 2)))) {
                end -= 2; // "Girl, 16, attacked": the age is an apposition of the subject
                comma = false;
            }
            break;
        }
        if (end >= 1 && tokens.get(end).tag().equals("VERB") && end == predicate - 1
                && tokens.get(predicate).text().endsWith("ing")) {
            // "did not start displaying symptoms": the subject of the verb the gerund completes
            return actorSpan(tokens, end);
        }
        if (end >= 1 && tokens.get(end).tag().equals("VERB") && tokens.get(end + 1 < tokens.size() ? end + 1 : end)
                .lemma().equals("to")) {
            // "Modi is scheduled to visit": the subject of the control verb acts
            return actorSpan(tokens, end);
        }
        if (end >= 1 && tokens.get(end).tag().equals("CCONJ")) {
            // "authorities released few details and said": the subject of the first verb
            for (int i = end - 1; i >= Math.max(0, end - 12); i--) {
                if (tokens.get(i).tag().equals("VERB") && !isAuxiliaryVerb(tokens, i)
                        && !(i >= 1 && tokens.get(i - 1).text().equals(",") && tokens.get(i).text().endsWith("ing"))) {
                    // ", according to the Georgian MoD, and visit": a participial aside has no subject to share
                    return actorSpan(tokens, i);
                }
                if (tokens.get(i).text().equals(".") || tokens.get(i).tag().equals("SCONJ")) {
                    break;
                }
            }
            return null;
        }
        if (end >= 0 && tag(tokens.get(end)).equals("PRON")) {
            if (RELATIVES.contains(tokens.get(end).lemma().toLowerCase(Locale.ROOT))) {
                // "the man who killed": the antecedent acts
                return antecedent(tokens, end);
            }
            return new int[]{end, end};
        }
        int start = npStart(tokens, end);
        if (start < 0) {
            return null;
        }
        int before = start - 1;
        while (before >= 0 && tokens.get(before).tag().equals("DET")) {
            before--;
        }
        boolean embedded = before >= 0 && (tokens.get(before).tag().equals("ADP") || tokens.get(before).tag().equals("VERB")
                || tokens.get(before).tag().equals("CCONJ") || tokens.get(before).text().equals(","));
        if (embedded) {
            // the noun phrase before the verb belongs to a relative clause or modifier of the subject
            for (int i = before; i >= Math.max(0, before - 30); i--) {
                Token t = tokens.get(i);
                if (t.text().equals(".") || t.text().equals(";") || t.text().equals(":") || t.tag().equals("SCONJ")
                        || t.tag().equals("VERB") && PredicateFrames.lookup(t.lemma(), "VERB")
                        .map(f -> f.role() == PredicateFrames.Role.REPORTING).orElse(false)) {
                    break;
                }
                boolean relative = t.tag().equals("PRON") && RELATIVES.contains(t.lemma().toLowerCase(Locale.ROOT));
                boolean participle = t.tag().equals("VERB") && i >= 1 && (tokens.get(i - 1).text().equals(",")
                        && (t.text().endsWith("ed") || t.text().endsWith("ing"))
                        // "A cholera epidemic sweeping across the country has exacerbated"
                        || t.text().endsWith("ing") && Set.of("NOUN", "ADJ", "PROPN").contains(tag(tokens.get(i - 1))));
                if (relative || participle) {
                    boolean commaBefore = i >= 1 && tokens.get(i - 1).text().equals(",");
                    int[] antecedent = antecedent(tokens, relative || !commaBefore ? i : i - 1);
                    if (antecedent != null) {
                        return antecedent;
                    }
                    break;
                }
            }
            int[] initial = clauseInitialSubject(tokens, before, end);
            if (initial != null) {
                return initial;
            }
            if (comma) {
                // apposition: "Yuri Ushakov, a top aide to Putin, said"
                for (int i = before; i >= Math.max(1, before - 10); i--) {
                    if (tokens.get(i).text().equals(",")) {
                        Token next = tokens.get(i + 1);
                        if (Set.of("DET", "ADJ", "NOUN").contains(next.tag())
                                && Set.of("PROPN", "NOUN").contains(tokens.get(i - 1).tag())) {
                            int s = npStart(tokens, i - 1);
                            if (s >= 0) {
                                return new int[]{s, i - 1};
                            }
                        }
                        break;
                    }
                }
            }
        }
        return new int[]{start, end};
    }

    private static boolean isDash(Token t) {
        return t.text().equals("—") || t.text().equals("–");
    }

    /** "has" tagged as a verb before a participle ("has exacerbated") is an auxiliary all the same. */
    private static boolean isAuxiliaryVerb(List<Token> tokens, int i) {
        return tokens.get(i).tag().equals("VERB") && Set.of("have", "be").contains(tokens.get(i).lemma())
                && i + 1 < tokens.size() && tokens.get(i + 1).tag().equals("VERB");
    }

    /** Verbs whose object is the subject of the infinitive after it: "it allowed the Russian military to use". */
    private static final Set<String> OBJECT_CONTROL = Set.of("allow", "urge", "ask", "force", "order", "tell", "enable",
            "help", "permit", "encourage", "persuade", "invite", "require", "instruct", "warn", "advise", "authorize",
            "authorise", "lead", "cause", "want", "expect", "need", "compel", "oblige", "push", "pressure", "call");

    /**
     * Who does what an infinitive says: the object of an object-control verb ("allowed the Russian military to
     * use its territory"), else the subject of the verb it completes ("Modi is scheduled to visit") or of the
     * verb whose purpose it gives ("to use its territory to launch an offensive"); null when nothing governs it.
     */
    private static int[] infinitiveSubject(List<Token> tokens, int to) {
        int end = to - 1;
        while (end >= 0 && (tokens.get(end).tag().equals("ADV") || tokens.get(end).text().isEmpty())) {
            end--;
        }
        if (end < 0) {
            return null;
        }
        if (Set.of("VERB", "AUX").contains(tokens.get(end).tag())) {
            return actorSpan(tokens, end);
        }
        if (!Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(tag(tokens.get(end)))) {
            return null;
        }
        int start = end; // "the Russian military": a noun phrase, though the tagger calls every word of it an adjective
        while (start - 1 >= 0 && Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(tag(tokens.get(start - 1)))) {
            start--;
        }
        int verb = start - 1;
        while (verb >= 0 && (tokens.get(verb).tag().equals("DET") || tokens.get(verb).tag().equals("PRON")
                && !RELATIVES.contains(tokens.get(verb).lemma()))) {
            verb--;
        }
        if (verb < 0 || !tokens.get(verb).tag().equals("VERB")) {
            return null;
        }
        if (OBJECT_CONTROL.contains(tokens.get(verb).lemma())) {
            return new int[]{start, end};
        }
        return actorSpan(tokens, verb);
    }

    private static final Set<String> ADJUNCT_OPENERS = Set.of("after", "before", "while", "since", "by", "without",
            "when", "despite", "upon", "on");

    /**
     * The subject of a participial adjunct is the main clause's: "…, the Ukrainian president said on Monday,
     * after indicating the day before", "A cholera epidemic … has exacerbated the situation, killing at least 80".
     */
    private static int[] adjunctSubject(List<Token> tokens, int predicate) {
        Token verb = tokens.get(predicate);
        if (!verb.text().toLowerCase(Locale.ROOT).endsWith("ing") || predicate < 2) {
            return null;
        }
        int before = predicate - 1;
        if (ADJUNCT_OPENERS.contains(tokens.get(before).lemma().toLowerCase(Locale.ROOT))
                && Set.of("SCONJ", "ADP").contains(tokens.get(before).tag())) {
            before--;
        }
        if (before < 1 || !tokens.get(before).text().equals(",")) {
            return null;
        }
        for (int i = before - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(";") || t.text().equals(":")) {
                return null;
            }
            if (t.tag().equals("VERB") && !isAuxiliaryVerb(tokens, i) && !(i >= 1 && tokens.get(i - 1).text().equals(",")
                    && t.text().endsWith("ing"))) {
                return actorSpan(tokens, i);
            }
        }
        return null;
    }

    /** Time words that open a sentence as adverbs: "Today [February 18, 2006], a responsible source announced". */
    private static final Set<String> DEICTIC = Set.of("today", "yesterday", "tomorrow", "tonight");

    /**
     * "People in parts of Virginia, Maryland and North Carolina reported", "The first case of Avian Flu in
     * Iraq was announced": when only noun phrases, prepositions and commas lie between the clause start
     * and the verb, the subject starts the clause; kept whole when short, else its first noun phrase.
     */
    private static int[] clauseInitialSubject(List<Token> tokens, int before, int subjectEnd) {
        int start = before;
        while (start >= 0) {
            Token t = tokens.get(start);
            if (t.tag().equals("SCONJ") || t.text().equals(";") || t.text().equals(":") || t.text().equals("—")
                    || t.text().equals("–") || t.lemma().equals("that") || t.text().equals("\"")
                    || t.text().equals("“")) {
                break;
            }
            if (!(NP_TAGS.contains(tag(t)) || t.tag().equals("ADP") || t.tag().equals("CCONJ") || t.text().equals(","))) {
                return null;
            }
            start--;
        }
        start++;
        int comma = start;
        boolean opened = false;
        while (comma <= before && !tokens.get(comma).text().equals(",")) {
            comma++;
        }
        if (comma <= before && comma > start && (Set.of("ADP", "SCONJ").contains(tokens.get(start).tag())
                || comma == start + 1 && (tokens.get(start).tag().equals("NUM")
                || DEICTIC.contains(tokens.get(start).lemma().toLowerCase(Locale.ROOT)))
                || comma + 1 <= before && tokens.get(comma + 1).text().equals(","))) {
            // "As a result, all of Peru's 240 blood banks", "[Aug.] 19, a top aide to Putin", "Today [February 18,
            // 2006], a responsible source": an opening adverbial or a dateline's remnant is no subject
            start = comma + 1;
            opened = true;
        }
        while (start <= before && (tokens.get(start).tag().equals("DET") || tokens.get(start).text().equals(",")
                || tokens.get(start).tag().equals("ADP"))) {
            start++;
        }
        if (start > before || !opened && start > 0 && tokens.get(start - 1).text().equals(",") && start - 1 > 0
                && !tokens.get(start - 2).tag().equals("SCONJ")) {
            return null;
        }
        boolean attached = false;
        for (int i = start; i <= subjectEnd; i++) {
            attached |= tokens.get(i).tag().equals("ADP");
        }
        if (!attached && !opened) {
            return null; // "Krasnodar, Russia officials said": no preposition, the head noun is the last one
        }
        int end = start;
        while (end + 1 <= before && NP_TAGS.contains(tag(tokens.get(end + 1)))) {
            end++;
        }
        int whole = subjectEnd;
        if (whole - start < MAX_ACTOR_TOKENS && !join(tokens, start, whole).contains(",")) {
            end = whole;
        }
        return isNominal(tokens, start, end) ? new int[]{start, end} : null;
    }

    /**
     * The noun phrase right before a relative pronoun (or its comma), with a place attached to its head:
     * "the objective of the operation in Kursk, which began" → operation in Kursk, not Kursk.
     */
    private static int[] antecedent(List<Token> tokens, int relative) {
        int end = relative - 1;
        if (end >= 0 && tokens.get(end).text().equals(",")) {
            end--;
        }
        int start = end < 0 ? -1 : npStart(tokens, end);
        if (start < 0) {
            return null;
        }
        if (start >= 2 && tokens.get(start - 1).tag().equals("ADP")
                && Set.of("in", "at", "near", "on", "from").contains(tokens.get(start - 1).lemma())
                && tag(tokens.get(start - 2)).equals("NOUN")) {
            int head = start - 2;
            while (head - 1 >= 0 && Set.of("NOUN", "ADJ").contains(tag(tokens.get(head - 1)))) {
                head--;
            }
            return new int[]{head, end};
        }
        return new int[]{start, end};
    }

    /**
     * Start of the noun phrase ending at {@code end}, or -1: nouns, adjectives, determiners, numbers,
     * proper names joined by "and" ("Department of Disabilities and Special Needs"), one "of"
     * attachment ("Clerk of Council Anne Clarke").
     */
    private static int npStart(List<Token> tokens, int end) {
        if (end < 0) {
            return -1;
        }
        int start = end;
        boolean attached = false;
        while (start >= 0 && (end - start < MAX_ACTOR_TOKENS || end - start < MAX_NAME_TOKENS
                && capitalized(tokens.get(start)))) {
            Token t = tokens.get(start);
            if (NP_TAGS.contains(tag(t))) {
                start--;
            } else if (t.tag().equals("CCONJ") && start >= 1 && capitalized(tokens.get(start - 1))
                    && start + 1 <= end && capitalized(tokens.get(start + 1))) {
                start--;
            } else if (!attached && t.lemma().equals("of") && t.tag().equals("ADP") && start >= 1
                    && Set.of("NOUN", "PROPN").contains(tokens.get(start - 1).tag())) {
                attached = true;
                start--;
            } else if (Set.of("ADP", "DET").contains(t.tag()) && start >= 1 && capitalized(tokens.get(start - 1))
                    && start + 1 <= end && (capitalized(tokens.get(start + 1)) || tokens.get(start + 1).tag().equals("DET")
                    && start + 2 <= end && capitalized(tokens.get(start + 2))) && end - start < MAX_NAME_TOKENS
                    || t.tag().equals("DET") && start >= 2 && tokens.get(start - 1).tag().equals("ADP")
                    && capitalized(tokens.get(start - 2)) && start + 1 <= end && capitalized(tokens.get(start + 1))) {
                // "the Ohio Coalition for the Education of Children with Disabilities": one name
                start--;
            } else {
                break;
            }
        }
        start++;
        while (start <= end && (tokens.get(start).tag().equals("DET") || tokens.get(start).tag().equals("ADP"))) {
            start++;
        }
        if (start > end || !isNominal(tokens, start, end)) {
            return -1;
        }
        return start;
    }

    /** Headline passive without "be": "Drivers warned to watch out", "Man accused of possessing", "one injured in". */
    static boolean isHeadlinePassive(List<Token> tokens, int predicate) {
        String form = tokens.get(predicate).text().toLowerCase(Locale.ROOT);
        if (!form.endsWith("ed") || predicate + 1 >= tokens.size()) {
            return false;
        }
        int before = predicate - 1;
        boolean comma = false;
        while (before >= 0 && (tokens.get(before).tag().equals("ADV") || tokens.get(before).text().equals(","))) {
            comma |= tokens.get(before).text().equals(",");
            before--;
        }
        if (before >= 2 && tokens.get(before).tag().equals("NUM") && tokens.get(before - 1).text().equals(",")
                && Set.of("NOUN", "PROPN").contains(tokens.get(before - 2).tag())) {
            before -= 2; // "Girl, 16, attacked in Lancaster park": an age in commas is no clause break
            comma = false;
        }
        if (before < 0 || !Set.of("NOUN", "PROPN", "NUM").contains(tokens.get(before).tag())
                || comma && !tokens.get(predicate + 1).lemma().equals("by")) {
            return false;
        }
        Token next = tokens.get(predicate + 1);
        Token after = predicate + 2 < tokens.size() ? tokens.get(predicate + 2) : null;
        if (next.lemma().equals("to") && after != null && after.tag().equals("VERB")) {
            return true;
        }
        if (next.lemma().equals("of") && after != null && after.tag().equals("VERB") && after.text().endsWith("ing")) {
            return true;
        }
        if (next.lemma().equals("by") && after != null && Set.of("PROPN", "NOUN", "DET", "ADJ").contains(after.tag())) {
            return true; // "the peninsula annexed by Moscow"
        }
        int subject = npStart(tokens, before);
        int copula = subject - 1;
        while (copula >= 0 && tokens.get(copula).tag().equals("DET")) {
            copula--;
        }
        if (subject > 0 && copula >= 0 && tokens.get(copula).lemma().equals("be") && next.tag().equals("ADP")) {
            return true; // "These are the first cases of West Nile virus reported in Rhode Island"
        }
        // "one injured in North Side", "Two men charged in brazen purse-snatching": a counted subject
        return (tokens.get(before).tag().equals("NUM") || before >= 1 && tokens.get(before - 1).tag().equals("NUM")
                || isAgeApposition(tokens, before)) && (next.tag().equals("ADP")
                || next.tag().equals("SCONJ") && Set.of("after", "before", "when", "while").contains(next.lemma()));
    }

    private static boolean isAgeApposition(List<Token> tokens, int before) {
        return before + 2 < tokens.size() && tokens.get(before + 1).text().equals(",")
                && tokens.get(before + 2).tag().equals("NUM");
    }

    /** What follows a passive predicate in a headline: "to watch out for flooded roads", "of possessing child porn". */
    private static String passiveComplement(List<Token> tokens, int from) {
        if (from < tokens.size() && (tokens.get(from).tag().equals("ADJ")
                || Set.of("VERB", "NOUN").contains(tokens.get(from).tag()) && tokens.get(from).text().matches("[a-z]+(ed|en)"))) {
            return " " + tokens.get(from).text(); // "reported stolen", "found dead"
        }
        if (from + 1 >= tokens.size()) {
            return "";
        }
        Token next = tokens.get(from);
        Token verb = tokens.get(from + 1);
        if (next.lemma().equals("by") && !object(tokens, from + 1).isEmpty()) {
            return " by " + object(tokens, from + 1);
        }
        if (next.tag().equals("ADP") && !Set.of("to", "of").contains(next.lemma())) {
            return prepositionalPhrase(tokens, from); // "Two men charged in brazen purse-snatching"
        }
        if ((next.lemma().equals("to") || next.lemma().equals("of")) && verb.tag().equals("VERB")) {
            int i = from + 2;
            StringBuilder out = new StringBuilder(" ").append(next.text()).append(' ').append(verb.text());
            if (i < tokens.size() && Set.of("have", "be").contains(verb.lemma()) && tokens.get(i).tag().equals("VERB")) {
                out.append(' ').append(tokens.get(i).text()); // "confirmed to have infected a dead wild duck"
                i++;
            }
            if (i < tokens.size() && PARTICLES.contains(tokens.get(i).lemma()) && !tokens.get(i).tag().equals("NOUN")) {
                out.append(' ').append(tokens.get(i).text());
                i++;
            }
            if (i + 1 < tokens.size() && tokens.get(i).tag().equals("ADP") && !object(tokens, i + 1).isEmpty()) {
                // "to watch out for flooded roads"
                out.append(' ').append(tokens.get(i).text());
                i++;
            }
            String object = object(tokens, i);
            return object.isEmpty() ? out.toString() : out.append(' ').append(object).toString();
        }
        return "";
    }

    /** Plural subjects take the bare verb: "Officials say", "Three die". */
    static boolean isPlural(String actor) {
        // the head comes before any attachment: "Health officials in the Gaza Strip confirm"
        String head = actor.split(" (in|of|at|from|for|on|with|near|across) ")[0];
        String[] words = head.split(" ");
        String last = words[words.length - 1];
        String lower = last.toLowerCase(Locale.ROOT);
        String first = words[0].toLowerCase(Locale.ROOT);
        if (lower.matches("\\d[\\d,]*") && !lower.equals("1")
                || Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                "hundreds", "thousands", "they", "we", "i", "you", "both", "police", "people", "men", "women", "children")
                .contains(lower)
                // "Many Kenyans die": a quantifier counts what follows it
                || words.length > 1 && Set.of("many", "several", "few", "both", "all", "most", "some", "two", "three",
                "four", "five", "six", "seven", "eight", "nine", "ten").contains(first) && lower.endsWith("s")
                && !lower.endsWith("ss")) {
            return true;
        }
        return Character.isLowerCase(last.charAt(0)) && lower.length() > 3 && lower.endsWith("s")
                && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("news")
                && !lower.endsWith("ics") || actor.contains(" and ") && actor.equals(actor.toLowerCase(Locale.ROOT))
                || coordinatedHead(actor);
    }

    /** "Mayor and county judge in Dallas declare": two common nouns joined before any preposition are plural. */
    private static boolean coordinatedHead(String actor) {
        String head = actor.split(" (in|of|at|from|for|on|with) ")[0];
        int and = head.indexOf(" and ");
        return and > 0 && and + 5 < head.length() && Character.isLowerCase(head.charAt(and + 5));
    }

    /** No title ends on a preposition, article, conjunction or relative word: "buffer zone on" → "buffer zone". */
    static String trimDangling(String text) {
        String out = text;
        while (true) {
            // lower case only: "warn WHO" ends on a name, not on "who"
            String stripped = out.replaceAll("[ ,;:(]+(of|in|on|at|to|for|from|with|by|into|over|the|a|an|and|or|but|"
                    + "that|which|who|as|its|their|his|her|than|when|while|after|before)\\s*(…?)$", "$2");
            stripped = stripped.replaceAll("[ ,;:(]+(…?)$", "$1").replaceAll("\\s*\\([^)]*$", "");
            if (stripped.equals(out)) {
                return out;
            }
            out = stripped;
        }
    }

    /** The tagger's part of speech, except a "pronoun" that is no pronoun ("post office/PRON") is a noun. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "shall", "should", "must", "ought", "get", "wo", "ca");

    private static String tag(Token t) {
        // "wasn't" (be+not) is an auxiliary too: prepare keeps the AUX of the tagger's AUX+PART
        if (t.tag().equals("AUX") && !AUXILIARIES.contains(t.headLemma().toLowerCase(Locale.ROOT))) {
            return "NOUN"; // "that drones/AUX had attacked": the tagger's slip
        }
        if (t.text().length() >= 2 && t.text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return "PROPN"; // "WHO", "NATO": an acronym is a name, not a pronoun
        }
        if (t.text().matches(".*\\d.*") && t.text().matches(".*[A-Za-z].*") && !t.text().contains("-")) {
            return "PROPN"; // "H5N1": a code is a name
        }
        if (t.tag().equals("PRON") && t.text().length() > 4 && !t.text().toLowerCase(Locale.ROOT).endsWith("self")
                && !Set.of("which", "their", "those", "these", "there", "whose", "whom", "other", "others", "anyone",
                "someone", "everyone", "nobody", "something", "anything", "everything", "nothing")
                .contains(t.text().toLowerCase(Locale.ROOT))) {
            return "NOUN";
        }
        return t.tag();
    }

    private static boolean capitalized(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean isNominal(List<Token> tokens, int start, int end) {
        for (int i = start; i <= end; i++) {
            if (tag(tokens.get(i)).equals("PROPN") || tag(tokens.get(i)).equals("NOUN")
                    || tokens.get(i).tag().equals("NUM") && start == end) {
                return true;
            }
        }
        return false;
    }

    /** The object noun phrase, with one "of/on/into/over X" attachment: "a second bridge over the Seym". */
    static String object(List<Token> tokens, int from) {
        int end = objectEnd(tokens, from);
        int start = from;
        while (start <= end && tokens.get(start).tag().equals("DET")) {
            start++;
        }
        return start > end ? "" : join(tokens, start, end);
    }

    /**
     * Index of the object's last token, or {@code from - 1} when there is none. A quantity keeps its "at
     * least" or "more than" ("killing at least 80 people"); names joined by "and" stay together ("between
     * Moscow and kyiv": never half a coordination).
     */
    private static int objectEnd(List<Token> tokens, int from) {
        int i = from + quantifier(tokens, from);
        int end = from - 1;
        boolean attached = false;
        boolean between = from >= 1 && tokens.get(from - 1).lemma().equals("between");
        while (i < tokens.size() && i - from < MAX_OBJECT_TOKENS) {
            Token t = tokens.get(i);
            boolean adverbInPhrase = t.tag().equals("ADV") && i + 1 < tokens.size()
                    && Set.of("ADJ", "NOUN", "NUM").contains(tokens.get(i + 1).tag());
            boolean possessive = t.tag().equals("PRON") && i == from && POSSESSIVES.contains(t.lemma());
            boolean infinitive = t.tag().equals("PART") && t.lemma().equals("to");
            // "has banned hunting in parts of the country": a gerund object
            boolean gerund = i == from && t.tag().equals("VERB") && t.text().endsWith("ing");
            if (NP_TAGS.contains(tag(t)) && !infinitive || adverbInPhrase || possessive || gerund || t.text().equals("“")
                    || t.text().equals("”")) {
                end = i;
            } else if ((t.tag().equals("ADP") || t.tag().equals("SCONJ") && t.lemma().equals("of")) && !attached && end >= from
                    && Set.of("of", "on", "into", "over", "with", "to", "between").contains(t.lemma())) {
                attached = true;
                between = t.lemma().equals("between");
            } else if (t.tag().equals("CCONJ") && end >= from && coordinated(tokens, i, between) > i) {
                int last = coordinated(tokens, i, between);
                end = last;
                i = last;
            } else {
                break;
            }
            i++;
        }
        while (end >= from && end + 1 < tokens.size() && end - from < MAX_OBJECT_TOKENS + 4
                && capitalized(tokens.get(end)) && capitalized(tokens.get(end + 1))
                && Set.of("PROPN", "NOUN", "ADJ").contains(tag(tokens.get(end + 1)))) {
            end++; // never half a name: "Russia’s Zaporozhye Nuclear Power Plant"
        }
        if (end >= from && i < tokens.size() && i - from >= MAX_OBJECT_TOKENS && tokens.get(i).tag().equals("CCONJ")
                && coordinated(tokens, i, between) > i && coordinated(tokens, i, between) - from < MAX_OBJECT_TOKENS + 4) {
            end = coordinated(tokens, i, between); // the limit falls on "and": the second conjunct comes along
        }
        while (end >= from && (tokens.get(end).tag().equals("ADP") || tokens.get(end).tag().equals("DET")
                || tokens.get(end).tag().equals("CCONJ"))) {
            end--;
        }
        return end;
    }

    /**
     * The last token of a noun conjunct after the conjunction at {@code conjunction}, or -1 when what follows
     * starts a clause ("the bridge and the army said") or is no noun phrase; after "between" a second
     * conjunct is always part of the phrase ("Peace negotiations between Moscow and kyiv have been").
     */
    private static int coordinated(List<Token> tokens, int conjunction, boolean between) {
        int i = conjunction + 1;
        if (i >= tokens.size() || !Set.of("PROPN", "NOUN", "ADJ", "NUM").contains(tag(tokens.get(i)))) {
            return -1;
        }
        while (i + 1 < tokens.size() && Set.of("PROPN", "NOUN", "ADJ", "NUM").contains(tag(tokens.get(i + 1)))) {
            i++;
        }
        if (!between && i + 1 < tokens.size() && Set.of("VERB", "AUX").contains(tokens.get(i + 1).tag())) {
            return -1;
        }
        return isNominal(tokens, conjunction + 1, i) ? i : -1;
    }

    /** "deplored their intensification": a possessive opens an object. */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");

    /** Length of a quantity's modifier before a number: "at least", "more than", "up to", "about", "nearly". */
    private static int quantifier(List<Token> tokens, int from) {
        if (from + 2 < tokens.size()) {
            String two = tokens.get(from).lemma() + " " + tokens.get(from + 1).lemma();
            if (Set.of("at least", "at most", "more than", "less than", "fewer than", "up to").contains(two)
                    && tokens.get(from + 2).tag().equals("NUM")) {
                return 2;
            }
        }
        if (from + 1 < tokens.size() && Set.of("about", "nearly", "almost", "around", "over", "some")
                .contains(tokens.get(from).lemma()) && tokens.get(from + 1).tag().equals("NUM")) {
            return 1;
        }
        return 0;
    }

    /** The reported content of a statement: the words after "that" (or the object), up to a clause break. */
    private static String statement(List<Token> tokens, int reporting, int actorStart, boolean inverted) {
        int i = reporting + 1;
        while (i < tokens.size() && (tokens.get(i).text().isEmpty() || tokens.get(i).tag().equals("ADV"))) {
            i++; // "said on Monday that": the time phrase is blanked
        }
        for (int k = i; k < Math.min(tokens.size(), i + 4); k++) {
            if (tokens.get(k).lemma().equals("that") && !tokens.get(k).tag().equals("DET")) {
                i = k; // "said on Twitter that": the channel is no content
                break;
            }
            if (!Set.of("ADP", "NOUN", "PROPN", "DET").contains(tag(tokens.get(k)))) {
                break;
            }
        }
        boolean that = i < tokens.size() && tokens.get(i).lemma().equals("that");
        if (that) {
            i++;
            int close = i + (i < tokens.size() && tokens.get(i).text().equals(",") ? 1 : 0);
            boolean aside = close > i || i < tokens.size() && tokens.get(i).tag().equals("ADP");
            while (aside && close < tokens.size() && close - i <= 6 && !tokens.get(close).text().equals(",")) {
                close++;
            }
            if (aside && close < tokens.size() && tokens.get(close).text().equals(",")) {
                // "claim that, today, BSE is", "indicates that at the same time last year, the flu level":
                // a short aside after "that" is no content
                i = close + 1;
            } else if (i < tokens.size() && tokens.get(i).text().equals(",")) {
                i++;
            }
        }
        while (actorStart >= 1 && !inverted && tokens.get(actorStart - 1).tag().equals("DET")) {
            actorStart--; // ", the Ohio Coalition … said": the article belongs to the speaker
        }
        boolean speakerAfterContent = actorStart >= 1 && (tokens.get(actorStart - 1).text().equals(",")
                || actorStart >= 2 && Set.of("”", "\"", "''").contains(tokens.get(actorStart - 1).text())
                && tokens.get(actorStart - 2).text().equals(","));
        boolean contentAfter = !inverted && i < tokens.size()
                && Set.of("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ").contains(tag(tokens.get(i)));
        if (speakerAfterContent && !that && !contentAfter) {
            // "…, Clerk of Council Anne Clarke said via e-mail": the content comes first; "One of his advisers,
            // Mykhailo Podoliak, said that …" has it after "that"
            int start = contentStart(tokens, actorStart);
            String before = clause(tokens, start, actorStart - 1);
            if (!before.isEmpty()) {
                return before;
            }
            if (i < tokens.size() && tokens.get(i).text().equals(",")) {
                return clause(tokens, i + 1, tokens.size()); // "In 1911, she added, Buck began his career"
            }
        }
        String after = clause(tokens, i, tokens.size());
        if (after.isEmpty()) {
            // "..., the Kremlin said on Monday": the content comes first
            return clause(tokens, contentStart(tokens, actorStart), Math.max(0, actorStart));
        }
        return after;
    }

    private static final int MAX_CONTENT_TOKENS = 12;

    /** Words from {@code start} up to a comma, a period or {@code limit}, cut at {@value #MAX_CONTENT_TOKENS} with "…". */
    private static String clause(List<Token> tokens, int start, int limit) {
        List<Token> words = new ArrayList<>();
        int end = start;
        int stop = Math.min(limit, tokens.size());
        while (end < stop && words.size() < MAX_CONTENT_TOKENS && !tokens.get(end).text().equals(".")) {
            if (tokens.get(end).text().equals(",")) {
                int close = end + 1;
                boolean relative = close < stop && RELATIVES.contains(tokens.get(close).lemma().toLowerCase(Locale.ROOT))
                        && !words.isEmpty();
                while (relative && close < stop && close - end <= 12 && !tokens.get(close).text().equals(",")) {
                    close++;
                }
                if (!relative || close >= stop || !tokens.get(close).text().equals(",")) {
                    break;
                }
                end = close + 1; // "the renovations, which could begin by mid-April, would also include": the aside goes
                continue;
            }
            words.add(tokens.get(end));
            end++;
        }
        if (words.isEmpty()) {
            return "";
        }
        boolean cut = words.size() >= MAX_CONTENT_TOKENS;
        return sentenceCase(tokens, start, join(words, 0, words.size() - 1)) + (cut ? "…" : "");
    }

    /**
     * The speaker after its verb when the content comes first: "…," said Doctor Christianne Bruschke — a noun
     * phrase up to a comma or the end, or null.
     */
    private static int[] speakerAfter(List<Token> tokens, int verb) {
        if (verb < 1 || !Set.of(",", "”", "\"", "''").contains(tokens.get(verb - 1).text())) {
            return null;
        }
        int start = verb + 1;
        while (start < tokens.size() && tokens.get(start).tag().equals("DET")) {
            start++;
        }
        int end = start;
        while (end < tokens.size() && NP_TAGS.contains(tag(tokens.get(end))) && !tokens.get(end).tag().equals("PART")) {
            end++;
        }
        return end > start && isNominal(tokens, start, end - 1) ? new int[]{start, end - 1} : null;
    }

    /** Where reported content before its speaker starts: past opening commas and a dateline ("MOSCOW —"). */
    private static int contentStart(List<Token> tokens, int limit) {
        int start = 0;
        for (int i = 0; i < Math.min(limit, 5); i++) {
            if (isDash(tokens.get(i)) && i > 0 && tokens.subList(0, i).stream()
                    .allMatch(t -> t.text().equals(t.text().toUpperCase(Locale.ROOT)))) {
                start = i + 1;
            }
        }
        while (start < limit && start < tokens.size() && Set.of(",", "“", "\"").contains(tokens.get(start).text())) {
            start++;
        }
        return start;
    }

    /** Reported content inside a title starts in lower case unless it starts with a name. */
    private static String sentenceCase(List<Token> tokens, int first, String text) {
        if (text.isEmpty() || first >= tokens.size() || tokens.get(first).tag().equals("PROPN")
                || first + 1 < tokens.size() && capitalized(tokens.get(first + 1)) // "Indian Prime Minister"
                || tokens.get(first).text().matches("\\p{Lu}\\p{L}+['’]s") // "Strickland's", a name's possessive
                || tokens.get(first).text().equals("I") || tokens.get(first).text().length() > 1
                && Character.isUpperCase(tokens.get(first).text().charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The noun phrase ending right before a verb, past adverbs, commas and an age in commas ("Girl, 16, attacked"). */
    private static String nounPhraseBefore(List<Token> tokens, int verb) {
        int end = verb - 1;
        while (end >= 0 && (tokens.get(end).tag().equals("ADV") || tokens.get(end).text().equals(","))) {
            end--;
        }
        if (end >= 2 && tokens.get(end).tag().equals("NUM") && tokens.get(end - 1).text().equals(",")) {
            end -= 2;
        }
        int start = npStart(tokens, end);
        return start < 0 ? null : join(tokens, start, end);
    }

    /** A noun's phrase with its attachment; {@code from} is where a modifier read as the predicate starts it. */
    private static String nounPhrase(List<Token> tokens, int noun, int from) {
        while (noun + 1 < tokens.size() && Set.of("NOUN", "PROPN").contains(tag(tokens.get(noun + 1)))
                && capitalized(tokens.get(noun)) && capitalized(tokens.get(noun + 1))) {
            noun++; // a name is not cut: "Emergency Plan", not "Emergency"
        }
        int start = Math.min(noun, from);
        while (start - 1 >= 0 && Set.of("ADJ", "NOUN", "PROPN", "NUM").contains(tokens.get(start - 1).tag())) {
            start--;
        }
        String head = join(tokens, start, noun);
        String tail = noun + 1 < tokens.size() && tokens.get(noun + 1).tag().equals("ADP")
                ? object(tokens, noun + 2) : "";
        return tail.isEmpty() ? head : head + " " + tokens.get(noun + 1).text() + " " + tail;
    }

    static String thirdPerson(String lemma) {
        return switch (lemma) {
            case "be" -> "is";
            case "have" -> "has";
            case "say" -> "says";
            default -> {
                if (lemma.matches(".*(s|sh|ch|x|z|o)")) {
                    yield lemma + "es";
                }
                if (lemma.matches(".*[^aeiou]y")) {
                    yield lemma.substring(0, lemma.length() - 1) + "ies";
                }
                yield lemma + "s";
            }
        };
    }

    /** The tokens as the article spaces them (offsets tell), so that a title never reads "Kiev ." or "Peru 's". */
    private static String join(List<Token> tokens, int start, int end) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (int i = start; i <= end; i++) {
            Token token = tokens.get(i);
            String t = token.text();
            if (t.isEmpty()) {
                continue;
            }
            boolean glue = t.equals("’s") || t.equals("'s") || t.equals("’") || t.equals(",") || t.equals("”")
                    || previous != null && previous.end() == token.start()
                    || out.length() > 0 && (out.charAt(out.length() - 1) == '“' || out.charAt(out.length() - 1) == '$');
            if (out.length() > 0 && !glue) {
                out.append(' ');
            }
            out.append(t);
            previous = token;
        }
        return out.toString();
    }
}
