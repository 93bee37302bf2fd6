package org.chronomap.events.extract.event;

import org.chronomap.events.extract.sentence.AnalyzedText.Token;

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
    private static final int MAX_TITLE_CHARS = 140;
    private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "its", "their", "his",
            "her", "this", "that", "which", "who");
    private static final Set<String> PARTICLES = Set.of("out", "down", "up", "off", "for");

    /**
     * @param actorHint who reports it (the attribution), used when the clause's own subject is a pronoun
     * @param place     the event's location name, or null
     */
    public String title(EventCandidate candidate, String actorHint, String place) {
        List<Token> timed = withoutTime(candidate);
        // the blanked time expression leaves no hole: "warned on Monday to watch" reads "warned to watch"
        List<Token> tokens = new java.util.ArrayList<>(timed.size());
        int[] index = new int[timed.size()];
        for (int i = 0; i < timed.size(); i++) {
            index[i] = tokens.size();
            if (!timed.get(i).text().isEmpty() || i == candidate.predicate() || i == candidate.reporting()) {
                tokens.add(timed.get(i));
            }
        }
        int p = index[candidate.predicate()];
        int reporting = candidate.reporting() < 0 ? -1 : index[candidate.reporting()];
        Token predicate = tokens.get(p);
        StringBuilder title = new StringBuilder();
        if (predicate.tag().equals("NOUN")) {
            title.append(nounPhrase(tokens, p));
        } else {
            String actor = actor(tokens, p);
            if (actor == null && reporting >= 0 && reporting != p) {
                actor = actor(tokens, reporting);
            }
            if (actor == null || PRONOUNS.contains(actor.toLowerCase(Locale.ROOT)) && !actor.equals("WHO")
                    && !actor.equals(actor.toUpperCase(Locale.ROOT))) {
                actor = actorHint;
            }
            if (actor != null) {
                title.append(actor).append(' ');
            }
            String lemma = PredicateFrames.lookup(predicate.lemma(), predicate.tag()).map(PredicateFrames.Frame::lemma)
                    .orElse(predicate.lemma());
            boolean plural = actor != null && isPlural(actor);
            if (isPassive(tokens, p) || isHeadlinePassive(tokens, p)) {
                // "the post office was evacuated": headlines say "Post office evacuated";
                // "Drivers warned to watch out for flooded roads" is a headline passive already
                String patient = actor(tokens, p);
                title.setLength(0);
                if (patient != null) {
                    title.append(patient).append(' ');
                }
                title.append(predicate.text().toLowerCase(Locale.ROOT));
                title.append(passiveComplement(tokens, p + 1));
            } else if (candidate.isStatement()) {
                title.append(plural ? lemma : thirdPerson(lemma)).append(' ')
                        .append(statement(tokens, p, actorStart(tokens, p)));
            } else {
                title.append(plural ? lemma : thirdPerson(lemma));
                int next = p + 1;
                if (next < tokens.size() && PARTICLES.contains(tokens.get(next).lemma())
                        && !tokens.get(next).tag().equals("NOUN")) {
                    title.append(' ').append(tokens.get(next).text());
                    next++;
                }
                String object = object(tokens, next);
                if (!object.isEmpty()) {
                    title.append(' ').append(object);
                }
            }
        }
        String text = title.toString().replaceAll("[“”\"«»\\[\\]]", "").replaceAll("\\s+", " ").strip();
        text = trimDangling(text);
        if (place != null && !text.toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT))
                && !candidate.isStatement()) {
            text = text + " in " + place;
        }
        if (text.length() > MAX_TITLE_CHARS) {
            text = text.substring(0, text.lastIndexOf(' ', MAX_TITLE_CHARS)) + "…";
        }
        return text.isEmpty() ? "Event" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

    /** A participle after a form of "be" ("was evacuated", "were injured", "has been captured"). */
    static boolean isPassive(List<Token> tokens, int predicate) {
        String form = tokens.get(predicate).text().toLowerCase(Locale.ROOT);
        if (!(form.endsWith("ed") || form.endsWith("en") || form.equals("struck") || form.equals("shot")
                || form.equals("hit") || form.equals("set") || form.equals("held"))) {
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
        int end = predicate - 1;
        boolean comma = false;
        while (end >= 0 && (tokens.get(end).tag().equals("AUX") || tokens.get(end).tag().equals("ADV")
                || tokens.get(end).text().isEmpty() || tokens.get(end).text().equals(",")
                || tokens.get(end).tag().equals("PART") && !tokens.get(end).text().contains("'")
                && !tokens.get(end).text().contains("’"))) {
            comma |= tokens.get(end).text().equals(",");
            end--;
        }
        if (end >= 1 && tokens.get(end).tag().equals("VERB") && tokens.get(end + 1 < tokens.size() ? end + 1 : end)
                .lemma().equals("to")) {
            // "Modi is scheduled to visit": the subject of the control verb acts
            return actorSpan(tokens, end);
        }
        if (end >= 1 && tokens.get(end).tag().equals("CCONJ")) {
            // "authorities released few details and said": the subject of the first verb
            for (int i = end - 1; i >= Math.max(0, end - 12); i--) {
                if (tokens.get(i).tag().equals("VERB")) {
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
                boolean participle = t.tag().equals("VERB") && i >= 1 && tokens.get(i - 1).text().equals(",")
                        && (t.text().endsWith("ed") || t.text().endsWith("ing"));
                if (relative || participle) {
                    int[] antecedent = antecedent(tokens, relative ? i : i - 1);
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
        while (start <= before && (tokens.get(start).tag().equals("DET") || tokens.get(start).text().equals(",")
                || tokens.get(start).tag().equals("ADP"))) {
            start++;
        }
        if (start > before || start > 0 && tokens.get(start - 1).text().equals(",") && start - 1 > 0
                && !tokens.get(start - 2).tag().equals("SCONJ")) {
            return null;
        }
        boolean attached = false;
        for (int i = start; i <= subjectEnd; i++) {
            attached |= tokens.get(i).tag().equals("ADP");
        }
        if (!attached) {
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

    /** The noun phrase right before a relative pronoun (or its comma). */
    private static int[] antecedent(List<Token> tokens, int relative) {
        int end = relative - 1;
        if (end >= 0 && tokens.get(end).text().equals(",")) {
            end--;
        }
        int start = end < 0 ? -1 : npStart(tokens, end);
        return start < 0 ? null : new int[]{start, end};
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
        while (start >= 0 && end - start < MAX_ACTOR_TOKENS) {
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
        return tokens.get(before).tag().equals("NUM") && next.tag().equals("ADP");
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
        if ((next.lemma().equals("to") || next.lemma().equals("of")) && verb.tag().equals("VERB")) {
            int i = from + 2;
            StringBuilder out = new StringBuilder(" ").append(next.text()).append(' ').append(verb.text());
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
        String[] words = actor.split(" ");
        String last = words[words.length - 1];
        String lower = last.toLowerCase(Locale.ROOT);
        if (lower.matches("\\d[\\d,]*") && !lower.equals("1")
                || Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                "hundreds", "thousands", "they", "we", "both", "police", "people").contains(lower)) {
            return true;
        }
        return Character.isLowerCase(last.charAt(0)) && lower.length() > 3 && lower.endsWith("s")
                && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("news")
                && !lower.endsWith("ics") || actor.contains(" and ") && actor.equals(actor.toLowerCase(Locale.ROOT));
    }

    /** No title ends on a preposition, article, conjunction or relative word: "buffer zone on" → "buffer zone". */
    static String trimDangling(String text) {
        String out = text;
        while (true) {
            String stripped = out.replaceAll("(?i)[ ,;:(]+(of|in|on|at|to|for|from|with|by|into|over|the|a|an|and|or|but|"
                    + "that|which|who|as|its|their|his|her|than|when|while|after|before)\\s*(…?)$", "$2");
            stripped = stripped.replaceAll("[ ,;:(]+(…?)$", "$1").replaceAll("\\s*\\([^)]*$", "");
            if (stripped.equals(out)) {
                return out;
            }
            out = stripped;
        }
    }

    /** The tagger's part of speech, except a "pronoun" that is no pronoun ("post office/PRON") is a noun. */
    private static String tag(Token t) {
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
        int i = from;
        int end = from - 1;
        boolean attached = false;
        while (i < tokens.size() && i - from < MAX_OBJECT_TOKENS) {
            Token t = tokens.get(i);
            boolean adverbInPhrase = t.tag().equals("ADV") && i + 1 < tokens.size()
                    && Set.of("ADJ", "NOUN", "NUM").contains(tokens.get(i + 1).tag());
            if (NP_TAGS.contains(t.tag()) || adverbInPhrase || t.text().equals("“") || t.text().equals("”")) {
                end = i;
            } else if (t.tag().equals("ADP") && !attached && end >= from
                    && Set.of("of", "on", "into", "over", "with", "to").contains(t.lemma())) {
                attached = true;
            } else {
                break;
            }
            i++;
        }
        while (end >= from && (tokens.get(end).tag().equals("ADP") || tokens.get(end).tag().equals("DET"))) {
            end--;
        }
        int start = from;
        while (start <= end && tokens.get(start).tag().equals("DET")) {
            start++;
        }
        return start > end ? "" : join(tokens, start, end);
    }

    /** The reported content of a statement: the words after "that" (or the object), up to a clause break. */
    private static String statement(List<Token> tokens, int reporting, int actorStart) {
        if (actorStart >= 2 && (tokens.get(actorStart - 1).text().equals(",")
                || Set.of("”", "\"", "''").contains(tokens.get(actorStart - 1).text())
                && tokens.get(actorStart - 2).text().equals(","))) {
            // "…, Clerk of Council Anne Clarke said via e-mail": the content comes first
            int stop = 0;
            while (stop < actorStart - 1 && stop < 12 && !tokens.get(stop).text().equals(",")) {
                stop++;
            }
            if (stop > 0) {
                return sentenceCase(tokens, 0, join(tokens, 0, stop - 1)) + (stop >= 12 ? "…" : "");
            }
        }
        int i = reporting + 1;
        while (i < tokens.size() && (tokens.get(i).text().isEmpty() || tokens.get(i).tag().equals("ADV"))) {
            i++; // "said on Monday that": the time phrase is blanked
        }
        if (i < tokens.size() && tokens.get(i).lemma().equals("that")) {
            i++;
        }
        int end = i;
        while (end < tokens.size() && end - i < 10 && !tokens.get(end).text().equals(",")
                && !tokens.get(end).text().equals(".")) {
            end++;
        }
        if (end == i) {
            // "..., the Kremlin said on Monday": the content comes first
            int stop = 0;
            while (stop < tokens.size() && stop < 10 && !tokens.get(stop).text().equals(",")) {
                stop++;
            }
            return stop == 0 ? "" : join(tokens, 0, stop - 1);
        }
        return sentenceCase(tokens, i, join(tokens, i, end - 1)) + (end - i >= 10 ? "…" : "");
    }

    /** Reported content inside a title starts in lower case unless it starts with a name. */
    private static String sentenceCase(List<Token> tokens, int first, String text) {
        if (text.isEmpty() || first >= tokens.size() || tokens.get(first).tag().equals("PROPN")
                || tokens.get(first).text().equals("I") || tokens.get(first).text().length() > 1
                && Character.isUpperCase(tokens.get(first).text().charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String nounPhrase(List<Token> tokens, int noun) {
        int start = noun;
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

    private static String join(List<Token> tokens, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = start; i <= end; i++) {
            String t = tokens.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            boolean glue = t.equals("’s") || t.equals("'s") || t.equals("’") || t.equals(",") || t.equals("”")
                    || out.length() > 0 && (out.charAt(out.length() - 1) == '“' || out.charAt(out.length() - 1) == '$');
            if (out.length() > 0 && !glue) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }
}
