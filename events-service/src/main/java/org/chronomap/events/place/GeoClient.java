package org.chronomap.events.place;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The one way to the geo-service. Owns timeouts, retries with exponential backoff and a circuit
 * breaker (so a dead geo-service costs one fast failure per ingest, not a retry storm), and the
 * meaning of its answers: 404 on a place is "no shape", any other failure is {@link GeoUnavailable}.
 */
@ApplicationScoped
public class GeoClient {

    /** The geo-service could not answer; the caller keeps its places pending. */
    public static class GeoUnavailable extends RuntimeException {
        public GeoUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    @RestClient
    GeoRestClient rest;

    /** Every place-name mention of the text, resolved with the whole text as context. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = GeoUnavailable.class)
    @ExponentialBackoff(factor = 3, maxDelay = 2000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 15, delayUnit = ChronoUnit.SECONDS)
    public List<Toponym> geoparse(String text, LocalDate publishedAt) {
        GeoRestClient.GeoparseResponse response = rest.geoparse(
                new GeoRestClient.GeoparseRequest(text, publishedAt == null ? null : publishedAt.toString()));
        return response == null || response.toponyms() == null ? List.of() : response.toponyms();
    }

    /** The GeoJSON geometry of a place (a point, or a region's or river's shape), empty when unknown. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 15, delayUnit = ChronoUnit.SECONDS)
    public Optional<JsonNode> geometry(long geonameId) {
        try {
            JsonNode feature = rest.place(geonameId);
            JsonNode geometry = feature == null ? null : feature.get("geometry");
            return geometry == null || geometry.isNull() ? Optional.empty() : Optional.of(geometry);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
