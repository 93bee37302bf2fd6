package org.chronomap.geo.rest;

import org.chronomap.common.rest.QueryParameters;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.geocode.Candidate;
import org.chronomap.geo.geocode.GeocodeQuery;
import org.chronomap.geo.geojson.Feature;
import org.chronomap.geo.geojson.FeatureCollection;
import org.chronomap.geo.geojson.GeoJson;
import org.chronomap.geo.geojson.PlaceFeatures;
import org.chronomap.geo.index.GazetteerIndex;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Geocoding (name → ranked places) and place look-up by id. */
@Path("/api")
@Produces({GeoJson.MEDIA_TYPE, "application/json"})
public class GeocodeResource {

    private static final Set<String> GEOCODE_PARAMETERS = Set.of("q", "country", "lat", "lon", "limit");

    private final GazetteerService gazetteer;

    public GeocodeResource(GazetteerService gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GET
    @Path("/geocode")
    @Operation(summary = "Ranked candidate places for a name, best first (GeoJSON FeatureCollection)")
    public FeatureCollection geocode(@Context UriInfo uri,
                                     @QueryParam("q") @NotBlank @Size(max = 200) String q,
                                     @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as UA") String country,
                                     @QueryParam("lat") @DecimalMin("-90") @DecimalMax("90") Double lat,
                                     @QueryParam("lon") @DecimalMin("-180") @DecimalMax("180") Double lon,
                                     @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        QueryParameters.requireKnown(uri, GEOCODE_PARAMETERS);
        if ((lat == null) != (lon == null)) {
            throw new BadRequestException("Give both 'lat' and 'lon' for a focus point, or neither.");
        }
        GazetteerIndex index = gazetteer.index();
        List<Candidate> candidates = gazetteer.geocoder().geocode(new GeocodeQuery(q.strip(),
                country == null ? null : country.toUpperCase(Locale.ROOT), lat, lon, limit));
        List<Feature> features = candidates.stream()
                .map(c -> PlaceFeatures.of(index, c.place(), c.score(), c.matchedName()))
                .toList();
        return FeatureCollection.of(features);
    }

    @GET
    @Path("/places/{geonameId}")
    @Operation(summary = "One place as a GeoJSON Feature; curated places without a GeoNames id have negative ids")
    public Feature place(@PathParam("geonameId") long geonameId) {
        GazetteerIndex index = gazetteer.index();
        Place place = index.place(geonameId);
        if (place == null) {
            throw new NotFoundException("No place with id " + geonameId + " in the gazetteer.");
        }
        return PlaceFeatures.of(index, place, null, null);
    }
}
