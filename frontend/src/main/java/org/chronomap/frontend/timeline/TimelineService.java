package org.chronomap.frontend.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.chronomap.frontend.client.ArticleSummary;
import org.chronomap.frontend.client.EventPage;
import org.chronomap.frontend.client.EventView;
import org.chronomap.frontend.client.EventsClient;
import org.chronomap.frontend.config.ChronomapConfig;
import org.eclipse.microprofile.context.ManagedExecutor;
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
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads events from the events-service oldest first and joins the articles of their sources: one page
 * for the server-rendered list, every page for the scripts' {@code /data/events}.
 */
@ApplicationScoped
public class TimelineService {

    private static final Logger LOG = Logger.getLogger(TimelineService.class);

    /**
     * Stops a cursor loop that never ends (a misbehaving service) from holding a request forever:
     * 200 pages of 500 from each end are 200,000 events, twenty times the benchmarked load.
     */
    static final int MAX_PAGES = 200;

    /**
     * The events-service's oldest-first order (start date, then id), so page n of the list is page n of
     * the service and the list needs no other page to be exact.
     */
    static final Comparator<ReaderEvent> CHRONOLOGICAL = Comparator
            .comparing((ReaderEvent e) -> e.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReaderEvent::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The page and the request its script makes a moment later want the same events: one read of the
     * events-service serves both. Short enough that a newly ingested article shows on the next reload.
     */
    static final long CACHE_MILLIS = 5_000;

    private final EventsClient client;
    private final ObjectMapper json;
    private final ManagedExecutor executor;

    /**
     * Articles are content-addressed (the id is a hash of the text), so a cached summary never goes stale;
     * the bound keeps a long-running page's memory flat however many articles pass through.
     */
    private final Cache<String, ArticleSummary> articleCache;

    private CompletableFuture<Snapshot> current;
    private long currentStartedAt;

    TimelineService(EventsClient client, ObjectMapper json, ManagedExecutor executor, ChronomapConfig config) {
        this.client = client;
        this.json = json;
        this.executor = executor;
        this.articleCache = Caffeine.newBuilder().maximumSize(config.articleCacheSize()).build();
    }

    /** Every event and its JSON (megabytes for thousands of events, so written once per read). */
    public record Snapshot(Timeline timeline, byte[] json) {
    }

    /**
     * One page of the chronological list. {@code total} and {@code last} come from two small requests
     * made alongside the page's (the count of the OGC API items and the newest event), so the list
     * never waits for every event; either may be absent when the events-service does not say.
     */
    public record ListPage(Timeline timeline, int page, boolean hasNext, OptionalLong total, LocalDate first,
                           LocalDate last) {

        /** Pages of {@link EventsClient#PAGE_SIZE}, when the total is known. */
        public OptionalLong pages() {
            return total.isPresent()
                    ? OptionalLong.of(Math.max(1, (total.getAsLong() + EventsClient.PAGE_SIZE - 1) / EventsClient.PAGE_SIZE))
                    : OptionalLong.empty();
        }
    }

    /**
     * Every event, read at most once per {@link #CACHE_MILLIS}: requests that arrive while a read is under
     * way wait for that read instead of starting their own. A failed read is not kept.
     */
    public synchronized CompletableFuture<Snapshot> snapshot() {
        long now = System.currentTimeMillis();
        boolean failed = current != null && current.isDone()
                && (current.isCompletedExceptionally() || !current.join().timeline().available());
        if (current == null || failed || now - currentStartedAt >= CACHE_MILLIS) {
            current = CompletableFuture.supplyAsync(this::readAll, executor);
            currentStartedAt = now;
        }
        return current;
    }

    /**
     * Page {@code page} (from 1) of the list, or the last page when there are fewer. Starts the read of
     * every event too, since the page's script asks for them as soon as the page arrives.
     */
    public ListPage listPage(int page) {
        snapshot();
        CompletableFuture<OptionalLong> total = CompletableFuture.supplyAsync(this::count, executor);
        CompletableFuture<Optional<EventView>> newest = CompletableFuture.supplyAsync(this::newest, executor);
        List<EventView> views;
        LocalDate first = null;
        boolean hasNext;
        int reached = 0;
        try {
            String cursor = null;
            EventPage result;
            do {
                result = client.page(cursor, true);
                reached++;
                if (first == null && result != null && result.events() != null) {
                    first = result.events().stream().map(EventView::date).filter(Objects::nonNull)
                            .map(EventView.DateView::start).filter(Objects::nonNull).findFirst().orElse(null);
                }
                cursor = result == null ? null : blankToNull(result.next());
            } while (reached < Math.min(page, MAX_PAGES) && cursor != null);
            views = result == null || result.events() == null ? List.of() : result.events();
            hasNext = cursor != null;
        } catch (RuntimeException e) {
            // Timeouts, refused connections, an open circuit breaker or a 5xx: the page still renders.
            LOG.warnf("Events service unavailable: %s", e.toString());
            return new ListPage(Timeline.unavailable(), 1, false, OptionalLong.empty(), null, null);
        }
        LocalDate last = newest.join().map(EventView::date)
                .map(d -> d.end() == null ? d.start() : d.end()).orElse(null);
        return new ListPage(new Timeline(readerEvents(views), true, null), reached, hasNext, total.join(), first, last);
    }

    private Snapshot readAll() {
        List<EventView> views;
        try {
            views = allEvents();
        } catch (RuntimeException e) {
            LOG.warnf("Events service unavailable: %s", e.toString());
            return new Snapshot(Timeline.unavailable(), null);
        }
        Timeline timeline = new Timeline(readerEvents(views), true, null);
        try {
            return new Snapshot(timeline, json.writeValueAsBytes(EventsData.of(timeline.events())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Events cannot be written as JSON", e);
        }
    }

    private List<ReaderEvent> readerEvents(List<EventView> views) {
        Map<String, ArticleSummary> articles = articles(views);
        return views.stream().map(v -> ReaderEvent.from(v, articles)).sorted(CHRONOLOGICAL).toList();
    }

    /**
     * Every event. The events-service pages with a cursor, so reading them is a chain of round trips, each
     * waiting for the one before; two chains, one from each end (oldest first and newest first), meet in
     * the middle in half the time where the machine has a core to spare.
     */
    private List<EventView> allEvents() {
        Set<String> fromOldest = ConcurrentHashMap.newKeySet();
        Set<String> fromNewest = ConcurrentHashMap.newKeySet();
        CompletableFuture<List<EventView>> newer = CompletableFuture.supplyAsync(
                () -> readUntilMet(false, fromNewest, fromOldest), executor);
        List<EventView> all = new ArrayList<>(readUntilMet(true, fromOldest, fromNewest));
        for (EventView event : newer.join()) {
            if (!fromOldest.contains(event.id())) {
                all.add(event);
            }
        }
        return all;
    }

    /**
     * Pages from one end until a page holds an event the other end has read, or the list ends. Each side
     * records its page before it looks at the other's, so at least one of them sees where they meet and
     * the other stops at its next page at the latest.
     */
    private List<EventView> readUntilMet(boolean oldestFirst, Set<String> mine, Set<String> theirs) {
        List<EventView> read = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            EventPage result = client.page(cursor, oldestFirst);
            if (result == null || result.events() == null) {
                return read;
            }
            List<EventView> events = result.events().stream().filter(e -> e != null && e.id() != null).toList();
            for (EventView event : events) {
                // Paging over a list that changes underneath can repeat an event; keep it once.
                if (mine.add(event.id())) {
                    read.add(event);
                }
            }
            boolean met = events.stream().anyMatch(e -> theirs.contains(e.id()));
            cursor = blankToNull(result.next());
            if (met || cursor == null) {
                return read;
            }
        }
        LOG.warnf("Stopped paging after %d pages from one end; showing %d events from it", MAX_PAGES, read.size());
        return read;
    }

    /** The count is a nicety of the page's summary line: without it the page still lists its events. */
    private OptionalLong count() {
        try {
            return client.count();
        } catch (RuntimeException e) {
            LOG.debugf("Event count unavailable: %s", e.toString());
            return OptionalLong.empty();
        }
    }

    private Optional<EventView> newest() {
        try {
            return client.newest();
        } catch (RuntimeException e) {
            LOG.debugf("Newest event unavailable: %s", e.toString());
            return Optional.empty();
        }
    }

    private static String blankToNull(String cursor) {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }

    private Map<String, ArticleSummary> articles(List<EventView> views) {
        Set<String> ids = new LinkedHashSet<>();
        for (EventView view : views) {
            if (view.sources() != null) {
                view.sources().stream().map(EventView.SourceView::articleId).filter(Objects::nonNull).forEach(ids::add);
            }
        }
        // What is fetched is joined from here, not read back from the cache, which may already have let it go.
        Map<String, ArticleSummary> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            ArticleSummary cached = articleCache.getIfPresent(id);
            if (cached != null) {
                found.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        for (int from = 0; from < missing.size(); from += EventsClient.SUMMARY_BATCH) {
            for (ArticleSummary summary : fetchArticles(
                    missing.subList(from, Math.min(missing.size(), from + EventsClient.SUMMARY_BATCH)))) {
                articleCache.put(summary.id(), summary);
                found.put(summary.id(), summary);
            }
        }
        return found;
    }

    /** Sources whose articles cannot be read are still shown, without their article details. */
    private List<ArticleSummary> fetchArticles(List<String> ids) {
        try {
            return client.summaries(ids);
        } catch (RuntimeException e) {
            LOG.debugf("Summaries of %d articles unavailable: %s", ids.size(), e.toString());
            return List.of();
        }
    }
}
