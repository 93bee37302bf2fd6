package org.chronomap.events.merge;

import org.chronomap.common.geo.GreatCircle;
import org.chronomap.events.extract.event.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The merge rule, each row a pair of reports with the case that motivated it. */
class EventMatcherTest {

    private static MergeKey key(String category, String start, String end, String place, String words) {
        String[] p = place.equals("-") ? new String[] {""} : place.split(":");
        Long id = p[0].isEmpty() ? null : Long.parseLong(p[0]);
        Double lat = p.length > 1 ? Double.parseDouble(p[1]) : null;
        Double lon = p.length > 2 ? Double.parseDouble(p[2]) : null;
        String country = p.length > 3 ? p[3] : null;
        String featureCode = p.length > 4 ? p[4] : null;
        Set<String> signature = new TreeSet<>(Set.of(words.split(" ")));
        return new MergeKey(Category.valueOf(category), LocalDate.parse(start), LocalDate.parse(end), id, lat, lon,
                country, featureCode, signature, true, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the same bridge strike told by two articles: same day, same region, same wording
            seym bridge twice          | ATTACK | 2024-08-18 | 2024-08-18 | 538555:51.65:36.2:RU:ADM1 | bridge destroy kyiv second | ATTACK | 2024-08-18 | 2024-08-18 | 538555:51.65:36.2:RU:ADM1 | bridge destroy kyiv border | true
            # a day and the week that contains it, same region: the incursion start reported as "last week"
            incursion day vs week      | BATTLE | 2024-08-06 | 2024-08-06 | 538555:51.65:36.2:RU:ADM1 | offensive begin kursk unprecedented | BATTLE | 2024-08-05 | 2024-08-11 | 538555:51.65:36.2:RU:ADM1 | offensive begin kursk ukraine | true
            # two strikes on the same day 500 km apart are two happenings
            two strikes same day       | ATTACK | 2024-08-18 | 2024-08-18 | 504831:46.7:41.73:RU:PPL | drone attack fuel depot | ATTACK | 2024-08-18 | 2024-08-18 | 538555:51.65:36.2:RU:ADM1 | drone attack bridge | false
            # same place and day but a different category
            strike vs fire             | ATTACK | 2024-08-18 | 2024-08-18 | 504831:46.7:41.73:RU:PPL | drone attack fuel fire | EMERGENCY | 2024-08-18 | 2024-08-18 | 504831:46.7:41.73:RU:PPL | drone attack fuel fire | false
            # dates that do not meet
            july vs august visit       | DIPLOMACY | 2024-07-01 | 2024-07-10 | 524901:55.75:37.62:RU:PPL | modi meet putin visit | DIPLOMACY | 2024-08-23 | 2024-08-23 | 690791:49.0:32.0:UA:PCLI | modi visit ukraine | false
            # statements of one day need shared wording, not just a shared day
            two statements same day    | DIPLOMACY | 2024-08-19 | 2024-08-19 | - | kremlin negotiation offensive | DIPLOMACY | 2024-08-19 | 2024-08-19 | - | zelensky achieve goal | false
            # statements placed at speaker and at topic still merge on their wording
            statement speaker vs topic | DIPLOMACY | 2024-08-23 | 2024-08-23 | 690791:49.0:32.0:UA:PCLI | modi narendra visit ukraine indian | DIPLOMACY | 2024-08-19 | 2024-08-25 | 798544:52.0:20.0:PL:PCLI | modi narendra visit ukraine poland | true
            """)
    void sameHappening(String name, String c1, String s1, String e1, String p1, String w1,
                       String c2, String s2, String e2, String p2, String w2, boolean expected) {
        double score = EventMatcher.similarity(key(c1, s1, e1, p1, w1), key(c2, s2, e2, p2, w2));
        assertEquals(expected, score > 0, () -> name + ": score " + score);
    }

    /**
     * Merging reads a stored event's place details only when the wording allows a merge: so the bound
     * must hold with every bonus given (same place, same day, both dated), and be tight enough to skip.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # one word of five in common: the place and day bonuses carry it over the threshold
            one of five shared | drone attack depot fuel proletarsk | drone bridge seym kursk destroy                    | true
            # one word of ten: even the same place and day leave it below
            one of ten shared  | drone attack depot fuel proletarsk oil tank blaze firefighter injure | drone bridge seym kursk destroy supply line cut river second | false
            # nothing in common
            no word shared     | bridge seym                        | depot fuel                                         | false
            """)
    void wordingBoundsTheScore(String name, String words1, String words2, boolean allowed) {
        String place = "504831:46.7:41.73:RU:PPL";
        MergeKey a = key("ATTACK", "2024-08-18", "2024-08-18", place, words1);
        MergeKey b = key("ATTACK", "2024-08-18", "2024-08-18", place, words2);
        assertEquals(allowed, EventMatcher.wordingAllows(a.signature(), b.signature()), name);
        assertEquals(allowed, EventMatcher.similarity(a, b) > 0, name);
    }

    @ParameterizedTest(name = "{0},{1} → {2},{3}: {4} km")
    @CsvSource({"50.45, 30.52, 55.75, 37.62, 756", "51.65, 36.2, 51.65, 36.2, 0"})
    void greatCircleKilometres(double lat1, double lon1, double lat2, double lon2, double km) {
        assertEquals(km, GreatCircle.km(lat1, lon1, lat2, lon2), 5);
    }
}
