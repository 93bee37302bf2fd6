package org.chronomap.events.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/articles}. {@code publishedAt} stays a string here so that a malformed
 * value gets a precise message from {@link PublicationDate} rather than a generic type error.
 */
public record ArticleRequest(
        @Size(max = 1000, message = "must be at most 1000 characters") String title,
        @NotNull(message = "is required") String text,
        String publishedAt,
        @Size(max = 500, message = "must be at most 500 characters") String source,
        @Size(max = 2000, message = "must be at most 2000 characters") String url) {
}
