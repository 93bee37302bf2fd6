package org.chronomap.events.place;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The geo-service's HTTP API (shared/API.md); used only through {@link GeoClient}. */
@RegisterRestClient(configKey = "geo")
@Path("/")
interface GeoRestClient {

    record GeoparseRequest(String text, String publishedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GeoparseResponse(List<Toponym> toponyms) {
    }

    @POST
    @Path("api/geoparse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    GeoparseResponse geoparse(GeoparseRequest request);

    /** One GeoJSON Feature; 404 when the id is unknown. */
    @GET
    @Path("api/places/{geonameId}")
    @Produces({"application/geo+json", MediaType.APPLICATION_JSON})
    JsonNode place(@PathParam("geonameId") long geonameId);

    /** The geo-service's own readiness (200 when it can geoparse; 503 while its index is not open). */
    @GET
    @Path("q/health/ready")
    Response ready();
}
