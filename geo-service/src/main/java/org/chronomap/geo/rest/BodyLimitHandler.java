package org.chronomap.geo.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Vert.x rejects a body over {@code quarkus.http.limits.max-body-size} before any JAX-RS code
 * runs; this turns that 413 into the same problem+json as every other error.
 */
@ApplicationScoped
public class BodyLimitHandler {

    private final ObjectMapper json;

    public BodyLimitHandler(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.errorHandler(413, ctx -> {
            Problem p = Problem.of(413, "Content Too Large",
                    "The request body exceeds the service's limit; geoparse accepts texts up to 1 MB.",
                    ctx.request().path());
            String body;
            try {
                body = json.writeValueAsString(p);
            } catch (JsonProcessingException e) {
                body = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413}";
            }
            ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
        });
    }
}
