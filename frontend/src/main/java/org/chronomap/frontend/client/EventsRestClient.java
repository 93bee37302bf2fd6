package org.chronomap.frontend.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The HTTP shape of the events-service. Only {@link EventsClient} talks to it. */
@RegisterRestClient(configKey = "events")
@Produces(MediaType.APPLICATION_JSON)
interface EventsRestClient {

    @GET
    @Path("/api/events")
    EventPage events(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/api/articles/{id}")
    ArticleSummary article(@PathParam("id") String id);
}
