package org.chronomap.events.rest;

import org.chronomap.common.rest.QueryParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.chronomap.events.event.EventQuery;
import org.chronomap.events.event.EventRepository;
import org.chronomap.events.geojson.GeoJson;
import org.chronomap.events.geojson.GeoJson.Link;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OGC API - Features Part 1 (Core, GeoJSON, OpenAPI 3.0) over the {@code events} collection: what
 * GIS clients (QGIS, GDAL's OAPIF driver) read. Unknown query parameters are a 400, as the OGC test
 * suite demands.
 */
@Path("/")
public class OgcFeaturesResource {

    static final String COLLECTION = "events";
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    private static final Set<String> FORMAT_ONLY = Set.of("f");
    private static final Set<String> ITEM_PARAMETERS = Set.of("bbox", "datetime", "limit", "cursor", "f");
    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    @Inject
    EventRepository events;

    public record Landing(String title, String description, List<Link> links) {
    }

    public record Conformance(List<String> conformsTo) {
    }

    public record Extent(Map<String, Object> spatial, Map<String, Object> temporal) {
    }

    public record Collection(String id, String title, String description, String itemType, List<String> crs,
                             Extent extent, List<Link> links) {
    }

    public record Collections(List<Link> links, List<Collection> collections) {
    }

    @GET
    @Produces(JSON)
    public Landing landing(@QueryParam("f") String f, UriInfo uri) {
        checkFormat(uri, FORMAT_ONLY, f);
        String base = base(uri);
        return new Landing("Chronomap events", "Dated and placed events extracted from news articles, "
                + "as OGC API - Features.", List.of(
                new Link(base + "/", "self", JSON, "This document"),
                new Link(base + "/q/openapi?format=json", "service-desc", OPENAPI, "The API definition"),
                new Link(base + "/conformance", "conformance", JSON, "Conformance classes"),
                new Link(base + "/collections", "data", JSON, "Collections")));
    }

    @GET
    @Path("conformance")
    @Produces(JSON)
    public Conformance conformance(@QueryParam("f") String f, UriInfo uri) {
        checkFormat(uri, FORMAT_ONLY, f);
        return new Conformance(CONFORMANCE);
    }

    @GET
    @Path("collections")
    @Produces(JSON)
    public Collections collections(@QueryParam("f") String f, UriInfo uri) {
        checkFormat(uri, FORMAT_ONLY, f);
        String base = base(uri);
        return new Collections(List.of(new Link(base + "/collections", "self", JSON, "Collections")),
                List.of(collection(base)));
    }

    @GET
    @Path("collections/{collection}")
    @Produces(JSON)
    public Collection collection(@PathParam("collection") String id, @QueryParam("f") String f, UriInfo uri) {
        checkFormat(uri, FORMAT_ONLY, f);
        requireCollection(id);
        return collection(base(uri));
    }

    @GET
    @Path("collections/{collection}/items")
    @Produces({GeoJson.MEDIA_TYPE, JSON})
    public Response items(@PathParam("collection") String id, @QueryParam("bbox") String bbox,
                          @QueryParam("datetime") String datetime, @QueryParam("limit") String limit,
                          @QueryParam("cursor") String cursor, @QueryParam("f") String f, UriInfo uri) {
        requireCollection(id);
        checkFormat(uri, ITEM_PARAMETERS, f);
        OgcDatetime window = OgcDatetime.parse(datetime);
        int pageSize = EventResource.limit(limit, 10, EventResource.MAX_LIMIT);
        EventQuery query = new EventQuery(window.from(), window.to(), EventResource.parseBbox(bbox), null, null,
                null, pageSize, EventCursor.decode(cursor));
        EventRepository.Page page = events.search(query);
        long matched = events.count(query);
        String itemsUrl = base(uri) + "/collections/" + COLLECTION + "/items";
        List<Link> links = new ArrayList<>();
        links.add(new Link(uri.getRequestUri().toString(), "self", GeoJson.MEDIA_TYPE, "This page"));
        if (page.next() != null) {
            UriBuilder next = UriBuilder.fromUri(itemsUrl).queryParam("limit", pageSize)
                    .queryParam("cursor", EventCursor.encode(page.next()));
            if (bbox != null && !bbox.isBlank()) {
                next.queryParam("bbox", bbox);
            }
            if (datetime != null && !datetime.isBlank()) {
                next.queryParam("datetime", datetime);
            }
            links.add(new Link(next.build().toString(), "next", GeoJson.MEDIA_TYPE, "Next page"));
        }
        List<GeoJson.Feature<EventFeature>> features = new ArrayList<>();
        page.events().forEach(event -> features.add(EventFeature.of(event, null)));
        var collection = GeoJson.FeatureCollection.of(features, matched,
                OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(), links);
        return Response.ok(collection, GeoJson.MEDIA_TYPE).build();
    }

    @GET
    @Path("collections/{collection}/items/{featureId}")
    @Produces({GeoJson.MEDIA_TYPE, JSON})
    public Response item(@PathParam("collection") String id, @PathParam("featureId") String featureId,
                         @QueryParam("f") String f, UriInfo uri) {
        requireCollection(id);
        checkFormat(uri, FORMAT_ONLY, f);
        EventView event = events.view(featureId)
                .orElseThrow(() -> new NotFoundException("No event with id '" + featureId + "'."));
        String base = base(uri);
        var feature = EventFeature.of(event, List.of(
                new Link(base + "/collections/" + COLLECTION + "/items/" + featureId, "self", GeoJson.MEDIA_TYPE, null),
                new Link(base + "/collections/" + COLLECTION, "collection", JSON, null)));
        return Response.ok(feature, GeoJson.MEDIA_TYPE).build();
    }

    private static Collection collection(String base) {
        String self = base + "/collections/" + COLLECTION;
        return new Collection(COLLECTION, "Events", "Dated happenings reported by news articles; the geometry is "
                + "where each happened.", "feature", List.of(CRS84),
                new Extent(Map.of("bbox", List.of(List.of(-180, -90, 180, 90)), "crs", CRS84),
                        Map.of("interval", List.of(java.util.Arrays.asList(null, null)),
                                "trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian")),
                List.of(new Link(self, "self", JSON, "This collection"),
                        new Link(self + "/items", "items", GeoJson.MEDIA_TYPE, "The events")));
    }

    private static void requireCollection(String id) {
        if (!COLLECTION.equals(id)) {
            throw new NotFoundException("No collection '" + id + "'; this service has '" + COLLECTION + "'.");
        }
    }

    /** Only JSON is served; {@code f=json} (or geojson) is accepted for clients that send it. */
    private static void checkFormat(UriInfo uri, Set<String> allowed, String f) {
        QueryParameters.requireKnown(uri, allowed);
        if (f != null && !f.equals("json") && !f.equals("geojson")) {
            throw new BadRequestException("'f' must be 'json'; this service has no other encodings.");
        }
    }

    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
