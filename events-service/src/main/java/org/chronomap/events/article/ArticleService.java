package org.chronomap.events.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores articles: the entry of the pipeline article → sentences → time expressions → events.
 * Ingest is idempotent by content ({@link ArticleId}) and all-or-nothing: an article is committed
 * together with the events extracted from it, or not at all.
 */
@ApplicationScoped
public class ArticleService {

    /** What a caller submits; {@code text} already validated by the caller. */
    public record Submission(String title, String text, LocalDate publishedAt, String source, String url) {
    }

    /** The stored article and whether this call created it. */
    public record Ingested(Article article, boolean created) {
    }

    public Ingested ingest(Submission submission) {
        String id = ArticleId.of(submission.text());
        Article existing = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
        if (existing != null) {
            return new Ingested(existing, false);
        }
        try {
            Article created = QuarkusTransaction.requiringNew().call(() -> store(id, submission));
            return new Ingested(created, true);
        } catch (PersistenceException | IllegalStateException e) {
            // A concurrent post of the same text won the primary key; that article is ours too.
            Article winner = QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id));
            if (winner == null) {
                throw e;
            }
            return new Ingested(winner, false);
        }
    }

    private Article store(String id, Submission submission) {
        Article article = new Article();
        article.id = id;
        article.title = submission.title() != null && !submission.title().isBlank()
                ? submission.title().strip()
                : titleFromText(submission.text());
        article.text = submission.text();
        article.publishedAt = submission.publishedAt();
        article.publishedAtInferred = false;
        article.source = submission.source();
        article.url = submission.url();
        article.ingestedAt = OffsetDateTime.now(ZoneOffset.UTC);
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
