package org.chronomap.events.extract.event;

import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.AnalyzedText.Sentence;
import org.chronomap.events.extract.sentence.AnalyzedText.Token;
import org.chronomap.events.extract.time.TimeExpression;
import org.chronomap.events.extract.time.TimexType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the clauses that report a happening. Each dated time expression is given to the event
 * predicate that governs it (the nearest one, preferring a predicate before it: "launched an offensive
 * nearly two weeks ago", "said on Sunday"); a reporting predicate is then collapsed into the
 * happening it reports when that happening has no date of its own ("kyiv said on Sunday that it had
 * destroyed a bridge" is one attack, not a statement plus an attack). A sentence with no dated
 * predicate yields at most one event, from its first asserted (unquoted, finite) predicate.
 */
public final class CandidateExtractor {

    /** How many sentences of the first paragraph are the lead, whose undated clauses are the news. */
    private static final int LEAD_SENTENCES = 2;
    /** Beyond this many tokens a time expression is not taken to modify a predicate. */
    private static final int MAX_DISTANCE = 14;
    /** A predicate after the time expression is a weaker governor than one before it. */
    private static final int FOLLOWING_PENALTY = 2;

    /** Words that make a sentence's own timing vague: its undated predicates inherit nothing. */
    private static final Set<String> VAGUE = Set.of("recently", "recent", "earlier", "previously", "formerly",
            "soon", "lately");

    private record Trigger(int index, PredicateFrames.Frame frame, Category category) {
    }

    public List<EventCandidate> extract(AnalyzedText text, List<TimeExpression> times) {
        List<EventCandidate> out = new ArrayList<>();
        List<TimeExpression> recurrences = times.stream().filter(t -> t.type() == TimexType.SET).toList();
        int lead = -1;
        int leadSentences = 0;
        Sentence carrying = null;
        for (Sentence sentence : text.sentences()) {
            List<TimeExpression> own = timesIn(text, sentence, times);
            boolean body = isBody(text.text(), sentence);
            if (lead < 0 && body) {
                lead = sentence.paragraph();
            }
            if (!body && own.isEmpty()) {
                continue; // headlines, teasers and "READ ALSO" lines repeat the body or another story
            }
            // The lead is the first sentences of the first paragraph: a text sent without paragraph breaks
            // (LGL, GeoVirus) is one paragraph, and its background is no lead.
            boolean inLead = false;
            if (body && sentence.paragraph() == lead) {
                inLead = leadSentences < LEAD_SENTENCES;
                leadSentences++;
            }
            boolean inherits = own.isEmpty() && continues(carrying, sentence);
            if (!PredicateFrames.mayHoldPredicate(sentence.text(text.text()))) {
                continue; // no word that could head an event: not worth tagging
            }
            boolean carries = false;
            for (EventCandidate candidate : extract(text, sentence, own, recurrences)) {
                // An undated clause is news only in the lead, where the article reports what just
                // happened, or right after a dated sentence of its paragraph, whose date it inherits;
                // elsewhere undated clauses are background, comment or quotation.
                if (candidate.time() != null || inLead || inherits) {
                    out.add(candidate);
                    carries |= candidate.time() != null || inherits;
                }
            }
            carrying = carries ? sentence : null;
        }
        return out;
    }

    /** Whether {@code sentence} comes right after {@code carrying} in the same paragraph. */
    public static boolean continues(Sentence carrying, Sentence sentence) {
        return carrying != null && carrying.paragraph() == sentence.paragraph()
                && carrying.index() == sentence.index() - 1;
    }

    List<EventCandidate> extract(AnalyzedText text, Sentence sentence, List<TimeExpression> own,
                                 List<TimeExpression> recurrences) {
        List<Token> tokens = sentence.tokens();
        boolean[] quoted = quoted(tokens);
        List<Trigger> triggers = triggers(tokens);
        boolean[] used = new boolean[tokens.size()];
        List<EventCandidate> out = new ArrayList<>();

        record Pair(TimeExpression time, Trigger trigger, int distance) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (TimeExpression time : own) {
            int[] span = tokenSpan(text, tokens, time);
            if (span == null || isAttributiveYear(tokens, span, time)) {
                continue;
            }
            for (Trigger trigger : triggers) {
                if (isNegated(tokens, trigger.index())) {
                    continue; // "did not evacuate anyone on Monday" reports that nothing happened
                }
                if (quoted[trigger.index()] != quoted[span[0]]) {
                    // "“... it won’t happen on April 9,” he said" (LGL 43045768): a quotation's times are its own
                    continue;
                }
                int distance = trigger.index() < span[0] ? span[0] - trigger.index()
                        : trigger.index() > span[1] ? trigger.index() - span[1] + FOLLOWING_PENALTY : -1;
                if (distance > 0 && distance <= MAX_DISTANCE && !crossesClauseBoundary(tokens, trigger.index(), span)
                        && !(trigger.frame().role() == PredicateFrames.Role.REPORTING
                            && isNegatedContent(tokens, trigger.index(), span))) {
                    pairs.add(new Pair(time, trigger, distance));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::distance));
        List<TimeExpression> dated = new ArrayList<>();
        List<Trigger> governed = new ArrayList<>();
        for (Pair pair : pairs) {
            if (used[pair.trigger().index()] || dated.contains(pair.time())) {
                continue;
            }
            Trigger trigger = pair.trigger();
            // "launched an unprecedented offensive nearly two weeks ago": the verb heads the happening,
            // its object noun only names it; both are taken.
            Trigger governor = verbOfObject(tokens, triggers, trigger);
            if (governor != null && !used[governor.index()]) {
                used[trigger.index()] = true;
                trigger = governor.category() == Category.BATTLE || governor.category() == trigger.category()
                        ? new Trigger(governor.index(), governor.frame(), trigger.category()) : governor;
            }
            used[trigger.index()] = true;
            markObject(tokens, triggers, trigger, used);
            dated.add(pair.time());
            governed.add(trigger);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < governed.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> governed.get(i).index()));
        for (int i : order) {
            Trigger trigger = governed.get(i);
            out.add(candidate(text, sentence, trigger, triggers, used, quoted, dated.get(i), !own.isEmpty()));
        }
        if (out.isEmpty() && !hasVagueTime(tokens)) {
            for (Trigger trigger : triggers) {
                if (!quoted[trigger.index()] && isAsserted(tokens, trigger.index()) && !isModal(tokens, trigger.index())
                        && !isConditional(tokens, trigger.index())
                        && !isRecurring(text, tokens, trigger.index(), recurrences)
                        && tokens.get(trigger.index()).tag().equals("VERB")
                        && !isSimplePresent(tokens.get(trigger.index()))
                        && (trigger.frame().role() == PredicateFrames.Role.HAPPENING
                            || reportedContent(tokens, trigger, triggers, used, quoted) != null)) {
                    out.add(candidate(text, sentence, trigger, triggers, used, quoted, null, !own.isEmpty()));
                    break;
                }
            }
        }
        return out;
    }

    private EventCandidate candidate(AnalyzedText text, Sentence sentence, Trigger trigger, List<Trigger> triggers,
                                     boolean[] used, boolean[] quoted, TimeExpression time, boolean sentenceDated) {
        int timeStart = time == null ? -1 : text.codePoints().toUtf16(time.start());
        int timeEnd = time == null ? -1 : text.codePoints().toUtf16(time.end());
        if (trigger.frame().role() == PredicateFrames.Role.REPORTING
                || trigger.frame().lemma().equals("accuse")) {
            Trigger content = reportedContent(sentence.tokens(), trigger, triggers, used, quoted);
            if (content != null) {
                used[content.index()] = true;
                return new EventCandidate(sentence, content.index(), trigger.index(), content.category(), time,
                        timeStart, timeEnd, sentenceDated);
            }
            return new EventCandidate(sentence, trigger.index(), trigger.index(), Category.DIPLOMACY, time, timeStart,
                    timeEnd, sentenceDated);
        }
        return new EventCandidate(sentence, trigger.index(), -1, trigger.category(), time, timeStart, timeEnd,
                sentenceDated);
    }

    /**
     * The undated happening a reporting predicate reports: the first asserted finite predicate of
     * its complement ("said ... that it had destroyed"), its direct object noun ("announced “the forced
     * evacuation"), or, for a report placed after its content ("Ukraine has destroyed a bridge, kyiv
     * said"), a predicate before it; never a future one, which has not happened yet.
     */
    private static Trigger reportedContent(List<Token> tokens, Trigger reporting, List<Trigger> triggers,
                                           boolean[] used, boolean[] quoted) {
        int at = reporting.index();
        for (Trigger t : triggers) {
            if (t.index() <= at || used[t.index()]) {
                continue;
            }
            Token token = tokens.get(t.index());
            if (token.tag().equals("VERB") && isAsserted(tokens, t.index()) && !isSimplePresent(token)
                    && !isFuture(tokens, t.index()) && t.frame().role() == PredicateFrames.Role.HAPPENING) {
                return t;
            }
            if (token.tag().equals("NOUN") && directObject(tokens, at, t.index())) {
                return t;
            }
        }
        boolean reportAfterContent = at >= 2 && tokens.subList(0, at).stream()
                .anyMatch(tok -> tok.text().equals(","));
        if (reportAfterContent) {
            for (Trigger t : triggers) {
                if (t.index() < at && !used[t.index()] && t.frame().role() == PredicateFrames.Role.HAPPENING
                        && tokens.get(t.index()).tag().equals("VERB") && !quoted[t.index()]
                        && isAsserted(tokens, t.index()) && !isSimplePresent(tokens.get(t.index()))
                        && !isFuture(tokens, t.index())) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The verb trigger whose object the noun trigger is ("launched an offensive"), or null. */
    private static Trigger verbOfObject(List<Token> tokens, List<Trigger> triggers, Trigger noun) {
        if (!tokens.get(noun.index()).tag().equals("NOUN")) {
            return null;
        }
        for (Trigger t : triggers) {
            if (t.index() < noun.index() && noun.index() - t.index() <= 4 && tokens.get(t.index()).tag().equals("VERB")
                    && t.frame().role() == PredicateFrames.Role.HAPPENING && onlyModifiers(tokens, t.index(), noun.index())) {
                return t;
            }
        }
        return null;
    }

    /** Marks a verb's object noun trigger as part of its happening. */
    private static void markObject(List<Token> tokens, List<Trigger> triggers, Trigger verb, boolean[] used) {
        if (!tokens.get(verb.index()).tag().equals("VERB")) {
            return;
        }
        for (Trigger t : triggers) {
            if (t.index() > verb.index() && t.index() - verb.index() <= 4 && tokens.get(t.index()).tag().equals("NOUN")
                    && onlyModifiers(tokens, verb.index(), t.index())) {
                used[t.index()] = true;
            }
        }
    }

    private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String tag = tokens.get(i).tag();
            if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NOUN") && !tag.equals("NUM")
                    && !tag.equals("ADV") && !tag.equals("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    /** Only determiners, adjectives, quotes and the time expression's words lie between verb and noun. */
    private static boolean directObject(List<Token> tokens, int verb, int noun) {
        if (noun - verb > 7) {
            return false;
        }
        for (int i = verb + 1; i < noun; i++) {
            String tag = tokens.get(i).tag();
            // an attributive participle ("the forced evacuation") belongs to the noun phrase
            boolean participle = tag.equals("VERB") && i + 1 < tokens.size()
                    && Set.of("NOUN", "ADJ").contains(tokens.get(i + 1).tag()) && tokens.get(i).text().endsWith("ed");
            if (tag.equals("VERB") && !participle || tag.equals("SCONJ") || tokens.get(i).lemma().equals("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A simple present ("as long as it conducts strikes", "continues to demand") describes a state or a
     * habit, not a happening: the verb's form is its lemma plus -s.
     */
    static boolean isSimplePresent(Token token) {
        String text = token.text().toLowerCase(Locale.ROOT);
        String lemma = token.lemma();
        return !text.equals(lemma) && (text.equals(lemma + "s") || text.equals(lemma + "es")
                || lemma.endsWith("y") && text.equals(lemma.substring(0, lemma.length() - 1) + "ies"));
    }

    /**
     * Words whose infinitive complement did not happen: "refused to capture", "failed to take", "was unable to visit
     * his daughter one last time before she was buried last weekend" (LGL 44009767).
     */
    private static final Set<String> NEGATIVE_CONTROL = Set.of("refuse", "fail", "decline", "deny", "reject", "unable");

    static boolean isNegated(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
            String lemma = tokens.get(i).lemma();
            if (tokens.get(i).isNegation()) {
                return true;
            }
            if (lemma.equals("to") && i > 0 && (NEGATIVE_CONTROL.contains(tokens.get(i - 1).lemma())
                    || NEGATIVE_CONTROL.contains(tokens.get(i - 1).lemma() + "e"))) {
                return true;
            }
            if (!isAuxiliaryOrAdverb(tokens.get(i))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> FUTURE_MODALS = Set.of("will", "would", "shall");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "must", "should", "could", "can",
            "may", "might");
    /** Modals that, with a perfect, suppose a past happening ("may have been damaged", "must have left"). */
    private static final Set<String> POSSIBLE_PAST = Set.of("may", "might", "could", "must");

    /**
     * "will soon visit", "would take place": what a report announces has not happened yet, so the
     * announcement is the happening ("Modi will soon visit Ukraine, Indian diplomacy announced on Monday").
     */
    static boolean isFuture(List<Token> tokens, int index) {
        int modal = modalBefore(tokens, index);
        return modal >= 0 && FUTURE_MODALS.contains(tokens.get(modal).lemma());
    }

    /**
     * Under a modal that does not report a possible past: "The booster would have burned in the friction of the
     * Earth's atmosphere" (LGL 44102981) says what did not happen, "will meet" what has not yet. An undated clause
     * under such a modal is no event; a dated one is a plan ("will visit on Friday"). "may have been damaged by
     * tree roots" (GeoVirus) supposes a happening, and stays one.
     */
    static boolean isModal(List<Token> tokens, int index) {
        int modal = modalBefore(tokens, index);
        if (modal < 0) {
            return false;
        }
        boolean perfect = tokens.subList(modal + 1, index).stream().anyMatch(t -> t.lemma().equals("have"));
        return !(perfect && POSSIBLE_PAST.contains(tokens.get(modal).lemma()));
    }

    /**
     * The modal among the adverbs, auxiliaries and particles (at most three) right before the verb, or -1; an
     * auxiliary, so that the name in "Theresa May said" is none.
     */
    private static int modalBefore(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
            Token token = tokens.get(i);
            if (!isAuxiliaryOrAdverb(token)) {
                return -1;
            }
            if (token.tag().startsWith("AUX") && MODALS.contains(token.headLemma())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What may stand between a verb and its auxiliaries: "didn't" is one token the English UD model tags AUX+PART
     * ("Officials didn't evacuate anyone on Monday" was an evacuation while it was not read).
     */
    private static boolean isAuxiliaryOrAdverb(Token token) {
        String tag = token.tag();
        return tag.equals("ADV") || tag.equals("AUX") || tag.equals("PART") || tag.equals("AUX+PART");
    }

    /**
     * In an "if" or "unless" clause: "If approved by the Georgia Public Service Commission, the expansion would
     * stretch the service" (LGL 44145259) supposes an approval. Undated, such a clause is no event; a dated one is a
     * plan ("if the City Council approves a financing package today").
     */
    static boolean isConditional(List<Token> tokens, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String t = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (t.equals(",") || t.equals(";")) {
                return false;
            }
            if (t.equals("if") || t.equals("unless")) {
                return true;
            }
        }
        return false;
    }

    /** Not an infinitive ("to occupy"), not negated ("did not capture"), not a plain modal future. */
    static boolean isAsserted(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
            String lemma = tokens.get(i).lemma();
            String tag = tokens.get(i).tag();
            if (lemma.equals("to") && tag.equals("PART")) {
                // "claimed to have destroyed": a perfect infinitive reports a completed happening
                return i + 1 < index && tokens.get(i + 1).lemma().equals("have");
            }
            if (tokens.get(i).isNegation()) {
                return false;
            }
            if (!isAuxiliaryOrAdverb(tokens.get(i))) {
                break;
            }
        }
        return true;
    }

    private static boolean hasVagueTime(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> VAGUE.contains(t.lemma()));
    }

    /**
     * A bare year before a name, with no preposition before it, is part of what it names: "the 2008 Ford Focus
     * that police say was stolen", "a 2006 Mercury crashed", "prepares for the 2008 Summer Olympics" (LGL 41876608,
     * 40550712, GeoVirus 114). It dates no verb; a common noun after it may name the happening itself ("the 2008
     * epidemic that killed thousands", GeoVirus 185), so only a name is read this way.
     */
    private static boolean isAttributiveYear(List<Token> tokens, int[] span, TimeExpression time) {
        int after = span[1] + 1;
        return time.rule().equals("year") && after < tokens.size() && tokens.get(after).tag().equals("PROPN")
                && (span[0] == 0 || !tokens.get(span[0] - 1).tag().equals("ADP"));
    }

    /**
     * A semicolon, a sentence-internal full clause break, or, after the predicate, a comma and a conjunction opening
     * the next clause ("approved this deal, and on Dec. 13, 2003, paid", LGL 41545605) separates a predicate from a
     * time expression.
     */
    private static boolean crossesClauseBoundary(List<Token> tokens, int trigger, int[] span) {
        int from = Math.min(trigger, span[0]);
        int to = Math.max(trigger, span[1]);
        for (int i = from; i <= to; i++) {
            String t = tokens.get(i).text();
            if (t.equals(";") || t.equals("–") || t.equals("—")) {
                return true;
            }
            if (trigger < span[0] && t.equals(",") && i + 1 < span[0]
                    && COORDINATORS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but");

    /**
     * A time in a negated content is no time of the report's: "Herb Asher said he doesn't expect partisan wrangling
     * to doom the transportation budget this year" (LGL 41724074), "They don't have to pay the loan back until July
     * 1, 2010, he said" (LGL 43892962). The negation lies between the reporting verb and the time, or before the
     * time in a content written first.
     */
    private static boolean isNegatedContent(List<Token> tokens, int reporting, int[] span) {
        int from = reporting < span[0] ? reporting + 1 : 0;
        int to = reporting < span[0] ? span[0] : Math.min(span[0], reporting);
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isNegation()) {
                return true;
            }
        }
        return false;
    }

    List<Trigger> triggers(List<Token> tokens) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String lemma = nounLemma(token);
            var frame = PredicateFrames.lookup(lemma, token.tag());
            if (frame.isEmpty() || isAttributiveParticiple(tokens, i)) {
                continue;
            }
            Category category = PredicateFrames.cueCategory(frame.get(), arguments(tokens, i, frame.get()));
            if (category != null) {
                out.add(new Trigger(i, frame.get(), category));
            }
        }
        return out;
    }

    /** Tags of what a compound adjective can stand before. */
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "ADJ", "PROPN");

    /**
     * A participle inside a noun phrase names a kind of thing, not a happening: "its first confirmed
     * case", "the reported attacks" (the tagger calls it a verb).
     */
    static boolean isAttributiveParticiple(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.tag().equals("VERB") || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        // A participle hyphenated to the word before it is a compound adjective: "coal-burning power plants",
        // "Iranian-backed militias" (the tagger calls "burning" a verb; the hyphen may be a token of its own).
        if (isHyphenatedToPrevious(tokens, i) && NOMINAL_TAGS.contains(tokens.get(i + 1).tag())) {
            return true;
        }
        if (!t.text().toLowerCase(Locale.ROOT).endsWith("ed")) {
            return false;
        }
        Token before = tokens.get(i - 1);
        String word = before.text().toLowerCase(Locale.ROOT);
        boolean opensPhrase = before.tag().equals("DET") || before.tag().equals("ADJ") || before.tag().equals("NUM")
                || java.util.Set.of("its", "their", "his", "her", "our", "my", "your").contains(word);
        // "other elected official" (LGL 43001564): the tagger may call the noun after it an adjective
        return opensPhrase && NOMINAL_TAGS.contains(tokens.get(i + 1).tag());
    }

    private static boolean isHyphenatedToPrevious(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token before = tokens.get(i - 1);
        if (before.end() != t.start()) {
            return false;
        }
        return before.text().length() > 1 && before.text().endsWith("-")
                || before.text().equals("-") && i >= 2 && tokens.get(i - 2).end() == before.start();
    }

    /** "talks" is its own noun (negotiations), not the plural of a talk. */
    private static String nounLemma(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        return token.tag().equals("NOUN") && lower.equals("talks") ? "talks" : token.lemma();
    }

    /** Lemmas of the words around a predicate that can carry its argument cues. */
    private static List<String> arguments(List<Token> tokens, int index, PredicateFrames.Frame frame) {
        List<String> lemmas = new ArrayList<>();
        for (int i = index + 1; i < Math.min(tokens.size(), index + 6); i++) {
            lemmas.add(tokens.get(i).lemma());
        }
        // "the operation in Kursk, which began": the subject of an aspectual verb can sit a clause back;
        // a particle cue ("rule out", "call for") only follows its verb
        if (ASPECTUAL.contains(frame.lemma())) {
            for (int i = index - 1; i >= Math.max(0, index - 6); i--) {
                lemmas.add(tokens.get(i).lemma());
            }
        }
        return lemmas;
    }

    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "launch", "conduct", "carry");

    /** Token index range [first, last] covered by the time expression, or null. */
    private static int[] tokenSpan(AnalyzedText text, List<Token> tokens, TimeExpression time) {
        int start = text.codePoints().toUtf16(time.start());
        int end = text.codePoints().toUtf16(time.end());
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > start && t.start() < end) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static List<TimeExpression> timesIn(AnalyzedText text, Sentence sentence, List<TimeExpression> times) {
        List<TimeExpression> own = new ArrayList<>();
        for (TimeExpression time : times) {
            int start = text.codePoints().toUtf16(time.start());
            // a duration the tagger could anchor ("almost two weeks after troops launched", "leading an
            // offensive for 12 days") dates its clause as well as a calendar date does
            boolean dates = time.isResolved() || time.anchoredStart() != null && time.anchoredEnd() != null;
            if (start >= sentence.start() && start < sentence.end() && dates) {
                own.add(time);
            }
        }
        return own;
    }

    /**
     * A predicate with a recurrence ("each year", "daily"; those of other sentences have no span in this one) in its
     * clause tells what keeps happening, no happening of its own: "Over
     * 37,000 people die in the United States each year of seasonal influenza" (GeoVirus 187).
     */
    private static boolean isRecurring(AnalyzedText text, List<Token> tokens, int trigger,
                                       List<TimeExpression> recurrences) {
        for (TimeExpression set : recurrences) {
            int[] span = tokenSpan(text, tokens, set);
            if (span == null) {
                continue;
            }
            int from = Math.min(trigger, span[0]);
            int to = Math.max(trigger, span[1]);
            boolean sameClause = to - from <= MAX_DISTANCE;
            for (int i = from; i <= to && sameClause; i++) {
                String t = tokens.get(i).text();
                sameClause = !t.equals(",") && !t.equals(";");
            }
            if (sameClause) {
                return true;
            }
        }
        return false;
    }

    /** Marks tokens inside double quotation marks (“…”, "…", «…»): quoted words are not the article's own report. */
    static boolean[] quoted(List<Token> tokens) {
        boolean[] quoted = new boolean[tokens.size()];
        boolean inside = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.equals("“") || t.equals("«") || (t.equals("\"") && !inside)) {
                inside = true;
            } else if (t.equals("”") || t.equals("»") || t.equals("\"")) {
                inside = false;
            } else {
                quoted[i] = inside;
            }
        }
        return quoted;
    }

    /**
     * Body sentences end like sentences; a line without final punctuation is a headline, a teaser or a
     * section title, and "READ ALSO" lines point at other stories.
     */
    static boolean isBody(String text, Sentence sentence) {
        String s = sentence.text(text).strip();
        if (s.isEmpty() || s.regionMatches(true, 0, "READ ALSO", 0, 9)) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        // counted on whitespace, so that deciding costs no tagging
        return ".!?\"”’»)".indexOf(last) >= 0 && s.split("\\s+").length >= 6;
    }
}
