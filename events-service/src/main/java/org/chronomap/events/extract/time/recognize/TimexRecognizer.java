package org.chronomap.events.extract.time.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
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

    /** Mentions in text order, none overlapping; offsets are UTF-16 indices. */
    public List<Mention> recognize(String text) {
        List<Mention> candidates = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            TimexRule rule = rules.get(r);
            boolean extentGroup = rule.hasExtentGroup();
            Matcher m = rule.pattern().matcher(text);
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
        return longestNonOverlapping(candidates);
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
