package org.chronomap.frontend.rest;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.chronomap.frontend.config.ChronomapConfig;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;

/**
 * Sends a Content-Security-Policy with every HTML page. Event titles and sentences come from articles
 * anyone can post; even if one slipped past escaping, the policy allows no inline script, no inline
 * style attribute and no foreign origin. Swagger UI (under {@code /q/}) is not a JAX-RS resource and
 * keeps its own inline scripts.
 */
@Singleton
public class SecurityHeaders {

    private final Provider<ChronomapConfig> config;
    private volatile String policy;

    /** Filters are built during static init, before runtime configuration exists: read it on first use. */
    SecurityHeaders(Provider<ChronomapConfig> config) {
        this.config = config;
    }

    private String policy() {
        String cached = policy;
        if (cached == null) {
            cached = build(config.get());
            policy = cached;
        }
        return cached;
    }

    private static String build(ChronomapConfig config) {
        String tiles = config.tileUrl().map(SecurityHeaders::origin).map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    @ServerResponseFilter
    public void addPolicy(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Security-Policy", policy());
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        }
    }

    /** Only the origin of a tile template may be allowed, never a path with placeholders. */
    static String origin(String template) {
        URI uri = URI.create(template.replaceAll("\\{[a-z]}", "0"));
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
