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
import org.chronomap.events.merge.EventMerger;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Resolves the places of articles stored while the geo-service was unreachable: geoparses each such
 * article again and replaces its stand-in places by the real ones, in one transaction per article.
 * Events, sources and merges stay as they are, so nothing is lost or duplicated; an article stays
 * pending until a geoparse succeeds.
 */
@ApplicationScoped
public class PendingPlaceRetry {

    private static final Logger LOG = Logger.getLogger(PendingPlaceRetry.class);
    /** Articles per run: a recovering geo-service is not flooded. */
    private static final int BATCH = 20;

    @Inject
    GeoClient geo;

    @Inject
    ArticlePipeline pipeline;

    @Inject
    EventMerger merger;

    @Scheduled(every = "${chronomap.geo-retry-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        resolvePending();
    }

    /** @return how many articles had their places resolved */
    public int resolvePending() {
        List<Article> pending = QuarkusTransaction.requiringNew().call(() ->
                Article.<Article>find("placesPending = true order by ingestedAt").page(0, BATCH).list());
        int resolved = 0;
        for (Article article : pending) {
            LocalDate reference = article.publishedAt != null ? article.publishedAt
                    : article.ingestedAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            List<Toponym> toponyms;
            try {
                toponyms = geo.geoparse(article.text, reference);
            } catch (RuntimeException e) {
                LOG.debugf("Geo-service still unavailable: %s", e.getMessage());
                return resolved;
            }
            List<ExtractedEvent> events = pipeline.rerun(article.text, reference, toponyms);
            QuarkusTransaction.requiringNew().run(() -> apply(article.id, events));
            resolved++;
        }
        return resolved;
    }

    private void apply(String articleId, List<ExtractedEvent> events) {
        Article article = Article.findById(articleId);
        if (article == null || !article.placesPending) {
            return;
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
    }

    /** Visible for tests: whether any place of the article is still a stand-in. */
    public static boolean hasPending(String articleId) {
        return EventPlace.count("articleId = ?1 and resolution = ?2", articleId, PlaceDraft.PENDING) > 0;
    }
}
