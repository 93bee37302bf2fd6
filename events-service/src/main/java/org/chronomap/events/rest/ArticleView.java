package org.chronomap.events.rest;

import org.chronomap.events.article.Article;

import java.time.LocalDate;
import java.util.List;

/** An article as returned by the API: its metadata and the events it reports (not its text twice). */
public record ArticleView(String id, String title, LocalDate publishedAt, boolean publishedAtInferred,
                          String source, String url, List<EventView> events) {

    public static ArticleView from(Article article, List<EventView> events) {
        return new ArticleView(article.id, article.title, article.publishedAt, article.publishedAtInferred,
                article.source, article.url, events);
    }
}
