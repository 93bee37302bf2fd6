package org.chronomap.geo.ogc;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.geocode.Candidate;
import org.chronomap.geo.geocode.GeocodeQuery;
import org.chronomap.geo.geojson.Feature;
import org.chronomap.geo.geojson.FeatureCollection;
import org.chronomap.geo.geojson.GeoJson;
import org.chronomap.geo.geojson.Link;
import org.chronomap.geo.geojson.PlaceFeatures;
import org.chronomap.geo.index.GazetteerIndex;
import org.chronomap.common.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** OGC API - Features Part 1 (Core) over the gazetteer, collection {@code places}. */
@Path("/")
public class OgcResource {

    static final String COLLECTION = "places";
    /** Largest page a client may ask for: keeps one response to a few MB. */
    static final int MAX_LIMIT = 1000;
    /** Most results a name query is ranked over before paging. */
    private static final int MAX_QUERY_RESULTS = 1000;
    private static final Set<String> ITEMS_PARAMETERS = Set.of("bbox", "limit", "offset", "q", "f");
    private static final Set<String> PLAIN_PARAMETERS = Set.of("f");

    private final GazetteerService gazetteer;

    public OgcResource(GazetteerService gazetteer) {
        this.gazetteer = gazetteer;
    }

    public record LandingPage(String title, String description, List<Link> links) {
    }

    public record Conformance(List<String> conformsTo) {
    }

    public record Extent(Spatial spatial) {
    }

    public record Spatial(List<double[]> bbox, String crs) {
    }

    public record Collection(String id, String title, String description, Extent extent, String itemType,
                             List<String> crs, List<Link> links) {
    }

    public record Collections(List<Collection> collections, List<Link> links) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OGC API landing page")
    public LandingPage landing(@Context UriInfo uri) {
        QueryParameters.requireKnown(uri, PLAIN_PARAMETERS);
        String base = base(uri);
        return new LandingPage("Chronomap geo-service",
                "Gazetteer of places (GeoNames cities500, admin regions, countries, curated seas, rivers and facilities)",
                List.of(new Link(base + "/", "self", MediaType.APPLICATION_JSON, "This document"),
                        new Link(base + "/q/openapi", "service-desc", "application/vnd.oai.openapi;version=3.0", "API definition"),
                        new Link(base + "/q/swagger-ui", "service-doc", MediaType.TEXT_HTML, "API documentation"),
                        new Link(base + "/conformance", "conformance", MediaType.APPLICATION_JSON, "Conformance classes"),
                        new Link(base + "/collections", "data", MediaType.APPLICATION_JSON, "Collections")));
    }

