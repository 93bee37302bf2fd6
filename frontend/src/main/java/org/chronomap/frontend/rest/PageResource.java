package org.chronomap.frontend.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chronomap.frontend.client.EventsClient;
import org.chronomap.frontend.config.ChronomapConfig;
import org.chronomap.frontend.timeline.ReaderEvent;
import org.chronomap.frontend.timeline.Timeline;
import org.chronomap.frontend.timeline.TimelineService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * The reader's page. Without JavaScript it is a complete, accessible chronological list of events with
 * their sources; the bundled script turns the same page into the timeline and map. The view state lives
 * in the URL fragment, so this resource ignores query parameters other than {@code page}.
 */
@Path("/")
public class PageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<ReaderEvent> events, Integer total, int page, Integer pages,
                                            boolean hasNext, LocalDate first, LocalDate last, String notice,
                                            List<Category> categories, String tileUrl, String tileAttribution);
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

    /**
     * Page n of the list is the events-service's page n oldest first ({@link EventsClient#PAGE_SIZE}
     * events): the script draws every event from {@code /data/events}, so the server reads only the
     * page it shows and the reader does not wait for every event before anything appears.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The timeline-and-map page (a chronological list without JavaScript)")
    public TemplateInstance page(@QueryParam("page") String pageParam) {
        TimelineService.ListPage list = timelines.listPage(Math.max(1, parsePage(pageParam)));
        Timeline timeline = list.timeline();
        return Templates.page(timeline.events(), boxed(list.total()), list.page(), boxed(list.pages()),
                list.hasNext(), list.first(), list.last(), timeline.notice(), CATEGORIES,
                config.tileUrl().orElse(""), config.tileAttribution().orElse(""));
    }

    /**
     * Qute tests a null with {@code #if}, where an empty OptionalLong would print as text; an Integer
     * compares equal to the template's literals ({@code total == 1}).
     */
    private static Integer boxed(OptionalLong value) {
        return value.isPresent() ? Math.toIntExact(value.getAsLong()) : null;
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
