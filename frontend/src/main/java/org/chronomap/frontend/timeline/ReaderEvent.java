package org.chronomap.frontend.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronomap.frontend.client.ArticleSummary;
import org.chronomap.frontend.client.EventView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An event as the reader's page shows it: the EVENT of the contract with each source joined to its
 * article (title, outlet, link, publication date), so neither the page nor its scripts need a second
 * request to say where a claim comes from.
 */
public record ReaderEvent(String id, String title, String category, ReaderDate date, List<ReaderPlace> places,
                          JsonNode geometry, List<ReaderSource> sources) {

    /**
     * {@code articleDate} is the publication date of the first source's article: the anchor against
     * which relative words such as "on Sunday" were resolved.
     */
    public record ReaderDate(LocalDate start, LocalDate end, String precision, boolean approximate,
                             String asWritten, String basis, LocalDate articleDate) {

        /** The resolved interval in words a reader can check: one date, or "from – to". */
        public String resolved() {
            if (start == null) {
                return "date unknown";
            }
            String text = end == null || end.equals(start) ? start.toString() : start + " – " + end;
            return approximate ? "about " + text : text;
        }
    }

    public record ReaderPlace(String name, Long geonameId, String countryCode, String featureCode, Double lat,
                              Double lon, String role) {
    }

    public record ReaderSource(String articleId, int start, int end, String text, String attribution,
                               String articleTitle, String outlet, String url, LocalDate publishedAt) {
    }

    static ReaderEvent from(EventView event, Map<String, ArticleSummary> articles) {
        List<ReaderSource> sources = event.sources() == null ? List.of() : event.sources().stream()
                .map(s -> {
                    ArticleSummary article = articles.get(s.articleId());
                    return new ReaderSource(s.articleId(), s.start(), s.end(), s.text(), s.attribution(),
                            article == null ? null : article.title(),
                            article == null ? null : article.source(),
                            article == null ? null : safeLink(article.url()),
                            article == null ? null : article.publishedAt());
                })
                .toList();
        EventView.DateView d = event.date();
        LocalDate articleDate = sources.stream().map(ReaderSource::publishedAt)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        ReaderDate date = d == null
                ? new ReaderDate(null, null, "day", true, "", null, articleDate)
                : new ReaderDate(d.start(), d.end() == null ? d.start() : d.end(),
                        d.precision() == null ? "day" : d.precision(), d.approximate(),
                        d.asWritten() == null ? "" : d.asWritten(), d.basis(), articleDate);
        List<ReaderPlace> places = event.places() == null ? List.of() : event.places().stream()
                .map(p -> new ReaderPlace(p.name(), p.geonameId(), p.countryCode(), p.featureCode(), p.lat(),
                        p.lon(), p.role()))
                .toList();
        return new ReaderEvent(event.id(), event.title(), event.category() == null ? "other" : event.category(),
                date, places, event.geometry(), sources);
    }

    /**
     * Article URLs come from whoever posted the article: only http(s) links reach an {@code href}, so a
     * {@code javascript:} URL can never run when a reader clicks "read the article".
     */
    static String safeLink(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.trim();
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? trimmed : null;
    }
}
