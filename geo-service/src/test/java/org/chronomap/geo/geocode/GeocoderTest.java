package org.chronomap.geo.geocode;

import org.chronomap.geo.FixtureGazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeocoderTest {

    private final Geocoder geocoder = new Geocoder(FixtureGazetteer.index());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # query         | expected top id | motivating text
            Kiev            | 703448          | "No talks with Kiev" (RT spelling)
            kyiv            | 703448          | "kyiv said on Sunday" (lower case in L'Express)
            Artemovo        | 713176          | "Russia captured Artemovo" is Zalizne (former name)
            Artiomovo       | 713176          | "the village of Artiomovo" (AFP via French)
            Krasnoarmiisk   | 704422          | Pokrovsk's Soviet name
            Georgia         | 614540          | without context a country name means the country, not the US state
            Zaporozhye      | 687699          | Russian spelling; the region ranks above its same-named capital
            """)
    void findsPlacesThroughVariantAndFormerNames(String q, long expected, String why) {
        List<Candidate> result = geocoder.geocode(new GeocodeQuery(q, null, null, null, 5));
        assertFalse(result.isEmpty(), why);
        assertEquals(expected, result.get(0).place().id(), why);
    }

    @Test
    void seimFindsTheRiverWithItsCourse() {
        List<Candidate> result = geocoder.geocode(new GeocodeQuery("Seim", null, null, null, 5));
        assertEquals("Seym", result.get(0).place().name());
        assertEquals("STM", result.get(0).place().featureCode());
    }

    @Test
    void countryFilterAndFocusPointPickTheLocalHomonym() {
        // "Pokrovsk" alone is ambiguous between Donetsk Oblast (UA) and Sakha (RU).
        assertEquals("RU", geocoder.geocode(new GeocodeQuery("Pokrovsk", "RU", null, null, 5)).get(0).place().countryCode());
        assertEquals("UA", geocoder.geocode(new GeocodeQuery("Pokrovsk", null, 48.3, 37.2, 5)).get(0).place().countryCode());
        assertEquals("RU", geocoder.geocode(new GeocodeQuery("Pokrovsk", null, 61.5, 129.1, 5)).get(0).place().countryCode());
    }

    @Test
    void scoresAreBetweenZeroAndOneAndSortedBestFirst() {
        List<Candidate> result = geocoder.geocode(new GeocodeQuery("Zarichne", null, null, null, 10));
        assertTrue(result.size() >= 3);
        for (int i = 0; i < result.size(); i++) {
            assertTrue(result.get(i).score() >= 0 && result.get(i).score() <= 1);
            if (i > 0) {
                assertTrue(result.get(i - 1).score() >= result.get(i).score());
            }
        }
    }

    @Test
    void fuzzyMatchingOnlyForLongNames() {
        // One edit away: "Glushkova" for Glushkovo is accepted (9 letters), "Kursc" for Kursk is not (5).
        assertFalse(geocoder.geocode(new GeocodeQuery("Glushkova", null, null, null, 5)).isEmpty());
        assertTrue(geocoder.geocode(new GeocodeQuery("Kursc", null, null, null, 5)).isEmpty());
    }
}
