package org.chronomap.frontend.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Errors that Vert.x answers before any resource (and so {@link ProblemMapper}) runs, given the same
 * problem shape: a path that matches neither a resource nor a static file, and a body over the limit
 * (refused from its Content-Length before it is read; the frontend accepts no bodies at all).
 */
@ApplicationScoped
public class TransportErrors {

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && !length.isEmpty() && length.length() < 19
                    && length.chars().allMatch(Character::isDigit) && Long.parseLong(length) > limit) {
                answer(ctx, 413, "The request body is larger than this service accepts.");
            } else {
                ctx.next();
            }
        });
        router.errorHandler(413, ctx -> answer(ctx, 413, "The request body is larger than this service accepts."));
        router.errorHandler(404, ctx -> answer(ctx, 404, "No resource at " + ctx.normalizedPath() + "."));
    }

    private static void answer(RoutingContext ctx, int status, String detail) {
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(Problem.of(status, detail, ctx.normalizedPath())));
    }
}
