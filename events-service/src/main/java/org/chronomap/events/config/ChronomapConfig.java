package org.chronomap.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/** Settings of the events-service; each maps to a {@code CHRONOMAP_*} environment variable. */
@ConfigMapping(prefix = "chronomap")
public interface ChronomapConfig {

    /** Directory holding all state (the H2 database among it). {@code CHRONOMAP_DATA_DIR}. */
    @WithDefault("./data")
    Path dataDir();

    /** Ingest the bundled seed articles on start-up. {@code CHRONOMAP_INGEST_SEEDS}. */
    @WithDefault("true")
    boolean ingestSeeds();

    /**
     * A directory of seed articles (a {@code seeds.json} plus the text files it names) to use instead
     * of the copy bundled in the jar. {@code CHRONOMAP_SEEDS_DIR}.
     */
    Optional<Path> seedsDir();

    /** Base URL of the geo-service. {@code CHRONOMAP_GEO_URL}. */
    @WithDefault("http://localhost:8082")
    String geoUrl();

    /**
     * Period of the retry that geoparses articles stored while the geo-service was down (a Quarkus
     * duration such as {@code 60s}; {@code off} disables it). {@code CHRONOMAP_GEO_RETRY_EVERY}.
     */
    @WithDefault("60s")
    String geoRetryEvery();
}
