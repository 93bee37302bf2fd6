package org.chronomap.events.merge;

import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.extract.dating.EventDate;
import org.chronomap.events.extract.event.Category;

import java.util.ArrayList;
import java.util.List;

/**
 * One event per happening per article: further mentions of a happening in the same article join its
 * first mention (as further sources). Events from one sentence were told apart by extraction and
 * never join each other.
 */
public final class ArticleCollapser {

    private ArticleCollapser() {
    }

    public static List<List<ExtractedEvent>> collapse(List<ExtractedEvent> events) {
        List<List<ExtractedEvent>> groups = new ArrayList<>();
        for (ExtractedEvent event : events) {
            List<ExtractedEvent> cause = causeOf(event, groups);
            if (cause != null) {
                cause.add(event);
                continue;
            }
            MergeKey key = MergeKey.of(event);
            List<ExtractedEvent> best = null;
            double bestScore = 0;
            for (List<ExtractedEvent> group : groups) {
                if (group.stream().anyMatch(e -> e.sentenceIndex() == event.sentenceIndex())) {
                    continue;
                }
                for (ExtractedEvent member : group) {
                    double score = EventMatcher.similarity(MergeKey.of(member), key);
                    if (score > bestScore) {
                        bestScore = score;
                        best = group;
                    }
                }
            }
            if (best != null) {
                best.add(event);
            } else {
                List<ExtractedEvent> group = new ArrayList<>();
                group.add(event);
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * Casualties reported without a date of their own right after a dated attack or battle of the same
     * paragraph are that attack's toll ("a drone attack on Sunday set the depot on fire. 41 firefighters
     * were injured"), not a happening of their own.
     */
    private static List<ExtractedEvent> causeOf(ExtractedEvent event, List<List<ExtractedEvent>> groups) {
        if (event.category() != Category.CIVILIAN_HARM || !event.date().basis().equals(EventDate.PARAGRAPH)
                || groups.isEmpty()) {
            return null;
        }
        List<ExtractedEvent> last = groups.get(groups.size() - 1);
        ExtractedEvent previous = last.get(last.size() - 1);
        boolean violent = previous.category() == Category.ATTACK || previous.category() == Category.BATTLE;
        return violent && previous.paragraph() == event.paragraph()
                && event.sentenceIndex() - previous.sentenceIndex() <= 2 ? last : null;
    }

    /** The member that describes the group best: dated by its own text, then the narrowest interval. */
    public static ExtractedEvent primary(List<ExtractedEvent> group) {
        ExtractedEvent best = group.get(0);
        for (ExtractedEvent e : group) {
            if (rank(e) < rank(best)) {
                best = e;
            }
        }
        return best;
    }

    private static long rank(ExtractedEvent e) {
        long basis = switch (e.date().basis()) {
            case "text" -> 0;
            case "paragraph" -> 1;
            default -> 2;
        };
        return basis * 1_000_000 + e.date().days() * 10 + (e.location() == null ? 5 : 0);
    }
}
