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
    private static final int MAX_ACTOR_TOKENS = 6;
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
        List<Token> tokens = withoutTime(candidate);
        int p = candidate.predicate();
        Token predicate = tokens.get(p);
        StringBuilder title = new StringBuilder();
        if (predicate.tag().equals("NOUN")) {
            title.append(nounPhrase(tokens, p));
        } else {
            String actor = actor(tokens, p);
            if (actor == null && candidate.reporting() >= 0 && candidate.reporting() != p) {
                actor = actor(tokens, candidate.reporting());
            }
            if (actor == null || PRONOUNS.contains(actor.toLowerCase(Locale.ROOT))) {
                actor = actorHint;
            }
            if (actor != null) {
                title.append(actor).append(' ');
            }
            String lemma = PredicateFrames.lookup(predicate.lemma(), predicate.tag()).map(PredicateFrames.Frame::lemma)
                    .orElse(predicate.lemma());
            if (isPassive(tokens, p)) {
                // "the post office was evacuated": headlines say "Post office evacuated"
                String patient = actor(tokens, p);
                title.setLength(0);
                if (patient != null) {
                    title.append(patient).append(' ');
                }
                title.append(predicate.text());
            } else if (candidate.isStatement()) {
                title.append(thirdPerson(lemma)).append(' ').append(statement(tokens, p));
            } else {
                title.append(thirdPerson(lemma));
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

    /** The noun phrase ending right before the predicate, after auxiliaries and adverbs. */
    static String actor(List<Token> tokens, int predicate) {
        int end = predicate - 1;
        while (end >= 0 && (tokens.get(end).tag().equals("AUX") || tokens.get(end).tag().equals("ADV")
                || tokens.get(end).text().isEmpty() || tokens.get(end).text().equals(",")
                || tokens.get(end).tag().equals("PART") && !tokens.get(end).text().contains("'")
                && !tokens.get(end).text().contains("’"))) {
            end--;
        }
        if (end >= 1 && tokens.get(end).tag().equals("VERB") && tokens.get(end + 1 < tokens.size() ? end + 1 : end)
                .lemma().equals("to")) {
            // "Modi is scheduled to visit": the subject of the control verb acts
            return actor(tokens, end);
        }
        if (end >= 0 && tokens.get(end).tag().equals("PRON")) {
            return tokens.get(end).text();
        }
        int start = end;
        while (start >= 0 && end - start < MAX_ACTOR_TOKENS && NP_TAGS.contains(tokens.get(start).tag())) {
            start--;
        }
        start++;
        while (start <= end && tokens.get(start).tag().equals("DET")) {
            start++;
        }
        if (start > end || !isNominal(tokens, start, end)) {
            return null;
        }
        return join(tokens, start, end);
    }

    private static boolean isNominal(List<Token> tokens, int start, int end) {
        for (int i = start; i <= end; i++) {
            if (tokens.get(i).tag().equals("PROPN") || tokens.get(i).tag().equals("NOUN")) {
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
    private static String statement(List<Token> tokens, int reporting) {
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
        return join(tokens, i, end - 1) + (end - i >= 10 ? "…" : "");
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
                    || out.length() > 0 && (out.charAt(out.length() - 1) == '“');
            if (out.length() > 0 && !glue) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }
}
