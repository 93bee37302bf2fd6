package org.chronomap.frontend.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.CompletableFuture;
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
    private final ObjectMapper json;

    /** Articles are content-addressed (the id is a hash of the text), so a cached summary never goes stale. */
    private final Map<String, ArticleSummary> articleCache = new ConcurrentHashMap<>();

    TimelineService(EventsClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /** What {@code /data/events} sends: every event, oldest first. */
    public record EventsData(List<ReaderEvent> events, int total) {
    }

    /**
     * A timeline and its JSON. The JSON (megabytes for thousands of events) is written once per cache
     * period, on another thread as soon as the page's own request has read the events, so it is
     * usually ready by the time the page's script asks for it.
     */
    public record Snapshot(Timeline timeline, CompletableFuture<byte[]> json) {
    }

    /**
     * The page and the request its script makes a moment later want the same events: one read of the
     * events-service serves both. Short enough that a newly ingested article shows on the next reload.
     */
    static final long CACHE_MILLIS = 5_000;

    private volatile Snapshot cached;
    private volatile long cachedAt;

    public Timeline timeline() {
        return snapshot().timeline();
    }

    public Snapshot snapshot() {
        Snapshot current = cached;
        long now = System.currentTimeMillis();
        if (current != null && now - cachedAt < CACHE_MILLIS) {
            return current;
        }
        Timeline fresh = read();
        if (!fresh.available()) {
            return new Snapshot(fresh, CompletableFuture.completedFuture(null));
        }
        Snapshot snapshot = new Snapshot(fresh, CompletableFuture.supplyAsync(() -> serialize(fresh)));
        cached = snapshot;
        cachedAt = now;
        return snapshot;
    }

    private byte[] serialize(Timeline timeline) {
        try {
            return json.writeValueAsBytes(new EventsData(timeline.events(), timeline.events().size()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Events cannot be written as JSON", e);
        }
    }

    private Timeline read() {
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
