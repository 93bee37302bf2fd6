package org.chronomap.events.extract.time.recognize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named groups of one regex match, copied out of the {@link Matcher} (which moves on to the next
 * match, while normalisers read the groups later). A group that did not take part reads as null.
 */
public final class Match {

    private final Map<String, String> groups;
    private final String original;
    private final int start;

    /**
     * @param matcher    a matcher over the lower-cased text (same offsets as {@code original})
     * @param groupNames the pattern's group names, lower-cased as the pattern was
     * @param original   the text as written, from which the groups are read (capitals matter to the rules)
     */
    Match(Matcher matcher, List<String> groupNames, String original) {
        groups = new HashMap<>();
        for (String name : groupNames) {
            int start = matcher.start(name);
            groups.put(name, start < 0 ? null : original.substring(start, matcher.end(name)));
        }
        this.original = original;
        this.start = matcher.start();
    }

    /**
     * The word right before the match, separated from it by one space only, as written; else null. Read on
     * demand: only the rule for a bare month name asks.
     */
    public String wordBefore() {
        if (start < 2 || original.charAt(start - 1) != ' ' || !Character.isLetter(original.charAt(start - 2))) {
            return null;
        }
        int from = start - 2;
        while (from > 0 && Character.isLetter(original.charAt(from - 1))) {
            from--;
        }
        return original.substring(from, start - 1);
    }

    /** The word in quotes right before the match, one space from it ("Elisabeth \"Liz\" May"); else null. */
    public String quotedWordBefore() {
        Matcher q = QUOTED_WORD_BEFORE.matcher(original).region(Math.max(0, start - 40), start);
        return q.find() ? q.group(1) : null;
    }

    private static final Pattern QUOTED_WORD_BEFORE = Pattern.compile("[\"“'‘](\\p{L}+)[\"”'’] $");

    public String group(String name) {
        return groups.get(name.toLowerCase(Locale.ROOT));
    }
}
