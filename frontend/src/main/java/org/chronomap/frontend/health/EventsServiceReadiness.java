package org.chronomap.frontend.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.chronomap.frontend.client.EventsClient;
import org.chronomap.frontend.config.ChronomapConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the events-service answers: without it the page can show nothing but a notice, so
 * a load balancer should prefer an instance that can reach it.
 */
@Readiness
@ApplicationScoped
public class EventsServiceReadiness implements HealthCheck {

    private final EventsClient client;
    private final ChronomapConfig config;

    EventsServiceReadiness(EventsClient client, ChronomapConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("events-service").withData("url", config.eventsUrl());
        try {
            client.ping();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
