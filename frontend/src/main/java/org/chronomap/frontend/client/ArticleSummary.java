package org.chronomap.frontend.client;

import java.time.LocalDate;

/** The part of {@code GET /api/articles/{id}} a reader needs to judge a source. */
public record ArticleSummary(String id, String title, LocalDate publishedAt, boolean publishedAtInferred,
                             String source, String url) {
}
