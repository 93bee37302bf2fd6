package org.chronomap.events.extract.time.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognition: runs every rule over the text and keeps, among overlapping matches, the longest one
 * (ties go to the rule listed first). Rules are ordered from the most specific (full dates) to the
 * vaguest (PAST_REF), so "nearly two weeks ago" beats "two weeks" and "August 6, 2024" beats "2024".
 *
 * <p>Hand-written rules, because no library on our Maven repository normalises to TimeML TIMEX3 under
 * the Apache licence: HeidelTime is GPL-3.0, SUTime (Stanford CoreNLP) is GPL too, and Natty finds dates
 * but neither TIMEX3 values, durations nor TimeML extents.
 */
public final class TimexRecognizer {

    private final List<TimexRule> rules;

    public TimexRecognizer() {
        rules = Stream.of(AbsoluteDateRules.rules(), ClockTimeRules.rules(), RelativeDateRules.rules(),
                        WeekdayRules.rules(), DurationRules.rules(), SetRules.rules(), ReferenceRules.rules())
                .flatMap(List::stream).toList();
    }

    /**
     * Every rule contains one of these words or a digit. Rules only run in windows around them: most of a
     * news text has no calendar word, and running 30 patterns over all of it costs more than the rest
     * of the tagger.
     */
    private static final Pattern TRIGGER = Pattern.compile("\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
            + "|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|tonight|now|current|present|recent|lately"
            + "|future|past|near|moment|days|second|minute|hour|day|week|fortnight|month|quarter|year|decade"
            + "|centur|spring|summer|autumn|fall|winter|half|noon|midnight|daily|weekly|hourly|nightly|morning"
            + "|afternoon|evening|night|twent|thirt|fort|fift|sixt|sevent|eight|ninet|term)", Pattern.CASE_INSENSITIVE);
    /** How far (UTF-16 units) a match may reach from its trigger word; the longest patterns span about 60. */
    private static final int WINDOW = 80;

    /** Mentions in text order, none overlapping; offsets are UTF-16 indices. */
    public List<Mention> recognize(String text) {
        List<Mention> candidates = new ArrayList<>();
        List<int[]> windows = triggerWindows(text);
        for (int r = 0; r < rules.size(); r++) {
            TimexRule rule = rules.get(r);
            boolean extentGroup = rule.hasExtentGroup();
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] window : windows) {
                m.region(window[0], window[1]);
                collect(m, rule, extentGroup, text, candidates);
            }
        }
        return longestNonOverlapping(candidates);
    }

    private static List<int[]> triggerWindows(String text) {
        List<int[]> windows = new ArrayList<>();
        Matcher t = TRIGGER.matcher(text);
        int[] current = null;
        while (t.find()) {
            int from = Math.max(0, t.start() - WINDOW);
            int to = Math.min(text.length(), t.end() + WINDOW);
            if (current != null && from <= current[1]) {
                current[1] = to;
            } else {
                current = new int[]{from, to};
                windows.add(current);
            }
        }
        return windows;
    }

    private static void collect(Matcher m, TimexRule rule, boolean extentGroup, String text, List<Mention> candidates) {
            while (m.find()) {
                int start = extentGroup ? m.start("x") : m.start();
                int end = extentGroup ? m.end("x") : m.end();
                if (start < 0 || end <= start || !atWordBoundary(text, start, end)) {
                    continue;
                }
                var normalizer = rule.interpretation().interpret(new Match(m, rule.groupNames()));
                if (normalizer != null) {
                    candidates.add(new Mention(start, trimEnd(text, start, end), rule.name(), normalizer));
                }
            }
    }

    /** Patterns may end in a trailing space consumed by an optional group; the extent never does. */
    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean atWordBoundary(String text, int start, int end) {
        boolean left = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
        return left && right;
    }

    private static List<Mention> longestNonOverlapping(List<Mention> candidates) {
        List<Mention> byPriority = new ArrayList<>(candidates);
        // Stable sort: equal lengths keep rule order.
        byPriority.sort(Comparator.comparingInt(Mention::length).reversed());
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : byPriority) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
