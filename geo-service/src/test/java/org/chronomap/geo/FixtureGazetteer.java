package org.chronomap.geo;

import org.chronomap.geo.index.GazetteerIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The test gazetteer (src/test/resources/gazetteer-fixture, a small cut of the bundled data),
 * indexed once per JVM under target/, for plain JUnit tests that need no Quarkus.
 */
public final class FixtureGazetteer {

    private static GazetteerIndex index;

    private FixtureGazetteer() {
    }

    public static synchronized GazetteerIndex index() {
        if (index == null) {
            try {
                index = GazetteerIndex.openOrBuild(Path.of("target", "fixture-index"), "gazetteer-fixture");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }
}
