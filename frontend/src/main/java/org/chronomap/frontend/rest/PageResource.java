package org.chronomap.frontend.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chronomap.frontend.config.ChronomapConfig;
import org.chronomap.frontend.timeline.ReaderEvent;
import org.chronomap.frontend.timeline.Timeline;
import org.chronomap.frontend.timeline.TimelineService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;

/**
 * The reader's page. Without JavaScript it is a complete, accessible chronological list of events with
 * their sources; the bundled script turns the same page into the timeline and map. The view state lives
 * in the URL fragment, so this resource ignores query parameters other than {@code page}.
 */
@Path("/")
public class PageResource {

    /**
     * Events per server-rendered page. The script draws every event from {@code /data/events}; paging
     * keeps the no-script HTML small when there are thousands of events.
     */
    static final int PAGE_SIZE = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<ReaderEvent> events, int total, int page, int pages,
                                            LocalDate first, LocalDate last, String notice, List<Category> categories,
                                            String tileUrl, String tileAttribution);
    }

    /** A legend entry; the colour itself lives once, in the stylesheet, under {@code cat-<id>}. */
    public record Category(String id, String label) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("attack", "Attack"),
            new Category("battle", "Battle"),
            new Category("territorial-change", "Territorial change"),
            new Category("civilian-harm", "Civilian harm"),
            new Category("evacuation", "Evacuation"),
            new Category("emergency", "Emergency"),
            new Category("diplomacy", "Diplomacy"),
            new Category("other", "Other"));

    private final TimelineService timelines;
    private final ChronomapConfig config;

    PageResource(TimelineService timelines, ChronomapConfig config) {
        this.timelines = timelines;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The timeline-and-map page (a chronological list without JavaScript)")
    public TemplateInstance page(@QueryParam("page") String pageParam) {
        Timeline timeline = timelines.timeline();
        List<ReaderEvent> all = timeline.events();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(pages, Math.max(1, parsePage(pageParam)));
        List<ReaderEvent> slice = all.subList((page - 1) * PAGE_SIZE, Math.min(all.size(), page * PAGE_SIZE));
        var span = TimelineService.span(all);
        return Templates.page(slice, all.size(), page, pages,
                span.map(s -> s[0]).orElse(null), span.map(s -> s[1]).orElse(null),
                timeline.notice(), CATEGORIES,
                config.tileUrl().orElse(""), config.tileAttribution().orElse(""));
    }

    /** A malformed page number is a reader's typo in a link, not an error worth a 400: show page one. */
    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
