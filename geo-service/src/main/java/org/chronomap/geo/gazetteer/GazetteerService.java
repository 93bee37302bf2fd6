package org.chronomap.geo.gazetteer;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ServiceUnavailableException;
import org.chronomap.geo.config.GeoConfig;
import org.chronomap.geo.geocode.Geocoder;
import org.chronomap.geo.geoparse.GeoParser;
import org.chronomap.geo.index.GazetteerIndex;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Owns the gazetteer index for the running service. The index is opened (or first built from
 * the bundled data) on a background thread, so the HTTP port opens at once and readiness stays
 * DOWN until the index is usable.
 */
@ApplicationScoped
public class GazetteerService {

    private static final Logger LOG = Logger.getLogger(GazetteerService.class);

    private final GeoConfig config;
    private volatile GazetteerIndex index;
    private volatile Geocoder geocoder;
    private volatile GeoParser geoParser;
    private volatile String failure;

    public GazetteerService(GeoConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.gazetteer().buildOnStart()) {
            return;
        }
        Thread loader = new Thread(this::load, "gazetteer-loader");
        loader.setDaemon(true);
        loader.start();
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (index != null) {
            index.close();
        }
    }

    /** Opens or builds the index; callable directly (tests, benchmarks) and idempotent. */
    public synchronized void load() {
        if (index != null) {
            return;
        }
        Path dataDir = Path.of(config.dataDir());
        long start = System.nanoTime();
        try {
            boolean cached = GazetteerIndex.isBuilt(dataDir);
            if (!cached) {
                LOG.infof("Building the gazetteer index under %s from classpath:%s (first start only)",
                        GazetteerIndex.indexDir(dataDir), config.gazetteer().resourceDir());
            }
            GazetteerIndex opened = GazetteerIndex.openOrBuild(dataDir, config.gazetteer().resourceDir());
            this.geocoder = new Geocoder(opened);
            this.index = opened;
            LOG.infof("Gazetteer ready: %d places, %s in %d ms", opened.size(), cached ? "cached index" : "index built",
                    (System.nanoTime() - start) / 1_000_000);
            // The OpenNLP models load after readiness: geocoding need not wait for them.
            geoParser();
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage();
            LOG.error("Gazetteer index could not be loaded", e);
        }
    }

    public boolean isReady() {
        return index != null;
    }

    /** Why loading failed, or null. */
    public String failure() {
        return failure;
    }

    public GazetteerIndex index() {
        GazetteerIndex i = index;
        if (i == null) {
            throw notReady();
        }
        return i;
    }

    public Geocoder geocoder() {
        index();
        return geocoder;
    }

    /** The geoparser, created on first use (its language models take a second or two to load). */
    public GeoParser geoParser() {
        GazetteerIndex i = index();
        GeoParser p = geoParser;
        if (p == null) {
            synchronized (this) {
                if (geoParser == null) {
                    geoParser = GeoParser.create(i);
                }
                p = geoParser;
            }
        }
        return p;
    }

    private static ServiceUnavailableException notReady() {
        return new ServiceUnavailableException("The gazetteer index is still loading; retry in a few seconds.");
    }
}