    @GET
    @Path("conformance")
    @Produces(MediaType.APPLICATION_JSON)
    public Conformance conformance(@Context UriInfo uri) {
        QueryParameters.requireKnown(uri, PLAIN_PARAMETERS);
        return new Conformance(List.of(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30"));
    }

    @GET
    @Path("collections")
    @Produces(MediaType.APPLICATION_JSON)
    public Collections collections(@Context UriInfo uri) {
        QueryParameters.requireKnown(uri, PLAIN_PARAMETERS);
        String base = base(uri);
        return new Collections(List.of(collection(base)),
                List.of(new Link(base + "/collections", "self", MediaType.APPLICATION_JSON, "Collections")));
    }

    @GET
    @Path("collections/{collectionId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Collection collection(@Context UriInfo uri, @PathParam("collectionId") String collectionId) {
        QueryParameters.requireKnown(uri, PLAIN_PARAMETERS);
        requireCollection(collectionId);
        return collection(base(uri));
    }

    @GET
    @Path("collections/{collectionId}/items")
    @Produces({GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Places, most populous first, or ranked by name with q; paged with rel=next links")
    public FeatureCollection items(@Context UriInfo uri, @PathParam("collectionId") String collectionId,
                                   @QueryParam("bbox") String bbox,
                                   @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(MAX_LIMIT) int limit,
                                   @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                   @QueryParam("q") String q) {
        QueryParameters.requireKnown(uri, ITEMS_PARAMETERS);
        requireCollection(collectionId);
        GazetteerIndex index = gazetteer.index();
        double[] box = bbox == null || bbox.isBlank() ? null : parseBbox(bbox);
        List<Place> page;
        int matched;
        if (q != null && !q.isBlank()) {
            List<Place> all = new ArrayList<>();
            for (Candidate c : gazetteer.geocoder().geocode(new GeocodeQuery(q.strip(), null, null, null, MAX_QUERY_RESULTS))) {
                if (box == null || inBox(c.place(), box)) {
                    all.add(c.place());
                }
            }
            matched = all.size();
            page = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
        } else {
            GazetteerIndex.Page p = box == null ? index.all(offset, limit) : index.withinBox(box[0], box[1], box[2], box[3], offset, limit);
            matched = p.numberMatched();
            page = p.places();
        }
        String itemsUrl = base(uri) + "/collections/" + COLLECTION + "/items";
        List<Feature> features = page.stream().map(p -> PlaceFeatures.of(index, p, null, null)).toList();
        List<Link> links = new ArrayList<>();
        links.add(new Link(withOffset(uri, offset), "self", GeoJson.MEDIA_TYPE, "This page"));
        if (offset + features.size() < matched) {
            links.add(new Link(withOffset(uri, offset + limit), "next", GeoJson.MEDIA_TYPE, "Next page"));
        }
        links.add(new Link(base(uri) + "/collections/" + COLLECTION, "collection", MediaType.APPLICATION_JSON, "The collection"));
        return new FeatureCollection("FeatureCollection", features, matched, features.size(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), links);
    }

    @GET
    @Path("collections/{collectionId}/items/{featureId}")
    @Produces({GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Feature item(@Context UriInfo uri, @PathParam("collectionId") String collectionId,
                        @PathParam("featureId") String featureId) {
        QueryParameters.requireKnown(uri, PLAIN_PARAMETERS);
        requireCollection(collectionId);
        GazetteerIndex index = gazetteer.index();
        Place place;
        try {
            place = index.place(Long.parseLong(featureId));
        } catch (NumberFormatException e) {
            place = null;
        }
        if (place == null) {
            throw new NotFoundException("No feature '" + featureId + "' in collection " + COLLECTION + ".");
        }
        String base = base(uri);
        String self = base + "/collections/" + COLLECTION + "/items/" + featureId;
        return PlaceFeatures.of(index, place, null, null).withLinks(List.of(
                new Link(self, "self", GeoJson.MEDIA_TYPE, "This feature"),
                new Link(base + "/collections/" + COLLECTION, "collection", MediaType.APPLICATION_JSON, "The collection")));
    }

    private static Collection collection(String base) {
        String self = base + "/collections/" + COLLECTION;
        return new Collection(COLLECTION, "Places", "Populated places, regions, countries, water bodies and facilities",
                new Extent(new Spatial(List.<double[]>of(new double[] {-180, -90, 180, 90}),
                        "http://www.opengis.net/def/crs/OGC/1.3/CRS84")),
                "feature", List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
                List.of(new Link(self, "self", MediaType.APPLICATION_JSON, "This collection"),
                        new Link(self + "/items", "items", GeoJson.MEDIA_TYPE, "Places as GeoJSON")));
    }

    private static void requireCollection(String id) {
        if (!COLLECTION.equals(id)) {
            throw new NotFoundException("No collection '" + id + "'; this service has only '" + COLLECTION + "'.");
        }
    }

    /** bbox = minLon,minLat,maxLon,maxLat in CRS84 degrees (OGC API - Features 1, 7.15.3). */
    static double[] parseBbox(String bbox) {
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw new BadRequestException("bbox must be four numbers 'minLon,minLat,maxLon,maxLat'; got '" + bbox + "'");
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new BadRequestException("bbox must be four numbers 'minLon,minLat,maxLon,maxLat'; got '" + bbox + "'");
        }
        if (v[1] < -90 || v[3] > 90 || v[1] > v[3] || v[0] < -180 || v[2] > 180) {
            throw new BadRequestException("bbox out of range: longitudes in -180..180, latitudes in -90..90, minLat <= maxLat");
        }
        return v;
    }

    private static boolean inBox(Place p, double[] b) {
        boolean lonOk = b[0] <= b[2] ? p.lon() >= b[0] && p.lon() <= b[2] : p.lon() >= b[0] || p.lon() <= b[2];
        return lonOk && p.lat() >= b[1] && p.lat() <= b[3];
    }

    private static String withOffset(UriInfo uri, int offset) {
        UriBuilder b = uri.getRequestUriBuilder().replaceQueryParam("offset", offset);
        return b.build().toString();
    }

    private static String base(UriInfo uri) {
        String s = uri.getBaseUri().toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

}
