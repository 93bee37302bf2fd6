package org.chronomap.events.place;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chronomap.events.article.Article;
import org.chronomap.events.extract.ArticlePipeline;
import org.chronomap.events.extract.ExtractedEvent;
import org.chronomap.events.event.Event;
import org.chronomap.events.event.EventPlace;
import org.chronomap.events.event.EventWriteLock;
import org.chronomap.events.merge.EventMerger;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Resolves the places of articles stored while the geo-service was unreachable: geoparses each such
 * article again and replaces its stand-in places by the real ones, in one transaction per article.
 * Events, sources and merges stay as they are, so nothing is lost or duplicated; an article stays
 * pending until a geoparse succeeds, or until the geo-service declines it (a 4xx), when its stand-in names
 * are kept unresolved.
 */
@ApplicationScoped
public class PendingPlaceRetry {

    private static final Logger LOG = Logger.getLogger(PendingPlaceRetry.class);
    /** Articles read per query; a run goes on until none is left, one geoparse call at a time. */
    private static final int BATCH = 20;

    @Inject
    GeoClient geo;

    @Inject
    ArticlePipeline pipeline;

    @Inject
    EventMerger merger;

    @Inject
    EventWriteLock writes;

    @Scheduled(every = "${chronomap.geo-retry-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        resolvePending();
    }

    /**
     * Geoparses pending articles oldest first until none is left or the geo-service fails; an article
     * the geo-service rejects is passed over (keyset paging), so it cannot block the ones behind it.
     *
     * @return how many articles had their places resolved
     */
    public int resolvePending() {
        int resolved = 0;
        OffsetDateTime afterTime = null;
        String afterId = "";
        while (true) {
            List<Article> pending = batchAfter(afterTime, afterId);
            for (Article article : pending) {
                afterTime = article.ingestedAt;
                afterId = article.id;
                LocalDate reference = article.publishedAt != null ? article.publishedAt
                        : article.ingestedAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                List<Toponym> toponyms = List.of();
                boolean rejected = false;
                try {
                    toponyms = geo.geoparse(article.text, reference);
                } catch (GeoClient.GeoRejected e) {
                    // asking again cannot help: the stand-in names become unresolved and the article leaves the backlog
                    LOG.warnf("Geo-service rejected article %s (%s); its place names are kept unresolved", article.id,
                            e.getMessage());
                    rejected = true;
                } catch (RuntimeException e) {
                    LOG.debugf("Geo-service still unavailable: %s", e.getMessage());
                    return resolved;
                }
                List<ExtractedEvent> events = rejected ? pipeline.rerunUnresolved(article.text, reference)
                        : pipeline.rerun(article.text, reference, toponyms);
                // Under the ingest's lock: a merge into one of these events must not interleave with this update.
                writes.inTransaction(() -> apply(article.id, events));
                resolved++;
            }
            if (pending.size() < BATCH) {
                return resolved;
            }
        }
    }

    private static List<Article> batchAfter(OffsetDateTime afterTime, String afterId) {
        return QuarkusTransaction.requiringNew().call(() -> afterTime == null
                ? Article.<Article>find("placesPending = true order by ingestedAt, id").page(0, BATCH).list()
                : Article.<Article>find("placesPending = true and (ingestedAt > ?1 or (ingestedAt = ?1 and id > ?2))"
                        + " order by ingestedAt, id", afterTime, afterId).page(0, BATCH).list());
    }

    private Void apply(String articleId, List<ExtractedEvent> events) {
        Article article = Article.findById(articleId);
        if (article == null || !article.placesPending) {
            return null;
        }
        List<Event> stored = Event.list("from Event e where exists (select 1 from EventSource s "
                + "where s.event = e and s.articleId = ?1)", articleId);
        for (Event event : stored) {
            event.places.removeIf(p -> PlaceDraft.PENDING.equals(p.resolution) && articleId.equals(p.articleId));
            for (ExtractedEvent extracted : events) {
                boolean sameSource = event.sources.stream().anyMatch(s -> s.articleId.equals(articleId)
                        && s.start == extracted.start()) && event.category.equals(extracted.category().code());
                if (sameSource) {
                    merger.resolvePlaces(event, articleId, extracted);
                }
            }
        }
        article.placesPending = false;
        return null;
    }

    /** Articles stored while the geo-service was unreachable, and their stand-in places: for health. */
    public record Backlog(long articles, long places) {
    }

    public Backlog backlog() {
        return QuarkusTransaction.requiringNew().call(() -> new Backlog(Article.count("placesPending", true),
                EventPlace.count("resolution", PlaceDraft.PENDING)));
    }

    /** Visible for tests: whether any place of the article is still a stand-in. */
    public static boolean hasPending(String articleId) {
        return EventPlace.count("articleId = ?1 and resolution = ?2", articleId, PlaceDraft.PENDING) > 0;
    }
}
