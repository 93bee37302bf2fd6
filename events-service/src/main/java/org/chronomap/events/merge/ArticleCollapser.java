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
            List<List<ExtractedEvent>> matching = new ArrayList<>();
            List<ExtractedEvent> best = null;
            double bestScore = 0;
            for (List<ExtractedEvent> group : groups) {
                if (sharesSentence(group, List.of(event))) {
                    continue;
                }
                double groupScore = 0;
                for (ExtractedEvent member : group) {
                    groupScore = Math.max(groupScore, EventMatcher.similarity(MergeKey.of(member), key));
                }
                if (groupScore > 0) {
                    matching.add(group);
                }
                if (groupScore > bestScore) {
                    bestScore = groupScore;
                    best = group;
                }
            }
            if (best == null) {
                List<ExtractedEvent> group = new ArrayList<>();
                group.add(event);
                groups.add(group);
                continue;
            }
            best.add(event);
            // A mention that is the same happening as two earlier groups joins them when nothing sets them
            // apart: "leading an offensive for 12 days" and "the operation, which began on August 6" are one
            // offensive although only a third mention shares enough wording with each.
            for (List<ExtractedEvent> other : matching) {
                if (other != best && !sharesSentence(best, other) && compatible(best, other)) {
                    // the earlier group keeps its place, so that groups stay in text order
                    boolean otherFirst = groups.indexOf(other) < groups.indexOf(best);
                    List<ExtractedEvent> kept = otherFirst ? other : best;
                    List<ExtractedEvent> folded = otherFirst ? best : other;
                    kept.addAll(folded);
                    kept.sort(java.util.Comparator.comparingInt(ExtractedEvent::sentenceIndex));
                    groups.remove(folded);
                    best = kept;
                }
            }
        }
        return groups;
    }

    /** Every member of one group could be the same happening as every member of the other. */
    private static boolean compatible(List<ExtractedEvent> a, List<ExtractedEvent> b) {
        return a.stream().allMatch(x -> b.stream().allMatch(
                y -> EventMatcher.compatible(MergeKey.of(x), MergeKey.of(y))));
    }

    private static boolean sharesSentence(List<ExtractedEvent> a, List<ExtractedEvent> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.sentenceIndex() == y.sentenceIndex()));
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

    /**
     * The member that describes the group best: dated by its own text, then the narrowest interval, then
     * an exact date over a hedged or counted one ("August 6" over "for 12 days"), then one with a place.
     */
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
        return basis * 1_000_000 + e.date().days() * 100 + (e.date().approximate() ? 10 : 0)
                + (e.location() == null ? 5 : 0);
    }
}
