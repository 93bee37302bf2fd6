package org.chronomap.geo.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.chronomap.geo.gazetteer.GazetteerService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the gazetteer index is open: before that every geo endpoint would answer 503. */
@Readiness
@ApplicationScoped
public class GazetteerReadiness implements HealthCheck {

    private final GazetteerService gazetteer;

    public GazetteerReadiness(GazetteerService gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("gazetteer");
        if (gazetteer.isReady()) {
            return response.up().withData("places", gazetteer.index().size()).build();
        }
        response.down();
        if (gazetteer.failure() != null) {
            response.withData("error", "index could not be loaded; see the service log");
        } else {
            response.withData("status", "loading");
        }
        return response.build();
    }
}
