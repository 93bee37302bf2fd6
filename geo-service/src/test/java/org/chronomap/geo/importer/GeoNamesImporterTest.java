package org.chronomap.geo.importer;

import org.chronomap.geo.gazetteer.Place;
import org.chronomap.geo.index.GazetteerIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GeoNamesImporterTest {

    private static final String KYIV = "703448\tKyiv\tKyiv\tKiev,Kyjiv,Київ\t50.45466\t30.5238\tP\tPPLC\tUA\t\t12\t\t\t\t2797553\t\t187\tEurope/Kyiv\t2024-01-01";
    private static final String ZALIZNE = "713176\tZalizne\tZalizne\tArtemovo,Artyomovo\t48.37083\t37.8855\tP\tPPL\tUA\t\t05\t\t\t\t5020\t\t200\tEurope/Kyiv\t2024-01-01";

    @Test
    void parsesAGeoNamesRowAndRejectsMalformedOnes() {
        Place p = GeoNamesImporter.parse(KYIV);
        assertEquals(703448L, p.id());
        assertEquals("PPLC", p.featureCode());
        assertEquals(2797553L, p.population());
        assertEquals(3, p.names().size());
        assertNull(GeoNamesImporter.parse("not\ta\trow"));
        assertNull(GeoNamesImporter.parse("x" + KYIV));
    }

    @Test
    void importIsIdempotentAndFindsNamesFromTheDump(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("allCountries.txt");
        Files.writeString(dump, KYIV + "\n" + ZALIZNE + "\nbroken line\n");
        Path data = dir.resolve("data");
        for (int run = 0; run < 2; run++) {
            GeoNamesImporter.main(new String[] {"--data-dir", data.toString(), dump.toString()});
            try (GazetteerIndex index = GazetteerIndex.openOrBuild(data, "unused")) {
                assertEquals(2, index.size());
                assertEquals(713176L, index.lookup("Artemovo", false, 10).get(0).place().id());
            }
        }
    }
}
