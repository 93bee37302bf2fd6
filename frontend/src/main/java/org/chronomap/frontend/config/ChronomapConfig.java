package org.chronomap.frontend.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Settings of the frontend; each maps to a {@code CHRONOMAP_*} environment variable. */
@ConfigMapping(prefix = "chronomap")
public interface ChronomapConfig {

    /** Base URL of the events-service, read on the server side only. {@code CHRONOMAP_EVENTS_URL}. */
    @WithDefault("http://localhost:8081")
    String eventsUrl();

    /** Base URL of the geo-service. {@code CHRONOMAP_GEO_URL}. */
    @WithDefault("http://localhost:8082")
    String geoUrl();

    /**
     * An XYZ tile URL template ({@code https://tiles.example/{z}/{x}/{y}.png}) drawn under the bundled
     * outlines. Absent by default: the page must work offline. {@code CHRONOMAP_TILE_URL}.
     */
    Optional<String> tileUrl();

    /** Attribution shown for the configured tiles. {@code CHRONOMAP_TILE_ATTRIBUTION}. */
    Optional<String> tileAttribution();

    /**
     * How many article summaries (title, outlet, date) the page keeps between reads, the least recently used
     * going first. {@code CHRONOMAP_ARTICLE_CACHE_SIZE}.
     */
    @WithDefault("20000")
    int articleCacheSize();
}
