package org.chronomap.events.extract.attribution;

import org.chronomap.events.extract.event.EventCandidate;
import org.chronomap.events.extract.event.PredicateFrames;
import org.chronomap.events.extract.sentence.AnalyzedText.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who reports an event: an "according to X" phrase, else the subject of the reporting
 * predicate ("kyiv said", "the Russian army announced", "…, the Kremlin said on Monday"). Figures are
 * counts of people or territory in the source sentence.
 */
public final class AttributionFinder {

    private static final int MAX_SPEAKER_TOKENS = 8;
    private static final Set<String> SPEAKER_TAGS = Set.of("PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM", "PART");

    private static final Pattern FIGURE = Pattern.compile(
            "(?:(?:at least|more than|nearly|almost|about|around|some|over|up to) )?\\d[\\d,.]*(?:\\s\\w+){0,3}?"
            + "\\s(?:(?:were|have been|had been|was|are|people) )?(?:killed|injured|wounded|dead|died|hospitali[sz]ed"
            + "|missing|evacuated|displaced|captured|arrested|deaths|casualties|square kilomet(?:er|re)s|km2|km²"
            + "|localities|settlements|villages)\\b"
            // the verb first: "injured at least 18 firefighters"
            + "|\\b(?:killed|injured|wounded|evacuated|displaced|arrested) (?:(?:at least|more than|nearly|about"
            + "|around|some|over|up to) )?\\d[\\d,.]*(?: \\w+)?");

    public Attribution find(EventCandidate candidate, String text) {
        List<Token> tokens = candidate.sentence().tokens();
        String source = accordingTo(tokens);
        if (source == null) {
            int reporting = candidate.reporting();
            if (reporting < 0) {
                reporting = firstReporting(tokens);
            }
            if (reporting >= 0) {
                source = subject(tokens, reporting);
            }
        }
        return new Attribution(source, figures(candidate.sentence().text(text)));
    }

    static List<String> figures(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            out.add(m.group().replaceAll("\\s+", " "));
        }
        return out;
    }

    private static int firstReporting(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            var frame = PredicateFrames.lookup(tokens.get(i).lemma(), tokens.get(i).tag());
            if (frame.isPresent() && frame.get().role() == PredicateFrames.Role.REPORTING) {
                return i;
            }
        }
        return -1;
    }

    private static String accordingTo(List<Token> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).lemma().toLowerCase(Locale.ROOT).equals("accord")
                    || tokens.get(i).text().equalsIgnoreCase("according")) {
                if (!tokens.get(i + 1).text().equalsIgnoreCase("to")) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder();
                for (int j = i + 2; j < Math.min(tokens.size(), i + 2 + MAX_SPEAKER_TOKENS); j++) {
                    Token t = tokens.get(j);
                    if (t.tag().equals("PUNCT") || t.tag().equals("VERB") || t.tag().equals("SCONJ")) {
                        break;
                    }
                    append(phrase, t);
                }
                return clean(phrase.toString());
            }
        }
        return null;
    }

    /** The noun phrase right before the reporting predicate, skipping adverbs, auxiliaries and a time phrase. */
    private static String subject(List<Token> tokens, int predicate) {
        int end = predicate - 1;
        while (end >= 0 && (tokens.get(end).tag().equals("AUX") || tokens.get(end).tag().equals("ADV"))) {
            end--;
        }
        int start = end;
        while (start >= 0 && end - start < MAX_SPEAKER_TOKENS && SPEAKER_TAGS.contains(tokens.get(start).tag())) {
            start--;
        }
        start++;
        if (start > end) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = start; i <= end; i++) {
            append(phrase, tokens.get(i));
        }
        return clean(phrase.toString());
    }

    private static void append(StringBuilder phrase, Token t) {
        if (phrase.length() > 0 && !t.text().startsWith("’") && !t.text().startsWith("'")) {
            phrase.append(' ');
        }
        phrase.append(t.text());
    }

    private static String clean(String phrase) {
        String cleaned = phrase.replaceAll("[“”\"«»]", "").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }
}
