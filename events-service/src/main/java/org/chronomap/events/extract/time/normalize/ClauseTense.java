package org.chronomap.events.extract.time.normalize;

import org.chronomap.events.extract.sentence.AnalyzedText.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the tense of the clause around a time expression from the UPOS tags and lemmas of the
 * OpenNLP UD model, which has no Penn tense tags: a verb whose surface differs from its lemma and
 * does not end in -s or -ing is past ("said"/"say"); will/shall, "is expected to", "plans to", "due to"
 * mark the future; have + participle is past (present perfect reports a completed event).
 * The governing verb is the nearest one before the expression in its clause, else the first after it
 * ("On Sunday, Moscow accused Kiev").
 */
public final class ClauseTense {

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "that", "which", "who", "whom", "whose",
            "when", "while", "because", "although", "though", "if", "unless", "where",
            "\"", "“", "”", "(", ")", "—", "–");
    /** Verbs that put what they govern into the future: "is expected to", "plans to", "is due to". */
    private static final Set<String> FUTURE_GOVERNORS = Set.of("expect", "plan", "schedule", "due", "intend",
            "aim", "hope", "prepare", "set", "propose", "want", "seek", "promise", "vow", "pledge", "threaten", "go");
    private static final Set<String> SCHEDULING_VERBS = Set.of("schedule", "reschedule", "postpone", "delay", "adjourn",
            "defer");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo", "may", "might", "can",
            "must", "should", "ca");

    /** Verbs whose plain present reports or describes a state ("officials say", "they want"), never a timetable. */
    private static final Set<String> STATIVE_OR_REPORTING = Set.of("say", "tell", "report", "announce", "claim",
            "believe", "think", "know", "want", "need", "have", "be", "do", "see", "hope", "feel", "expect", "fear",
            "insist", "deny", "warn", "argue", "agree", "remain", "seem", "appear", "like", "own", "hold", "mean");

    /** Participles that report a plan rather than an event: "a vote scheduled Friday" lies ahead. */
    private static final List<String> PLAN_PARTICIPLE_STEMS = List.of("schedul", "reschedul", "plann", "expect",
            "intend", "propos", "postpon", "delay", "adjourn", "defer", "set", "due", "slat");

    /**
     * How many tokens away a clause's verb may be looked for. The clause reader tags about 100 characters before a
     * date and up to 160 after it, some 20 and 30 tokens; when many dates share one sentence its tokens cover all
     * of them, and an unbounded search made a 1 MB list of days with no verb quadratic.
     */
    private static final int REACH = 60;

    private ClauseTense() {
    }

    /** Tense for the expression covering tokens [first, last] of a sentence (indices into {@code tokens}). */
    public static Tense of(List<Token> tokens, int first, int last) {
        int verb = nearestVerbBefore(tokens, first);
        if (verb < 0) {
            verb = firstVerbAfter(tokens, last);
        }
        Tense tense = verb < 0 ? Tense.UNKNOWN : tenseOfGroup(tokens, verb);
        // "the decision, announced Wednesday by the INS": a reduced relative clause, whose participle the UD
        // model tags ADJ (lemma unchanged), so the verb found is the one of the main clause ("would appeal").
        int participle = participleJustBefore(tokens, first);
        if (participle >= 0) {
            tense = Tense.PAST;
            verb = participle;
        }
        // A past perfect ("had been due to expire Friday", "Until Thursday, they had not called") is past
        // whatever the signal; otherwise "until Tuesday", "as early as Tuesday" give a deadline or a
        // forecast, which news gives for what is still to come.
        if (verb >= 0 && hasPastPerfect(tokens, verb)) {
            return Tense.PAST;
        }
        if (isForwardSignal(tokens, first)) {
            return Tense.FUTURE;
        }
        return tense;
    }

    /** The index of an event participle tagged ADJ right before the expression (or before "on" and it), else -1. */
    private static int participleJustBefore(List<Token> tokens, int first) {
        int i = first - 1;
        if (i >= 0 && tokens.get(i).text().equalsIgnoreCase("on")) {
            i--;
        }
        if (i < 0) {
            return -1;
        }
        Token t = tokens.get(i);
        String lower = t.text().toLowerCase(Locale.ROOT);
        boolean participle = t.tag().equals("ADJ") && lower.endsWith("ed") && lower.length() > 4
                && PLAN_PARTICIPLE_STEMS.stream().noneMatch(lower::startsWith);
        return participle ? i : -1;
    }

    private static boolean isForwardSignal(List<Token> tokens, int first) {
        String before = first > 0 ? tokens.get(first - 1).text().toLowerCase(Locale.ROOT) : "";
        if (before.matches("until|till|pending|effective")) {
            return true;
        }
        // "as early as Tuesday", "as soon as Tuesday"
        return first >= 3 && before.equals("as") && tokens.get(first - 3).text().equalsIgnoreCase("as")
                && tokens.get(first - 2).text().toLowerCase(Locale.ROOT).matches("early|soon");
    }

    private static boolean hasPastPerfect(List<Token> tokens, int verb) {
        for (int i = verb; i >= 0 && verb - i <= 4; i--) {
            Token t = tokens.get(i);
            if (t.text().equalsIgnoreCase("had") || t.text().equalsIgnoreCase("'d") && t.tag().equals("AUX")) {
                return true;
            }
            if (i < verb && !t.isVerb() && !t.tag().equals("ADV") && !t.tag().equals("PART")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the governing verb group is perfect or progressive ("have been leading", "has lasted",
     * "are fighting"): a duration in such a clause runs up to the reference point.
     */
    public static boolean isPerfectOrProgressive(List<Token> tokens, int first, int last) {
        int verb = nearestVerbBefore(tokens, first);
        if (verb < 0) {
            verb = firstVerbAfter(tokens, last);
        }
        if (verb < 0) {
            return false;
        }
        for (int i = verb; i >= 0 && verb - i <= 3; i--) {
            Token t = tokens.get(i);
            if (t.tag().equals("AUX") && (t.lemma().equals("have") && !t.text().equalsIgnoreCase("had"))) {
                return true;
            }
            if (i < verb && !t.isVerb() && !t.tag().equals("ADV") && !t.tag().equals("PART")) {
                break;
            }
        }
        String main = tokens.get(verb).text().toLowerCase(Locale.ROOT);
        return main.endsWith("ing") && verb > 0 && tokens.get(verb - 1).lemma().equals("be")
                && surfaceTense(tokens.get(verb - 1)) == Tense.PRESENT;
    }

    private static int nearestVerbBefore(List<Token> tokens, int first) {
        boolean closed = false;
        for (int i = first - 1; i >= Math.max(0, first - REACH); i--) {
            Token t = tokens.get(i);
            if (isClauseVerb(tokens, i)) {
                return mainVerbOfGroup(tokens, i);
            }
            // An expression inside parentheses restates one of the clause around them ("will leave at 4 in the
            // morning (4 a.m. EDT Thursday)"): its verb is outside.
            if (t.text().equals(")")) {
                closed = true;
            }
            if (t.text().equals("(") && !closed) {
                continue;
            }
            // ", and" opens a coordinated clause whose own verb the tagger may miss ("ruled that Elian must be
            // returned to his father, ..., and set Friday as the deadline": "set" tagged ADJ); the verb of the
            // clause before does not govern the date.
            if (isBreak(t) || t.tag().equals("CCONJ") && i > 0 && tokens.get(i - 1).text().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    private static int firstVerbAfter(List<Token> tokens, int last) {
        for (int i = last + 1; i < Math.min(tokens.size(), last + 1 + REACH); i++) {
            Token t = tokens.get(i);
            if (isClauseVerb(tokens, i)) {
                return i;
            }
            if (isBreak(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A verb, unless it is capitalised inside the text: the UD model tags some words of names as verbs
     * ("the Roe vs. Wade Supreme Court decision"), and a verb inside an English sentence is lower case.
     * The first token of the stretch may open a sentence, so it counts as written.
     */
    private static boolean isClauseVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isVerb() || isCompoundPart(tokens, i) || isPossessive(tokens, i)) {
            return false;
        }
        return i == 0 || !Character.isUpperCase(t.text().codePointAt(0)) || opensSentence(tokens.get(i - 1));
    }

    /** "liquid-chromatography line": a word hyphenated to the next one modifies it; the tokenizer cut it off. */
    private static boolean isCompoundPart(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        Token hyphen = tokens.get(i + 1);
        return hyphen.text().equals("-") && hyphen.start() == tokens.get(i).end()
                && tokens.get(i + 2).start() == hyphen.end();
    }

    /**
     * "Milton Roy's liquid-chromatography line": the tokenizer cuts the possessive 's off, and the UD model
     * tags it AUX (a contracted "is"). After a noun and before a word that cannot continue a verb group it is
     * a possessive.
     */
    private static boolean isPossessive(List<Token> tokens, int i) {
        String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
        int owner;
        if (lower.equals("'s") || lower.equals("’s")) {
            owner = i - 1;
        } else if (lower.equals("s") && i >= 1 && tokens.get(i - 1).text().matches("['’]")
                && tokens.get(i - 1).end() == tokens.get(i).start()) {
            owner = i - 2;
        } else {
            return false;
        }
        if (owner < 0 || !tokens.get(owner).tag().matches("NOUN|PROPN")) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).tag();
        return !(next.matches("ADV|PART|DET|AUX") || next.equals("VERB") && isClauseVerb(tokens, i + 1));
    }

    /**
     * An opening quote or bracket, after which a quoted sentence may start with a capital. A full stop inside
     * the tokens of one sentence closes an abbreviation ("vs.", "U.S."), not a sentence.
     */
    private static boolean opensSentence(Token previous) {
        return previous.text().matches("[\"“‘'`(]+");
    }

    /** From any verb of a group, walk right over the auxiliary chain to the main verb. */
    private static int mainVerbOfGroup(List<Token> tokens, int i) {
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j).tag().equals("AUX")
                && (tokens.get(j + 1).isVerb() || tokens.get(j + 1).tag().equals("ADV") || tokens.get(j + 1).tag().equals("PART"))) {
            j++;
        }
        return tokens.get(j).isVerb() ? j : i;
    }

    static Tense tenseOfGroup(List<Token> tokens, int verb) {
        // Walk left over the auxiliaries, negation and adverbs of the group.
        int from = verb;
        while (from - 1 >= 0) {
            Token prev = tokens.get(from - 1);
            if (prev.tag().equals("AUX") || prev.tag().equals("PART") || prev.tag().equals("ADV")
                    && !prev.text().contains(",")) {
                from--;
            } else {
                break;
            }
        }
        boolean perfect = false;
        Tense auxTense = null;
        for (int i = from; i <= verb; i++) {
            Token t = tokens.get(i);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!t.tag().equals("AUX") || i == verb && i > from) {
                continue;
            }
            // "may have been responsible for a drop ... on Wednesday", "would have closed Friday": a modal
            // perfect looks back.
            if ((FUTURE_MODALS.contains(lower) || lower.equals("would")) && i + 1 <= verb
                    && tokens.get(i + 1).text().toLowerCase(Locale.ROOT).matches("have|'ve")) {
                return Tense.PAST;
            }
            if (FUTURE_MODALS.contains(lower) || FUTURE_MODALS.contains(t.lemma())) {
                return Tense.FUTURE;
            }
            // "said Modi would visit on Friday": the future of reported speech, ahead of the report too.
            if (lower.equals("would") || lower.equals("'d") && !verbIsParticiple(tokens, verb)) {
                return Tense.FUTURE;
            }
            if (lower.equals("could")) {
                auxTense = auxTense == null ? Tense.UNKNOWN : auxTense;
                continue;
            }
            if (t.lemma().equals("have")) {
                perfect = true;
            }
            if (auxTense == null || auxTense == Tense.UNKNOWN) {
                auxTense = surfaceTense(t);
            }
        }
        Token main = tokens.get(verb);
        // "is to resume trading in Paris Tuesday", "stopped trading Friday": a gerund after a verb takes the
        // tense of that verb.
        if (from == verb && verb > 0 && main.text().toLowerCase(Locale.ROOT).endsWith("ing")
                && tokens.get(verb - 1).tag().equals("VERB")) {
            return tenseOfGroup(tokens, verb - 1);
        }
        // "has scheduled a news conference Thursday", "postponed the vote to Tuesday": what is scheduled lies
        // ahead, unless a past auxiliary says the schedule itself is history ("was scheduled for Saturday").
        if (SCHEDULING_VERBS.contains(main.lemma()) && auxTense != Tense.PAST) {
            return Tense.FUTURE;
        }
        // "Protesters planned a large demonstration in Little Havana on Saturday": the object of a plan is the
        // planned event, still ahead of the report. Only with a determiner after the verb: a bare "planned" may be
        // a participle ("a memorial service planned at the University for Saturday was canceled").
        if (isPlanWord(main) && auxTense != Tense.PAST && verb + 1 < tokens.size()
                && tokens.get(verb + 1).tag().equals("DET")) {
            return Tense.FUTURE;
        }
        // "is expected to", "plans to visit", "is due to", "is going to": the future is in the governor.
        if (FUTURE_GOVERNORS.contains(main.lemma()) && followedByTo(tokens, verb) && auxTense != Tense.PAST
                && !isPastForm(main)) {
            return Tense.FUTURE;
        }
        if (main.lemma().equals("expect") && auxTense == Tense.PRESENT) {
            return Tense.FUTURE;
        }
        // Infinitive: "plans to visit on Friday" → look at the verb that governs "to".
        if (verb - 1 >= 0 && tokens.get(verb - 1).text().equalsIgnoreCase("to") && verb - 2 >= 0) {
            int governor = verb - 2;
            while (governor >= 0 && !tokens.get(governor).isVerb() && !tokens.get(governor).lemma().equals("due")
                    && !isPlanWord(tokens.get(governor)) && !isAgreementWord(tokens.get(governor))) {
                if (isBreak(tokens.get(governor)) || verb - governor > 4) {
                    governor = -1;
                    break;
                }
                governor--;
            }
            if (governor >= 0) {
                Token g = tokens.get(governor);
                Tense governorTense = tenseOfGroup(tokens, governor);
                // "is scheduled to close", "plans to visit", "is due to", "is to resume": the future;
                // "was scheduled to" is a past plan, resolved as the nearest date.
                // A plan reported in the past ("planned to leave Nairobi on Thursday", "were planning to drive
                // ... on Monday", "did not plan to remove Elian on Thursday") is still ahead of the report.
                if (isPlanWord(g) || isAgreementWord(g)) {
                    return Tense.FUTURE;
                }
                if (FUTURE_GOVERNORS.contains(g.lemma()) || g.lemma().equals("due") || g.lemma().equals("be")) {
                    return governorTense == Tense.PAST && !hasPresentAux(tokens, governor) ? Tense.UNKNOWN : Tense.FUTURE;
                }
                return governorTense;
            }
        }
        if (perfect) {
            return Tense.PAST;
        }
        if (auxTense != null) {
            return auxTense;
        }
        if (isScheduledPresent(tokens, from, verb)) {
            return Tense.FUTURE;
        }
        return surfaceTense(main);
    }

    /**
     * "plan" in any form: the UD model often tags "plans"/"planning" before "to" as nouns ("the League plans to
     * hold a news conference", "were planning to drive"), and a noun plan ("its plans to sell") lies ahead too.
     */
    private static boolean isPlanWord(Token t) {
        return t.lemma().equals("plan") || t.text().toLowerCase(Locale.ROOT).matches("plans?|planned|planning");
    }

    /**
     * "agreed to purchase ... in February", "an agreement to acquire ... in January": what is agreed is done
     * after the agreement, so a date in the infinitive is ahead even when the agreement is reported in the past.
     */
    private static boolean isAgreementWord(Token t) {
        return t.text().toLowerCase(Locale.ROOT).matches("agree[sd]?|agreeing|agreements?");
    }

    /** "is scheduled": a present auxiliary before a participle makes a present passive, not a past. */
    private static boolean hasPresentAux(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= 0 && verb - i <= 2; i--) {
            Token t = tokens.get(i);
            if (t.tag().equals("AUX")) {
                return surfaceTense(t) == Tense.PRESENT;
            }
        }
        return false;
    }

    /**
     * "He and Palestinian leader Yasser Arafat meet separately Monday": a dynamic verb in the plain present
     * (not the 3rd person singular, which news uses for reports and states) with no auxiliary states a
     * timetable. Reporting and stative verbs ("officials say", "they want") are no timetable.
     */
    private static boolean isScheduledPresent(List<Token> tokens, int from, int verb) {
        Token main = tokens.get(verb);
        String lower = main.text().toLowerCase(Locale.ROOT);
        return from == verb && main.tag().equals("VERB") && lower.equals(main.lemma()) && !lower.endsWith("s")
                && !lower.endsWith("ing") && !lower.endsWith("ed") && !STATIVE_OR_REPORTING.contains(main.lemma())
                && verb > 0 && isPluralSubject(tokens, verb - 1)
                && !(verb + 1 < tokens.size() && tokens.get(verb + 1).tag().equals("NOUN"));
    }

    /**
     * A subject ending at {@code end} that takes the plain present: a plural personal pronoun, a noun in -s, or
     * a noun phrase joined by "and" ("He and Palestinian leader Yasser Arafat"). A single name does not: with a
     * plain form after it the lemmatizer has missed an irregular past ("the bullet that tore").
     */
    private static boolean isPluralSubject(List<Token> tokens, int end) {
        Token t = tokens.get(end);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (t.tag().equals("PRON")) {
            return lower.matches("they|we|you|i");
        }
        if (t.tag().equals("NOUN") && lower.endsWith("s")) {
            return true;
        }
        for (int i = end; i >= 0 && end - i <= 6; i--) {
            Token w = tokens.get(i);
            if (w.tag().equals("CCONJ")) {
                return w.text().equalsIgnoreCase("and") && i < end;
            }
            if (!w.tag().matches("NOUN|PROPN|ADJ|DET")) {
                return false;
            }
        }
        return false;
    }

    /** "he'd gone": 'd before a participle is "had", not "would". */
    private static boolean verbIsParticiple(List<Token> tokens, int verb) {
        Token main = tokens.get(verb);
        return surfaceTense(main) == Tense.PAST;
    }

    private static boolean followedByTo(List<Token> tokens, int verb) {
        return verb + 1 < tokens.size() && tokens.get(verb + 1).text().equalsIgnoreCase("to");
    }

    private static boolean isPastForm(Token t) {
        return surfaceTense(t) == Tense.PAST;
    }

    /** Tense of one verb form from its surface and lemma. */
    static Tense surfaceTense(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        switch (lower) {
            case "was", "were", "did", "had", "'d" -> { return Tense.PAST; }
            case "is", "are", "am", "'s", "'re", "'m", "does", "do", "has", "have", "'ve" -> { return Tense.PRESENT; }
            case "will", "shall", "'ll" -> { return Tense.FUTURE; }
            default -> { }
        }
        if (lower.endsWith("ing")) {
            return Tense.UNKNOWN;
        }
        if (!lower.equals(t.lemma()) && !lower.endsWith("s")) {
            return Tense.PAST;
        }
        return Tense.PRESENT;
    }

    private static boolean isBreak(Token t) {
        return CLAUSE_BREAKS.contains(t.text().toLowerCase(Locale.ROOT));
    }
}
