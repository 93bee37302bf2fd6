package org.chronomap.events.place;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
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
 * meaning of its answers: 404 on a place is "no shape", another 4xx is {@link GeoRejected} (this
 * request will never succeed: not retried, not counted against the service), anything else is the
 * service being unavailable.
 */
@ApplicationScoped
public class GeoClient {

    /** Names of the circuit breakers, for {@link io.smallrye.faulttolerance.api.CircuitBreakerMaintenance}. */
    public static final String GEOPARSE_BREAKER = "geo-geoparse";
    public static final String PLACE_BREAKER = "geo-place";

    /** The geo-service could not answer; the caller keeps its places pending. */
    public static class GeoUnavailable extends RuntimeException {
        public GeoUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The geo-service answered that this request is wrong (a 4xx): retrying it cannot help. */
    public static class GeoRejected extends RuntimeException {
        GeoRejected(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    @RestClient
    GeoRestClient rest;

    /** Every place-name mention of the text, resolved with the whole text as context. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {GeoRejected.class, CircuitBreakerOpenException.class})
    @ExponentialBackoff(factor = 3, maxDelay = 2000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 15, delayUnit = ChronoUnit.SECONDS,
            skipOn = GeoRejected.class)
    @CircuitBreakerName(GEOPARSE_BREAKER)
    public List<Toponym> geoparse(String text, LocalDate publishedAt) {
        GeoRestClient.GeoparseResponse response;
        try {
            response = rest.geoparse(
                    new GeoRestClient.GeoparseRequest(text, publishedAt == null ? null : publishedAt.toString()));
        } catch (WebApplicationException e) {
            throw clientError(e) ? new GeoRejected("geoparse answered " + e.getResponse().getStatus(), e) : e;
        }
        return response == null || response.toponyms() == null ? List.of() : response.toponyms();
    }

    /** The GeoJSON geometry of a place (a point, or a region's or river's shape), empty when unknown. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = {GeoRejected.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 15, delayUnit = ChronoUnit.SECONDS,
            skipOn = GeoRejected.class)
    @CircuitBreakerName(PLACE_BREAKER)
    public Optional<JsonNode> geometry(long geonameId) {
        try {
            JsonNode feature = rest.place(geonameId);
            JsonNode geometry = feature == null ? null : feature.get("geometry");
            return geometry == null || geometry.isNull() ? Optional.empty() : Optional.of(geometry);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw clientError(e) ? new GeoRejected("place answered " + e.getResponse().getStatus(), e) : e;
        }
    }

    /**
     * Whether the geo-service is ready now: one short call, no retry and no breaker, so that health
     * reports what is true at this moment.
     */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    public boolean ready() {
        try (Response response = rest.ready()) {
            return response.getStatus() == 200;
        } catch (WebApplicationException e) {
            return false;
        }
    }

    private static boolean clientError(WebApplicationException e) {
        return e.getResponse() != null && e.getResponse().getStatus() >= 400 && e.getResponse().getStatus() < 500;
    }
}
