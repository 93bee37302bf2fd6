package org.chronomap.events.place;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * The geo-service's answer as the pipeline may use it. A toponym off the text (an answer for another version of
 * it) would fail the whole article, and a place off the globe would be written into GeoJSON as NaN or 900°, which
 * no map client reads; both are bugs of the other side, so they are logged and left out rather than trusted.
 */
public final class ToponymCheck {

    private static final Logger LOG = Logger.getLogger(ToponymCheck.class);

    private ToponymCheck() {
    }

    /**
     * @param textLength the article's length in code points, the unit of toponym offsets
     * @return the toponyms that lie in the text, a place with impossible coordinates made unresolved
     */
    public static List<Toponym> usable(List<Toponym> toponyms, int textLength) {
        List<Toponym> kept = new ArrayList<>(toponyms.size());
        int dropped = 0; // left out or made unresolved
        for (Toponym t : toponyms) {
            if (t == null || t.start() < 0 || t.end() <= t.start() || t.end() > textLength) {
                dropped++;
            } else if (t.place() != null && !onTheGlobe(t.place())) {
                dropped++;
                kept.add(new Toponym(t.start(), t.end(), t.surface(), null, t.score()));
            } else {
                kept.add(t);
            }
        }
        if (dropped > 0) {
            LOG.warnf("Geo-service answer: %d of %d toponyms lay off the text (left out) or off the globe (kept"
                    + " unresolved)", dropped, toponyms.size());
        }
        return kept;
    }

    /** Coordinates absent (a place known by name only) or a real latitude and longitude. */
    private static boolean onTheGlobe(Toponym.Place p) {
        if (p.lat() == null || p.lon() == null) {
            return p.lat() == null && p.lon() == null;
        }
        return Math.abs(p.lat()) <= 90 && Math.abs(p.lon()) <= 180;
    }
}
