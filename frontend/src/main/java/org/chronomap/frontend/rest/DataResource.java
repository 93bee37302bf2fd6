package org.chronomap.frontend.rest;

import org.chronomap.common.rest.QueryParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.chronomap.frontend.timeline.EventsData;
import org.chronomap.frontend.timeline.TimelineService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Set;

/**
 * Same-origin JSON for the page's scripts. The browser never sees the services' URLs: it asks the
 * frontend, which reads the events-service on the server side (so no CORS and no service ports open to
 * readers). Filtering happens in the browser, which holds every event to draw the timeline anyway.
 */
@Path("/data")
@Produces(MediaType.APPLICATION_JSON)
public class DataResource {

    private final TimelineService timelines;

    DataResource(TimelineService timelines) {
        this.timelines = timelines;
    }

    @GET
    @Path("/events")
    @Operation(summary = "Every event, oldest first, and the articles their sources cite")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventsData.class)))
    public Response events(UriInfo uri) {
        // It returns every event and the page filters them: nothing to ask for.
        QueryParameters.requireKnown(uri, Set.of());
        TimelineService.Snapshot snapshot = timelines.snapshot().join();
        if (!snapshot.timeline().available()) {
            throw new ServiceUnavailableException(snapshot.timeline().notice());
        }
        return Response.ok(snapshot.json(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
