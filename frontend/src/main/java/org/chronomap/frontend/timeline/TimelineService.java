package org.chronomap.frontend.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import org.chronomap.frontend.client.ArticleSummary;
import org.chronomap.frontend.client.EventPage;
import org.chronomap.frontend.client.EventView;
import org.chronomap.frontend.client.EventsClient;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reads every event from the events-service, joins the articles of their sources, and orders them by date. */
@ApplicationScoped
public class TimelineService {

    private static final Logger LOG = Logger.getLogger(TimelineService.class);

    /**
     * Stops a cursor loop that never ends (a misbehaving service) from holding a request forever:
     * 200 pages of 500 are 100,000 events, ten times the benchmarked load.
     */
    static final int MAX_PAGES = 200;

    static final Comparator<ReaderEvent> CHRONOLOGICAL = Comparator
            .comparing((ReaderEvent e) -> e.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.date().end(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReaderEvent::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final EventsClient client;

    /** Articles are content-addressed (the id is a hash of the text), so a cached summary never goes stale. */
    private final Map<String, ArticleSummary> articleCache = new ConcurrentHashMap<>();

    TimelineService(EventsClient client) {
        this.client = client;
    }

    public Timeline timeline() {
        List<EventView> views;
        try {
            views = allEvents();
        } catch (RuntimeException e) {
            // Timeouts, refused connections, an open circuit breaker or a 5xx: the page still renders.
            LOG.warnf("Events service unavailable: %s", e.toString());
            return Timeline.unavailable();
        }
        Map<String, ArticleSummary> articles = articles(views);
        List<ReaderEvent> events = views.stream()
                .map(v -> ReaderEvent.from(v, articles))
                .sorted(CHRONOLOGICAL)
                .toList();
        return new Timeline(events, true, null);
    }

    private List<EventView> allEvents() {
        List<EventView> all = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            EventPage result = client.page(cursor);
            if (result == null || result.events() == null) {
                break;
            }
            for (EventView event : result.events()) {
                // Paging over a list that changes underneath can repeat an event; show it once.
                if (event != null && event.id() != null && seen.add(event.id())) {
                    all.add(event);
                }
            }
            cursor = result.next();
            if (cursor == null || cursor.isBlank()) {
                return all;
            }
        }
        LOG.warnf("Stopped paging after %d pages; showing the first %d events", MAX_PAGES, all.size());
        return all;
    }

    private Map<String, ArticleSummary> articles(List<EventView> views) {
        Set<String> ids = new LinkedHashSet<>();
        for (EventView view : views) {
            if (view.sources() != null) {
                view.sources().stream().map(EventView.SourceView::articleId).filter(Objects::nonNull).forEach(ids::add);
            }
        }
        Map<String, ArticleSummary> found = new HashMap<>();
        for (String id : ids) {
            ArticleSummary cached = articleCache.get(id);
            if (cached == null) {
                cached = fetchArticle(id).orElse(null);
                if (cached != null) {
                    articleCache.put(id, cached);
                }
            }
            if (cached != null) {
                found.put(id, cached);
            }
        }
        return found;
    }

    /** A source whose article cannot be read is still shown, without its article details. */
    private Optional<ArticleSummary> fetchArticle(String id) {
        try {
            return client.article(id);
        } catch (RuntimeException e) {
            LOG.debugf("Article %s unavailable: %s", id, e.toString());
            return Optional.empty();
        }
    }

    /** The earliest and latest event dates, for the page's summary line. */
    public static Optional<LocalDate[]> span(List<ReaderEvent> events) {
        LocalDate first = null;
        LocalDate last = null;
        for (ReaderEvent e : events) {
            if (e.date().start() != null && (first == null || e.date().start().isBefore(first))) {
                first = e.date().start();
            }
            if (e.date().end() != null && (last == null || e.date().end().isAfter(last))) {
                last = e.date().end();
            }
        }
        return first == null ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
    }
}
