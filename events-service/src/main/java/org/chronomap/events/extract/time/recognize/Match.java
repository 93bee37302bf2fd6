package org.chronomap.events.extract.time.recognize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The named groups of one regex match, copied out of the {@link Matcher} (which moves on to the next
 * match, while normalisers read the groups later). A group that did not take part reads as null.
 */
public final class Match {

    private final Map<String, String> groups;

    Match(Matcher matcher, List<String> groupNames) {
        groups = new HashMap<>();
        for (String name : groupNames) {
            groups.put(name, matcher.group(name));
        }
    }

    public String group(String name) {
        return groups.get(name);
    }
}
