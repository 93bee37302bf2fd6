package org.chronomap.events.health;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import org.chronomap.events.config.ChronomapConfig;
import org.chronomap.events.place.GeoClient;
import org.chronomap.events.place.PendingPlaceRetry;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The geo-service as the events-service sees it. Always UP: without the geo-service articles are
 * still accepted and stored with their events, only their places wait (pending) for the retry, so
 * a load balancer must keep sending ingests here. The data says how far it is degraded:
 * {@code geoService} UP or DOWN, {@code mode} "normal" or "degraded", and the backlog the retry has
 * yet to resolve.
 */
@Readiness
@ApplicationScoped
public class GeoServiceHealth implements HealthCheck {

    private final GeoClient geo;
    private final PendingPlaceRetry retry;
    private final ChronomapConfig config;
    private final CircuitBreakerMaintenance breakers;

    GeoServiceHealth(GeoClient geo, PendingPlaceRetry retry, ChronomapConfig config,
                     CircuitBreakerMaintenance breakers) {
        this.geo = geo;
        this.retry = retry;
        this.config = config;
        this.breakers = breakers;
    }

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = geo.ready();
        } catch (RuntimeException unreachable) {
            up = false;
        }
        PendingPlaceRetry.Backlog backlog = retry.backlog();
        boolean degraded = !up || backlog.articles() > 0;
        return HealthCheckResponse.named("geo-service").up()
                .withData("url", config.geoUrl())
                .withData("geoService", up ? "UP" : "DOWN")
                .withData("mode", degraded ? "degraded" : "normal")
                .withData("pendingArticles", backlog.articles())
                .withData("pendingPlaces", backlog.places())
                .withData("geoparseBreaker", breakers.currentState(GeoClient.GEOPARSE_BREAKER).name())
                .withData("retryEvery", config.geoRetryEvery())
                .build();
    }
}
