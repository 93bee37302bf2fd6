package org.chronomap.events.extract.time.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a text a group of rules can match at all: windows around the words (or digit patterns) that
 * every match of the group contains. Finding them is a cheap scan; the rules then run only inside them.
 */
abstract class Trigger {

    /** How far (UTF-16 units) a match may reach from its trigger; the longest patterns span about 50. */
    static final int WINDOW = 64;

    /** Windows [start, end) in the lower-cased text, merged where they overlap. */
    abstract List<int[]> windows(String lower, List<int[]> words);

    /** Any word starting with one of {@code prefixes}, or equal to one of {@code exact}. */
    static Trigger words(List<String> prefixes, List<String> exact) {
        return new WordTrigger(prefixes, exact);
    }

    /** Matches of a regex that starts with a digit class, which the regex engine rejects in one comparison. */
    static Trigger regex(String regex) {
        return new RegexTrigger(Pattern.compile(regex));
    }

    /** The letter runs of the lower-cased text, computed once per text and shared by all word triggers. */
    static List<int[]> words(String lower) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                int start = i;
                while (i < n && lower.charAt(i) >= 'a' && lower.charAt(i) <= 'z') {
                    i++;
                }
                words.add(new int[]{start, i});
            } else {
                i++;
            }
        }
        return words;
    }

    static void addWindow(List<int[]> windows, int start, int end, int length) {
        int from = Math.max(0, start - WINDOW);
        int to = Math.min(length, end + WINDOW);
        int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && from <= last[1]) {
            last[1] = Math.max(last[1], to);
        } else {
            windows.add(new int[]{from, to});
        }
    }

    /**
     * All word triggers of a recogniser in one pass over the words: each distinct word or prefix is compared
     * once per word, whichever triggers list it (the unit words, for instance, open several rule groups).
     */
    static final class WordScan {
        /** Per first letter: the distinct words and prefixes, whether each is a prefix, and its triggers. */
        private final String[][] keysByLetter = new String[26][];
        private final boolean[][] prefixByLetter = new boolean[26][];
        private final int[][][] triggersByLetter = new int[26][][];
        private final List<Trigger> triggers;

        WordScan(List<Trigger> wordTriggers) {
            this.triggers = List.copyOf(wordTriggers);
            // key "p:word" or "e:word" -> trigger indices, in first-seen order
            java.util.Map<String, List<Integer>> byKey = new java.util.LinkedHashMap<>();
            for (int t = 0; t < triggers.size(); t++) {
                WordTrigger w = (WordTrigger) triggers.get(t);
                for (String[] list : w.prefixesByLetter) {
                    for (String p : list) {
                        byKey.computeIfAbsent("p:" + p, k -> new ArrayList<>()).add(t);
                    }
                }
                for (String[] list : w.exactByLetter) {
                    for (String e : list) {
                        byKey.computeIfAbsent("e:" + e, k -> new ArrayList<>()).add(t);
                    }
                }
            }
            for (int i = 0; i < 26; i++) {
                char letter = (char) ('a' + i);
                List<String> keys = byKey.keySet().stream().filter(k -> k.charAt(2) == letter).toList();
                keysByLetter[i] = keys.stream().map(k -> k.substring(2)).toArray(String[]::new);
                prefixByLetter[i] = new boolean[keys.size()];
                triggersByLetter[i] = new int[keys.size()][];
                for (int k = 0; k < keys.size(); k++) {
                    prefixByLetter[i][k] = keys.get(k).startsWith("p:");
                    triggersByLetter[i][k] = byKey.get(keys.get(k)).stream().mapToInt(Integer::intValue).distinct().toArray();
                }
            }
        }

        /** The windows of every trigger, exactly as {@link Trigger#windows} of each would give them. */
        void windows(String lower, List<int[]> words, java.util.Map<Trigger, List<int[]>> into) {
            List<List<int[]>> windows = new ArrayList<>(triggers.size());
            int[] lastWord = new int[triggers.size()];
            for (int t = 0; t < triggers.size(); t++) {
                windows.add(new ArrayList<>());
                lastWord[t] = -1;
            }
            int length = lower.length();
            for (int k = 0, n = words.size(); k < n; k++) {
                int[] w = words.get(k);
                int letter = lower.charAt(w[0]) - 'a';
                int wordLength = w[1] - w[0];
                String[] keys = keysByLetter[letter];
                for (int j = 0; j < keys.length; j++) {
                    String key = keys[j];
                    boolean hit = prefixByLetter[letter][j] ? wordLength >= key.length() && lower.startsWith(key, w[0])
                            : wordLength == key.length() && lower.startsWith(key, w[0]);
                    if (hit) {
                        for (int t : triggersByLetter[letter][j]) {
                            if (lastWord[t] != k) {
                                lastWord[t] = k;
                                addWindow(windows.get(t), w[0], w[1], length);
                            }
                        }
                    }
                }
            }
            for (int t = 0; t < triggers.size(); t++) {
                into.put(triggers.get(t), windows.get(t));
            }
        }
    }

    static boolean isWordTrigger(Trigger t) {
        return t instanceof WordTrigger;
    }

    private static final class WordTrigger extends Trigger {
        /** Prefixes and exact words by first letter: a word is compared with a handful, not with all. */
        private final String[][] prefixesByLetter = new String[26][];
        private final String[][] exactByLetter = new String[26][];

        WordTrigger(List<String> prefixes, List<String> exact) {
            for (int i = 0; i < 26; i++) {
                char letter = (char) ('a' + i);
                prefixesByLetter[i] = prefixes.stream().filter(p -> p.charAt(0) == letter).toArray(String[]::new);
                exactByLetter[i] = exact.stream().filter(w -> w.charAt(0) == letter).toArray(String[]::new);
            }
        }

        @Override
        List<int[]> windows(String lower, List<int[]> words) {
            List<int[]> windows = new ArrayList<>();
            for (int k = 0, n = words.size(); k < n; k++) {
                int[] w = words.get(k);
                int letter = lower.charAt(w[0]) - 'a';
                int length = w[1] - w[0];
                boolean hit = false;
                for (String p : prefixesByLetter[letter]) {
                    if (length >= p.length() && lower.startsWith(p, w[0])) {
                        hit = true;
                        break;
                    }
                }
                if (!hit) {
                    for (String e : exactByLetter[letter]) {
                        if (length == e.length() && lower.startsWith(e, w[0])) {
                            hit = true;
                            break;
                        }
                    }
                }
                if (hit) {
                    addWindow(windows, w[0], w[1], lower.length());
                }
            }
            return windows;
        }
    }

    private static final class RegexTrigger extends Trigger {
        private final Pattern pattern;

        RegexTrigger(Pattern pattern) {
            this.pattern = pattern;
        }

        @Override
        List<int[]> windows(String lower, List<int[]> words) {
            List<int[]> windows = new ArrayList<>();
            Matcher m = pattern.matcher(lower);
            while (m.find()) {
                addWindow(windows, m.start(), m.end(), lower.length());
            }
            return windows;
        }
    }
}
