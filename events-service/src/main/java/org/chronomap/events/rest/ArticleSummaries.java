package org.chronomap.events.rest;

import org.chronomap.events.article.ArticleSummary;

import java.util.List;

/** The answer of {@code GET /api/articles?ids=…}: the known articles among those asked for. */
public record ArticleSummaries(List<ArticleSummary> articles) {
}
