package org.chronomap.events.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/articles}. {@code publishedAt} stays a string here so that a malformed
 * value gets a precise message from {@link PublicationDate} rather than a generic type error.
 */
public record ArticleRequest(
        @Size(max = 1000, message = "must be at most 1000 characters") @Pattern(regexp = NO_NUL, message = NUL_MESSAGE)
        String title,
        @NotNull(message = "is required") @Pattern(regexp = NO_NUL, message = NUL_MESSAGE) String text,
        String publishedAt,
        @Size(max = 500, message = "must be at most 500 characters") @Pattern(regexp = NO_NUL, message = NUL_MESSAGE)
        String source,
        @Size(max = 2000, message = "must be at most 2000 characters") @Pattern(regexp = NO_NUL, message = NUL_MESSAGE)
        String url) {

    /**
     * PostgreSQL cannot store U+0000 in text columns, and no article needs it: refused at the edge
     * rather than failing in the database. Possessive, so a 1 MB text is one linear scan.
     */
    static final String NO_NUL = "[^\\x00]*+";
    static final String NUL_MESSAGE = "must not contain NUL (U+0000) characters";
}
