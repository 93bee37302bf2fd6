package org.chronomap.geo.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bodies over {@code quarkus.http.limits.max-body-size} are refused before any JAX-RS code runs;
 * this gives that 413 the same problem+json shape as every other error: a first route refuses a
 * declared Content-Length over the limit, and the router's 413 error handler covers the rest
 * (chunked bodies).
 */
@ApplicationScoped
public class BodyLimitHandler {

    private final ObjectMapper json;
    private final long maxBodyBytes;

    public BodyLimitHandler(ObjectMapper json,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max) {
        this.json = json;
        this.maxBodyBytes = max.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                respond(ctx);
            } else {
                ctx.next();
            }
        });
        router.errorHandler(413, this::respond);
    }

    private boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void respond(RoutingContext ctx) {
        Problem p = Problem.of(413, "Content Too Large",
                "The request body exceeds the service's limit of " + maxBodyBytes / (1024 * 1024)
                        + " MB; geoparse accepts texts up to 1 MB.",
                ctx.request().path());
        String body;
        try {
            body = json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413}";
        }
        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
