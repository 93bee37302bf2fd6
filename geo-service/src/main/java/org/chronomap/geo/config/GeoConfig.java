package org.chronomap.geo.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the geo-service; every key has a zero-config default. */
@ConfigMapping(prefix = "chronomap")
public interface GeoConfig {

    /** Root of all state (env {@code CHRONOMAP_DATA_DIR}); the index lives in {@code <data-dir>/geo/}. */
    @WithDefault("./data")
    String dataDir();

    Gazetteer gazetteer();

    interface Gazetteer {
        /**
         * Classpath folder holding the gazetteer files (cities500.tsv.gz, admin1.ndjson.gz,
         * admin2.tsv.gz, countries.ndjson.gz, supplement.tsv). Tests point it at a small fixture.
         */
        @WithDefault("gazetteer")
        String resourceDir();

        /** Build the index in the background at start-up when it is missing or stale. */
        @WithDefault("true")
        boolean buildOnStart();
    }
}
