package org.chronomap.events.merge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chronomap.events.article.Article;
import org.chronomap.events.event.Event;
import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.extract.dating.EventDate;
import org.chronomap.events.extract.event.Category;
import org.chronomap.events.place.PlaceDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * More stored events intersect a new one's dates than are compared: the year-long mentions of a busy year
 * must not crowd out the one report of the same day. (The year 2052 is this test's own.)
 */
@QuarkusTest
class MergeCandidateCapTest {

    private static final Set<String> BRIDGE = Set.of("bridge", "destroy", "river", "seym", "strike", "kyiv");

    @Inject
    EventMerger merger;

    /** The 222 events and articles of this test would slow every later test that reads all events. */
    @AfterEach
    void removeWhatThisTestStored() {
        QuarkusTransaction.requiringNew().run(() -> {
            Event.getEntityManager().createNativeQuery("delete from event where id in (select s.event_id from "
                    + "event_source s where s.article_id like '00000000000000000000000020520%')").executeUpdate();
            Article.delete("id like ?1", "00000000000000000000000020520%");
        });
    }

    @Test
    void theReportOfTheSameDayIsComparedEvenWhenYearLongMentionsExceedTheCap() {
        LocalDate day = LocalDate.of(2052, 6, 15);
        String target = QuarkusTransaction.requiringNew().call(() ->
                merger.store(article(0), List.of(event(day, day, BRIDGE))).get(0).id);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 220; i++) {
                merger.store(article(i), List.of(event(LocalDate.of(2052, 1, 1), LocalDate.of(2052, 12, 31),
                        Set.of("budget", "plan", "vote" + i, "parliament" + i))));
            }
        });
        String merged = QuarkusTransaction.requiringNew().call(() ->
                merger.store(article(221), List.of(event(day, day, BRIDGE))).get(0).id);
        assertEquals(target, merged);
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() ->
                Event.<Event>findById(target).sources.stream().count()));
    }

    private static String article(int n) {
        Article article = new Article();
        article.id = String.format("%032x", 0x2052_0000L + n);
        article.text = "article " + n;
        article.ingestedAt = OffsetDateTime.now();
        article.persist();
        return article.id;
    }

    private static ExtractedEvent event(LocalDate start, LocalDate end, Set<String> signature) {
        List<PlaceDraft> places = List.of(new PlaceDraft("Kursk Oblast", 538555L, "RU", "A", "ADM1", 51.65, 36.2,
                PlaceDraft.LOCATION, PlaceDraft.RESOLVED, 0, 5));
        return new ExtractedEvent("t", Category.ATTACK, new EventDate(start, end, start.equals(end) ? "day" : "year",
                false, "x", EventDate.TEXT), places, null, 0, 0, 0, 9, "s", null, List.of(), new TreeSet<>(signature));
    }
}
