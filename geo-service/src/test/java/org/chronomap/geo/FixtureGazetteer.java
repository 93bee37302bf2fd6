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
                index = GazetteerIndex.openOrBuild(Path.of("target", "fixture-index-" + fixtureChecksum()), "gazetteer-fixture");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    /** Checksum of the fixture files: an index built from an older fixture is not reused. */
    private static String fixtureChecksum() throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String file : new String[] {"admin1.ndjson.gz", "admin2.tsv.gz", "cities500.tsv.gz", "countries.ndjson.gz",
                "supplement.tsv"}) {
            try (java.io.InputStream in = FixtureGazetteer.class.getClassLoader().getResourceAsStream("gazetteer-fixture/" + file)) {
                if (in != null) {
                    crc.update(in.readAllBytes());
                }
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
