package org.chronomap.events.rest;

import org.chronomap.common.rest.QueryParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.chronomap.events.event.EventQuery;
import org.chronomap.events.event.EventRepository;
import org.chronomap.events.geojson.GeoJson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Downloads of the current selection: the filters of {@code GET /api/events}, all pages at once
 * (up to {@link #MAX_EXPORT} events, or {@code limit}), as GeoJSON or CSV.
 */
@Path("/api")
public class EventExportResource {

    static final int MAX_EXPORT = 10_000;
    private static final int PAGE = 500;
    private static final Set<String> PARAMETERS = Set.of("from", "to", "bbox", "category", "place", "q", "limit");

    @Inject
    EventRepository events;

    @GET
    @Path("events.geojson")
    @Produces(GeoJson.MEDIA_TYPE)
    public Response geojson(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("bbox") String bbox, @QueryParam("category") String category,
                            @QueryParam("place") String place, @QueryParam("q") String q,
                            @QueryParam("limit") String limit, UriInfo uri) {
        List<EventView> selection = select(from, to, bbox, category, place, q, limit, uri);
        List<GeoJson.Feature<EventFeature>> features = new ArrayList<>(selection.size());
        selection.forEach(event -> features.add(EventFeature.of(event, null)));
        var collection = GeoJson.FeatureCollection.of(features, null,
                OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(), null);
        return Response.ok(collection, GeoJson.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.geojson\"").build();
    }

    @GET
    @Path("events.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("bbox") String bbox, @QueryParam("category") String category,
                        @QueryParam("place") String place, @QueryParam("q") String q,
                        @QueryParam("limit") String limit, UriInfo uri) {
        String body = EventCsv.write(select(from, to, bbox, category, place, q, limit, uri));
        return Response.ok(body, "text/csv; charset=utf-8; header=present")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.csv\"").build();
    }

    private List<EventView> select(String from, String to, String bbox, String category, String place, String q,
                                   String limit, UriInfo uri) {
        QueryParameters.requireKnown(uri, PARAMETERS);
        int max = EventResource.limit(limit, MAX_EXPORT, MAX_EXPORT);
        EventQuery query = EventResource.filters(from, to, bbox, category, place, q, Math.min(PAGE, max), null);
        List<EventView> out = new ArrayList<>();
        while (true) {
            EventRepository.Page page = events.search(query);
            for (EventView event : page.events()) {
                if (out.size() < max) {
                    out.add(event);
                }
            }
            if (page.next() == null || out.size() >= max) {
                return out;
            }
            query = new EventQuery(query.from(), query.to(), query.bbox(), query.categories(),
                    query.placeGeonameId(), query.text(), query.limit(), page.next());
        }
    }
}
