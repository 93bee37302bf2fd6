package org.chronomap.frontend.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The HTTP shape of the events-service. Only {@link EventsClient} talks to it. */
@RegisterRestClient(configKey = "events")
@Produces(MediaType.APPLICATION_JSON)
interface EventsRestClient {

    /** {@code order} is {@code asc} (oldest first, the events-service's extension) or null (newest first). */
    @GET
    @Path("/api/events")
    EventPage events(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor,
                     @QueryParam("order") String order);

    /** The metadata of up to {@link EventsClient#SUMMARY_BATCH} articles, without texts (the events-service's extension). */
    @GET
    @Path("/api/articles")
    ArticleSummaries summaries(@QueryParam("ids") String commaSeparatedIds);

    /** The answer of {@code GET /api/articles?ids=…}. */
    record ArticleSummaries(List<ArticleSummary> articles) {
    }

    /** The OGC API items of the events collection, read only for {@code numberMatched}. */
    @GET
    @Path("/collections/events/items")
    MatchedCount matched(@QueryParam("limit") int limit);

    /** The part of an OGC API items page the frontend reads; null when the service does not say. */
    record MatchedCount(Long numberMatched) {
    }
}
