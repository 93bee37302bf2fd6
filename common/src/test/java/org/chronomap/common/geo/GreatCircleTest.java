package org.chronomap.common.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GreatCircleTest {

    /** Reference distances from the spherical formula with R = 6371.0088 km, as score_geo.py computes them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            same point                 | 50.45 | 30.52  | 50.45 | 30.52  | 0
            Kyiv to Moscow             | 50.45 | 30.52  | 55.75 | 37.62  | 756
            one degree along equator   | 0     | 0      | 0     | 1      | 111.2
            across the antimeridian    | 0     | 179.5  | 0     | -179.5 | 111.2
            pole to pole               | 90    | 0      | -90   | 0      | 20015.1
            """)
    void measuresOnTheMeanEarthSphere(String what, double lat1, double lon1, double lat2, double lon2, double km) {
        assertEquals(km, GreatCircle.km(lat1, lon1, lat2, lon2), 1.0, what);
        assertEquals(GreatCircle.km(lat1, lon1, lat2, lon2), GreatCircle.km(lat2, lon2, lat1, lon1), 1e-9, "symmetric");
    }
}
