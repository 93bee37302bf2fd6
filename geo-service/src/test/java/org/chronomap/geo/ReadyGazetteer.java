package org.chronomap.geo;

import org.chronomap.geo.gazetteer.GazetteerService;

/** Blocks until the service's gazetteer is loaded (load() is idempotent and synchronized). */
public final class ReadyGazetteer {

    private ReadyGazetteer() {
    }

    public static void await(GazetteerService service) {
        service.load();
        if (!service.isReady()) {
            throw new IllegalStateException("gazetteer failed to load: " + service.failure());
        }
    }
}
