package org.chronomap.events.extract.time.recognize;

import org.chronomap.events.extract.time.normalize.NormalizationContext;
import org.chronomap.events.extract.time.normalize.Resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;

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

    /** A group of rules and what each of its matches contains. */
    private record RuleGroup(List<TimexRule> rules, Trigger trigger) {
    }

    private static final List<String> UNITS = List.of("second", "minute", "hour", "day", "week", "fortnight", "month",
            "quarter", "year", "decade", "centur");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "weekend");
    private static final List<String> WEEKDAY_ABBREVIATIONS = List.of("mon", "tue", "tues", "wed", "thu", "thur",
            "thurs", "fri", "sat", "sun");
    /** Month names and their abbreviations as whole words: prefixes would meet "market", "decline", "junk". */
    private static final Trigger MONTH_TRIGGER = Trigger.words(List.of(), List.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"));

    /** Rule groups in priority order (ties between equally long matches go to the earlier rule). */
    private final List<RuleGroup> groups;
    /** Every word trigger (of groups and of single rules) found in one pass over the words of a text. */
    private final Trigger.WordScan wordScan;

    public TimexRecognizer() {
        this(List.of());
    }

    /**
     * @param triedFirst rules run before the built-in ones, anywhere in the text (tests inject a faulty rule
     *                   to show that it costs a text no other expression)
     */
    public TimexRecognizer(List<TimexRule> triedFirst) {
        List<RuleGroup> builtIn = List.of(
                new RuleGroup(AbsoluteDateRules.rules(), MONTH_TRIGGER),
                new RuleGroup(ClockTimeRules.rules(), Trigger.regex("\\d[:.]\\d\\d|\\d ?[ap]\\.?m\\b|\\d in the |noon|midnight|(?<![a-z])mid-?(?:day|[ ]?(?:morning|afternoon|evening))")),
                new RuleGroup(RelativeDateRules.rules(), Trigger.words(concat(UNITS, List.of("yesterday", "today",
                        "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "half", "spring", "summer",
                        "autumn", "winter", "period")), List.of("fall", "time", "q"))),
                new RuleGroup(WeekdayRules.rules(), Trigger.words(WEEKDAYS, WEEKDAY_ABBREVIATIONS)),
                new RuleGroup(HolidayRules.rules(), Trigger.words(List.of(), List.of("thanksgiving", "christmas", "new",
                        "independence", "valentine", "halloween", "veterans", "memorial", "labor", "election", "easter",
                        "good"))),
                new RuleGroup(DurationRules.rules(), Trigger.words(UNITS, List.of())),
                new RuleGroup(SetRules.rules(), Trigger.words(concat(WEEKDAYS, List.of("daily", "weekly", "hourly",
                        "nightly")), List.of("every", "each", "per", "once", "twice", "times"))),
                new RuleGroup(ReferenceRules.rules(), Trigger.words(List.of("current", "present", "recent", "lately",
                        "future", "moment", "soon", "shortly", "coming"), List.of("now", "past", "term", "these", "later", "time"))));
        List<RuleGroup> all = new ArrayList<>();
        if (!triedFirst.isEmpty()) {
            all.add(new RuleGroup(List.copyOf(triedFirst), Trigger.regex("[a-z0-9]")));
        }
        all.addAll(builtIn);
        groups = List.copyOf(all);
        List<Trigger> wordTriggers = new ArrayList<>();
        for (RuleGroup group : groups) {
            wordTriggers.add(group.trigger());
        }
        wordTriggers.addAll(RULE_TRIGGERS.values());
        wordScan = new Trigger.WordScan(wordTriggers.stream().filter(Trigger::isWordTrigger).distinct().toList());
    }

    /**
     * Narrower triggers of single rules (keyed by rule name; rules sharing a name share it), so that they do
     * not run around every digit of earnings copy or every unit word: each lists words that every match of
     * its rules contains. The relative-date group's own trigger (any unit word) is met in most sentences of
     * news copy; "ago" or a season name is not.
     */
    /** One instance for the rules that share it: windows are computed once per trigger instance. */
    private static final Trigger YEAR_AGO_WORDS = exact("ago", "earlier", "prior");
    private static final Trigger PARTS_OF_DAY = exact("day", "morning", "afternoon", "evening", "night");

    private static final Map<String, Trigger> RULE_TRIGGERS = Map.ofEntries(
            Map.entry("iso-date", Trigger.regex("\\d{4}-\\d")),
            Map.entry("numeric-date", Trigger.regex("\\d/\\d")),
            Map.entry("year", Trigger.regex("\\d{4}(?!\\d)")),
            Map.entry("spoken-year", exact("nineteen", "thousand")),
            Map.entry("decade", Trigger.regex("\\d0'?s\\b")),
            Map.entry("century", Trigger.regex("\\d(?:st|nd|rd|th) +century")),
            Map.entry("decade-words", Trigger.words(List.of("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight",
                    "ninet"), List.of())),
            Map.entry("deictic-day", exact("yesterday", "today", "tomorrow")),
            Map.entry("part-of-today", exact("tonight", "morning", "afternoon", "evening", "night")),
            Map.entry("relative-unit", exact("week", "month", "year", "decade", "century")),
            Map.entry("part-of-the-unit", exact("week", "month", "year")),
            Map.entry("ago", exact("ago", "now", "hence")),
            Map.entry("vague-ago", exact("ago")),
            Map.entry("anaphoric-day", PARTS_OF_DAY),
            Map.entry("appositive-day", exact("day")),
            Map.entry("anaphoric-that-day", PARTS_OF_DAY),
            Map.entry("anaphoric-year", exact("year")),
            Map.entry("year-earlier", exact("earlier", "later", "before")),
            Map.entry("year-ago-period", YEAR_AGO_WORDS),
            Map.entry("year-ago-adjective", exact("ago", "earlier", "prior", "same", "corresponding", "comparable", "last")),
            Map.entry("quarter", Trigger.words(List.of("quarter"), List.of("q"))),
            Map.entry("relative-quarter", Trigger.words(List.of("quarter"), List.of("period"))),
            Map.entry("the-year", exact("year")),
            Map.entry("the-week", exact("week")),
            Map.entry("half-year", exact("half", "quarters")),
            Map.entry("season", exact("spring", "summer", "autumn", "fall", "winter")),
            Map.entry("first-months-of-year", exact("months", "weeks", "days")),
            Map.entry("year-end", exact("end")),
            Map.entry("some-day", exact("one")),
            Map.entry("unmeasured-duration", exact("while", "time")),
            Map.entry("anaphoric-then", exact("then")),
            Map.entry("year-ago-quarter", YEAR_AGO_WORDS));

    private static Trigger exact(String... words) {
        return Trigger.words(List.of(), List.of(words));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Mentions in text order, none overlapping; offsets are UTF-16 indices. */
    public List<Mention> recognize(String text) {
        List<Mention> candidates = new ArrayList<>();
        String lower = TimexRule.lowerAscii(text);
        List<int[]> words = Trigger.words(lower);
        Map<Trigger, List<int[]>> windowsByTrigger = new HashMap<>();
        wordScan.windows(lower, words, windowsByTrigger);
        for (RuleGroup group : groups) {
            List<int[]> windows = windowsByTrigger.computeIfAbsent(group.trigger(), t -> t.windows(lower, words));
            for (TimexRule rule : group.rules()) {
                Trigger own = RULE_TRIGGERS.get(rule.name());
                List<int[]> ruleWindows = own == null ? windows
                        : windowsByTrigger.computeIfAbsent(own, t -> t.windows(lower, words));
                boolean extentGroup = rule.hasExtentGroup();
                Matcher m = rule.pattern().matcher(lower);
                m.useTransparentBounds(true).useAnchoringBounds(false);
                for (int[] window : ruleWindows) {
                    m.region(window[0], window[1]);
                    collect(m, rule, extentGroup, text, candidates);
                }
            }
        }
        return longestNonOverlapping(candidates);
    }

    private static void collect(Matcher m, TimexRule rule, boolean extentGroup, String text, List<Mention> candidates) {
            while (m.find()) {
                int start = extentGroup ? m.start("x") : m.start();
                int end = extentGroup ? m.end("x") : m.end();
                if (start < 0 || end <= start || !atWordBoundary(text, start, end)) {
                    continue;
                }
                Function<NormalizationContext, Resolution> normalizer;
                try {
                    normalizer = rule.interpretation().interpret(new Match(m, rule.groupNames(), text));
                } catch (RuntimeException e) {
                    RuleFailure.report(rule.name(), start, e);
                    continue;
                }
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
        // Kept mentions never overlap, so a candidate can only overlap the kept one starting last at or before
        // it or the one starting first after it: a sorted map keeps this O(n log n) where a scan of all kept
        // ones made a text of many dates quadratic (a 160 KB list of days took seconds).
        TreeMap<Integer, Mention> kept = new TreeMap<>();
        for (Mention candidate : byPriority) {
            Map.Entry<Integer, Mention> before = kept.floorEntry(candidate.start());
            Map.Entry<Integer, Mention> after = kept.ceilingEntry(candidate.start());
            if ((before == null || !before.getValue().overlaps(candidate))
                    && (after == null || !after.getValue().overlaps(candidate))) {
                kept.put(candidate.start(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
