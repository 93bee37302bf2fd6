package org.chronomap.events.article;

import java.time.LocalDate;

/** An article's metadata without its text: what a reader needs to judge a source. */
public record ArticleSummary(String id, String title, LocalDate publishedAt, boolean publishedAtInferred,
                             String source, String url) {
}
