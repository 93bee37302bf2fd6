package org.chronomap.frontend.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code /data/events} sends the page's scripts: every event, oldest first, with each article
 * once in {@code articles} (by id) instead of repeated in every source that cites it, and without what
 * the scripts never read (text offsets, GeoNames codes) or nulls. For 10,000 events that halves the
 * JSON the server writes and compresses and the browser parses; the script joins articles back
 * to sources as it prepares the events.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventsData(List<Event> events, Map<String, Article> articles, int total) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String id, String title, String category, ReaderEvent.ReaderDate date, List<Place> places,
                        JsonNode geometry, List<Source> sources) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String name, String countryCode, Double lat, Double lon, String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String articleId, String text, String attribution) {
    }

    /** {@code url} is already reduced to an http(s) link or null (see ReaderEvent). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Article(String title, String outlet, String url, LocalDate publishedAt) {

        /** Null when the source's article could not be read (the source then shows without it). */
        static Article of(ReaderEvent.ReaderSource source) {
            boolean known = source.articleTitle() != null || source.outlet() != null || source.url() != null
                    || source.publishedAt() != null;
            return source.articleId() != null && known
                    ? new Article(source.articleTitle(), source.outlet(), source.url(), source.publishedAt()) : null;
        }
    }

    static EventsData of(List<ReaderEvent> events) {
        Map<String, Article> articles = new LinkedHashMap<>();
        List<Event> compact = events.stream().map(e -> new Event(e.id(), e.title(), e.category(), e.date(),
                e.places().stream().map(p -> new Place(p.name(), p.countryCode(), p.lat(), p.lon(), p.role())).toList(),
                e.geometry(),
                e.sources().stream().map(s -> {
                    Article article = Article.of(s);
                    if (article != null) {
                        articles.putIfAbsent(s.articleId(), article);
                    }
                    return new Source(s.articleId(), s.text(), s.attribution());
                }).toList()))
                .toList();
        return new EventsData(compact, articles, events.size());
    }
}
