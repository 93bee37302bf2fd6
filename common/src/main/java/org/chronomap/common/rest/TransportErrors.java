package org.chronomap.common.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Errors that Vert.x answers before any resource (and so {@link ProblemMapper}) runs, given the same
 * problem shape: a body over {@code quarkus.http.limits.max-body-size} (refused from its
 * Content-Length before it is read; the 413 error handler covers chunked bodies) and a path that no
 * resource and no static file serves.
 */
@ApplicationScoped
public class TransportErrors {

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        long limit = maxBodySize.asLongValue();
        String tooLarge = "The request body is larger than this service accepts (" + readable(limit) + ").";
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (declaredLength(ctx) > limit) {
                // Closing: the client may still be sending a body nobody will read.
                ctx.response().putHeader("Connection", "close");
                answer(ctx, 413, tooLarge);
            } else {
                ctx.next();
            }
        });
        router.errorHandler(413, ctx -> answer(ctx, 413, tooLarge));
        router.errorHandler(404, ctx -> answer(ctx, 404, "No resource at " + ctx.normalizedPath() + "."));
    }

    /** The Content-Length header as a number, or -1 when absent or not a plain decimal. */
    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length == null || length.isEmpty() || length.length() > 18
                || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Long.parseLong(length);
    }

    static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static void answer(RoutingContext ctx, int status, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(Problem.of(status, detail, ctx.normalizedPath())));
    }
}
