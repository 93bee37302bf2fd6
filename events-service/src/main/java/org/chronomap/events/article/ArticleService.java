package org.chronomap.events.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chronomap.events.event.EventRepository;
import org.chronomap.events.event.EventWriteLock;
import org.chronomap.events.extract.ArticlePipeline;
import org.chronomap.events.merge.EventMerger;
import org.chronomap.events.rest.EventView;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Stores articles: the entry of the pipeline article → sentences → time expressions → events.
 * Ingest is idempotent by content ({@link ArticleId}) and all-or-nothing: an article is committed
 * together with the events extracted from it, or not at all. Extraction (including the call to the
 * geo-service) runs before the transaction opens, so no database lock waits on the network; the
 * storing transaction itself runs under {@link EventWriteLock}, so concurrent articles about one
 * happening merge into one event and concurrent posts of one text store it once.
 */
@ApplicationScoped
public class ArticleService {

    /** What a caller submits; {@code text} already validated by the caller. */
    public record Submission(String title, String text, LocalDate publishedAt, String source, String url) {
    }

    /** The stored article, its events as stored, and whether this call created it. */
    public record Ingested(Article article, List<EventView> events, boolean created) {
    }

    @Inject
    ArticlePipeline pipeline;

    @Inject
    EventMerger merger;

    @Inject
    EventWriteLock writes;

    @Inject
    EventRepository events;

    public Ingested ingest(Submission submission) {
        String id = ArticleId.of(submission.text());
        Article existing = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
        if (existing != null) {
            return found(existing);
        }
        LocalDate published = submission.publishedAt();
        boolean inferred = false;
        if (published == null) {
            Optional<LocalDate> fromText = pipeline.inferPublicationDate(submission.text());
            published = fromText.orElse(null);
            inferred = fromText.isPresent();
        }
        // Without any publication date, relative dates are read against the day of ingest.
        LocalDate reference = published != null ? published : LocalDate.now(ZoneOffset.UTC);
        ArticlePipeline.Result result = pipeline.run(submission.text(), reference);
        LocalDate publishedAt = published;
        boolean publishedAtInferred = inferred;
        try {
            return writes.inTransaction(() -> {
                // A post of the same text may have committed while this one was extracting.
                Article already = Article.findById(id);
                if (already != null) {
                    return found(already);
                }
                Article article = store(id, submission, publishedAt, publishedAtInferred, result.placesPending());
                // Viewed here, from what was just written, rather than read back after the commit.
                return new Ingested(article, EventRepository.views(merger.store(article.id, result.events())), true);
            });
        } catch (RuntimeException e) {
            // The lock is per process: another process on the same database may have won the primary key.
            Article winner = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
            if (winner == null) {
                throw e;
            }
            return found(winner);
        }
    }

    private Ingested found(Article article) {
        return new Ingested(article, events.viewsOfArticle(article.id), false);
    }

    private Article store(String id, Submission submission, LocalDate publishedAt, boolean inferred,
                          boolean placesPending) {
        Article article = new Article();
        article.id = id;
        article.title = submission.title() != null && !submission.title().isBlank()
                ? submission.title().strip()
                : titleFromText(submission.text());
        article.text = submission.text();
        article.publishedAt = publishedAt;
        article.publishedAtInferred = inferred;
        article.source = submission.source();
        article.url = submission.url();
        article.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        article.placesPending = placesPending;
        article.persistAndFlush();
        return article;
    }

    /** Untitled articles are named by their first line, as a headline usually is. */
    static String titleFromText(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        int max = 200;
        if (firstLine.codePointCount(0, firstLine.length()) <= max) {
            return firstLine;
        }
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, max)).strip() + "…";
    }
}
