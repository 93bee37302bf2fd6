package org.chronomap.events.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Over-limit bodies are refused by Vert.x before any resource (and so {@link ProblemMapper}) runs.
 * This first route refuses them from their Content-Length in the problem shape; the 413 error
 * handler covers bodies that announce no length (chunked).
 */
@ApplicationScoped
public class BodyLimit {

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && !length.isEmpty() && length.length() < 19
                    && length.chars().allMatch(Character::isDigit) && Long.parseLong(length) > limit) {
                refuse(ctx);
            } else {
                ctx.next();
            }
        });
        router.errorHandler(413, BodyLimit::refuse);
    }

    private static void refuse(RoutingContext ctx) {
        ctx.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(Problem.of(413, "The request body is larger than this service accepts.",
                        ctx.normalizedPath())));
    }
}
